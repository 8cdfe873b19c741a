/** Response shapes of the written-input review API: the one definition in core/api. */
export type { InputRow, InputsResponse, ReviewResponse } from '../../../core/api';
