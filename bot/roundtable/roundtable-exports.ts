import { breakoutsCsv, type BreakoutPerson } from '../../core/roundtable/breakouts-csv';
import { invitationsCsv } from '../../core/roundtable/invitations-csv';
import type { Registration } from '../../core/registration/registration';
import type { DownloadLink, Store } from '../stores';
import { translatorFor } from '../../core/i18n/catalog';

/** The roundtable's CSV files behind single-use export links. */
export function roundtableExports(store: Store) {
  return async (link: DownloadLink): Promise<{ fileName: string; csv: string } | undefined> => {
    const event = await store.events.get(link.eventId);
    if (!event) return undefined;
    const t = translatorFor(link.language);
    switch (link.kind) {
      case 'invitationsCsv':
        return {
          fileName: `${event.id}-invitations.csv`,
          csv: invitationsCsv(await store.roundtable.invitations.list(event.id), t),
        };
      case 'breakoutsCsv': {
        const stored = await store.roundtable.breakouts.get(event.id);
        const people = breakoutPeople(await store.registrations.listForEvent(event.id));
        const plan = stored?.plan ?? { placements: [], overflow: [] };
        return {
          fileName: `${event.id}-breakouts.csv`,
          csv: breakoutsCsv(plan, event.breakoutGroups ?? [], people, t),
        };
      }
      case 'registrationsCsv':
      case 'attendanceCsv':
        return undefined;
    }
  };
}

/** Registrants as the breakout lists name them, by registration id. */
export function breakoutPeople(
  registrations: readonly Registration[],
): Map<string, BreakoutPerson> {
  return new Map(
    registrations.map((r) => [
      r.id,
      {
        participantId: r.id,
        name: `${r.givenName} ${r.familyName}`,
        organization: r.organization,
        referenceCode: r.referenceCode,
      },
    ]),
  );
}
