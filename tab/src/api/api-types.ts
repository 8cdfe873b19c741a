/**
 * Response shapes of the tab API, as the tab reads them: the one definition in core/api, which
 * the service types what it sends by. A field renamed on one side only fails to build.
 */
export type {
  DecisionResponse,
  DeliveryResponse,
  EventSummary,
  GuidingQuestion,
  MeResponse as Me,
  QueueResponse,
  QueueUpdate,
  RegistrationDetailResponse,
  RegistrationRow,
  RegistrationsResponse,
  SessionsResponse,
  SpeakersResponse,
  PoolEntry,
  StopSendingResponse,
  CapacityResponse,
  DecisionPreviewResponse,
} from '../../../core/api';
