import { Spinner } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ApiClient } from '../api/api-client';
import { ErrorNotice } from '../components/error-notice';
import { useT } from '../i18n/texts-context';
import { BreakoutsSection } from '../roundtable/breakouts-section';
import { InvitationsSection } from '../roundtable/invitations-section';
import { refusalCode, useLoad } from '../api/use-load';

/** Refusals that mean "nothing to show here": not a roundtable, or not the chair's team. */
const SILENT = ['roundtable.api.notRoundtable', 'roundtable.api.chairOnly'];

/** The organizer page's roundtable sections: invitations and breakout groups, for the chair. */
export function OrganizerRoundtable({ api, eventId }: { api: ApiClient; eventId: string }) {
  const t = useT();
  const load = useCallback(
    () => Promise.all([api.invitations(eventId), api.breakouts(eventId)]),
    [api, eventId],
  );
  const { loaded } = useLoad(load);
  if (loaded.state === 'loading') return <Spinner size="small" label={t('tab.loading')} />;
  if (loaded.state === 'failed') {
    const code = refusalCode(loaded.error);
    return code && SILENT.includes(code) ? null : (
      <ErrorNotice message={t('tab.roundtable.loadFailed')} />
    );
  }
  const [invitations, breakouts] = loaded.data;
  return (
    <>
      <InvitationsSection api={api} eventId={eventId} data={invitations} />
      <BreakoutsSection api={api} eventId={eventId} data={breakouts} />
    </>
  );
}
