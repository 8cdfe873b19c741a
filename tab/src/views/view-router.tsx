import type { Boot } from '../boot';
import { ConfigView } from './config-view';
import { NoticeView } from './notice-view';
import { OrganizerView } from './organizer-view';
import { PanelView } from './panel-view';
import { ProgrammeView } from './programme-view';
import { StageView } from './stage-view';
import { WithEvent } from './with-event';

/** Shows the surface the URL (or Teams' frame context) names. */
export function ViewRouter({ boot }: { boot: Boot }) {
  const { api, host, view } = boot;
  switch (view) {
    case 'panel':
      return (
        <WithEvent api={api} render={(eventId) => <PanelView api={api} eventId={eventId} />} />
      );
    case 'stage':
      return (
        <WithEvent api={api} render={(eventId) => <StageView api={api} eventId={eventId} />} />
      );
    case 'programme':
      return (
        <WithEvent api={api} render={(eventId) => <ProgrammeView api={api} eventId={eventId} />} />
      );
    case 'organizer':
      return <OrganizerView api={api} />;
    case 'config':
      return <ConfigView api={api} host={host} />;
    case 'authEnd':
      return (
        <main>
          <p>{boot.t('tab.host.consentDone')}</p>
        </main>
      );
    case 'notice':
      return <NoticeView kind={new URLSearchParams(window.location.search).get('kind')} />;
  }
}
