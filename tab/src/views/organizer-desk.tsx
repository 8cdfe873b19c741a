import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { OrganizerDelivery } from './organizer-delivery';
import { OrganizerInputs } from './organizer-inputs';
import { OrganizerRegistrations } from './organizer-registrations';
import { OrganizerSummary } from '../organizer/summary/organizer-summary';

/**
 * The organizer page's registrations, the delivery of the messages their decisions send, and
 * the review of written input.
 */
export function OrganizerDesk({ api, eventId }: { api: ApiClient; eventId: string }) {
  const [decisions, setDecisions] = useState(0);
  return (
    <>
      <OrganizerRegistrations
        api={api}
        eventId={eventId}
        onDecided={() => setDecisions((n) => n + 1)}
      />
      <OrganizerDelivery api={api} eventId={eventId} decisions={decisions} />
      <OrganizerInputs api={api} eventId={eventId} />
      <OrganizerSummary api={api} eventId={eventId} />
    </>
  );
}
