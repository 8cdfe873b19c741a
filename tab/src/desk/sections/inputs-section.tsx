import type { ApiClient } from '../../api/api-client';
import { OrganizerInputs } from '../../views/organizer-inputs';

/** The desk's Written input section: the review of the statements sent in. */
export function InputsSection({ api, eventId }: { api: ApiClient; eventId: string }) {
  return <OrganizerInputs api={api} eventId={eventId} />;
}
