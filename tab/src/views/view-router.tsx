import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { Boot } from '../boot';
import { useT } from '../i18n/texts-context';
import { WithEvent } from './with-event';

// Each surface is a chunk of its own (scripts/build-tab.mjs lists them): the side panel never
// downloads the organizer's desk.
const PanelView = lazy(() => import('./panel-view').then((m) => ({ default: m.PanelView })));
const StageView = lazy(() => import('./stage-view').then((m) => ({ default: m.StageView })));
const ProgrammeView = lazy(() =>
  import('./programme-view').then((m) => ({ default: m.ProgrammeView })),
);
const OrganizerView = lazy(() =>
  import('./organizer-view').then((m) => ({ default: m.OrganizerView })),
);
const ConfigView = lazy(() => import('./config-view').then((m) => ({ default: m.ConfigView })));
const NoticeView = lazy(() => import('./notice-view').then((m) => ({ default: m.NoticeView })));

/** Shows the surface the URL (or Teams' frame context) names, loading its chunk first. */
export function ViewRouter({ boot }: { boot: Boot }) {
  const t = useT();
  return (
    <Suspense fallback={<Spinner aria-label={t('tab.loading')} />}>
      <Surface boot={boot} />
    </Suspense>
  );
}

function Surface({ boot }: { boot: Boot }) {
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
