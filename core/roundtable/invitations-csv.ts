import { unStateNameEn } from './un-state-names';
import { compareText } from './compare-text';
import { csvDocument } from '../csv/csv';
import { csvHeadings } from '../csv/csv-headings';
import type { Translate } from '../i18n/catalog';
import type { Invitation } from './invitation';

/** Column headings; kept in English as a data format, like the registrations export. */
const HEADINGS = [
  'stateCode',
  'stateName',
  'stateKind',
  'status',
  'headOfDelegationName',
  'headOfDelegationTitle',
  'level',
  'openingRemarksRequestedAt',
  'declineReason',
  'sentAt',
  'answeredAt',
];

/** The invitations as CSV for the chair's team, one row per State sorted by code. */
export function invitationsCsv(invitations: readonly Invitation[], t?: Translate): string {
  const rows = [...invitations]
    .sort((a, b) => compareText(a.stateCode, b.stateCode))
    .map((inv) => {
      const a = inv.answer;
      const head = a.status === 'accepted' ? a.headOfDelegation : undefined;
      return [
        inv.stateCode,
        unStateNameEn(inv.stateCode),
        inv.stateKind,
        a.status,
        head?.name ?? '',
        head?.title ?? '',
        head?.level ?? '',
        a.status === 'accepted' ? (a.openingRemarksRequestedAt?.toISOString() ?? '') : '',
        a.status === 'declined' ? (a.reason ?? '') : '',
        inv.sentAt.toISOString(),
        inv.answeredAt?.toISOString() ?? '',
      ];
    });
  return csvDocument([csvHeadings(HEADINGS, t), ...rows]);
}
