import type { ApiClient } from '../../api/api-client';
import { OrganizerDelivery } from '../../views/organizer-delivery';

/** The desk's Delivery section: how the messages to registrants are getting on. */
export function DeliverySection({ api, eventId }: { api: ApiClient; eventId: string }) {
  return <OrganizerDelivery api={api} eventId={eventId} decisions={0} />;
}
