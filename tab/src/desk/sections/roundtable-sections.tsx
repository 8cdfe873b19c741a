import type { ApiClient } from '../../api/api-client';
import type { BreakoutsResponse, InvitationsResponse } from '../../api/roundtable-types';
import { BreakoutsSection } from '../../roundtable/breakouts-section';
import { InvitationsSection } from '../../roundtable/invitations-section';

/** The desk's Invitations section (roundtables): every State's invitation and its answer. */
export function InvitationsDeskSection(props: {
  api: ApiClient;
  eventId: string;
  data: InvitationsResponse;
}) {
  return <InvitationsSection {...props} />;
}

/** The desk's Breakout groups section (roundtables). */
export function BreakoutsDeskSection(props: {
  api: ApiClient;
  eventId: string;
  data: BreakoutsResponse;
}) {
  return <BreakoutsSection {...props} />;
}
