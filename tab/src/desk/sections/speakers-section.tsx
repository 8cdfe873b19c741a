import type { ApiClient } from '../../api/api-client';
import { SpeakersSection as ProvisionalList } from '../../organizer/speakers/speakers-section';
import { OrganizerQueue } from '../../views/organizer-queue';
import { QueueLoader } from '../../views/queue-loader';

/**
 * The desk's Speakers section: the list of speakers of the event's session, run live, and
 * below it the provisional list built from the registrations (decision 029).
 */
export function SpeakersSection({ api, eventId }: { api: ApiClient; eventId: string }) {
  return (
    <>
      <QueueLoader
        api={api}
        eventId={eventId}
        render={(model, send, sessions) => (
          <OrganizerQueue model={model} send={send} sessions={sessions} />
        )}
      />
      <ProvisionalList api={api} eventId={eventId} />
    </>
  );
}
