import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { OrganizerDelivery } from './organizer-delivery';
import { OrganizerRegistrations } from './organizer-registrations';

/** The organizer page's registrations and the delivery of the messages their decisions send. */
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
    </>
  );
}
