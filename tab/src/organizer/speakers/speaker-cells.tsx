import type { EntryProfile, OnBehalfOf } from '../../../../core/speaking-queue';
import type { T } from '../../i18n/texts';

/** The category's label in the event file, else its id. */
export function categoryLabel(categories: Array<{ id: string; label: string }>, id: string) {
  return categories.find((c) => c.id === id)?.label ?? id;
}

/** A UN regional group in the reader's language; "None" for observers and territories. */
export function regionLabel(t: T, region: EntryProfile['region'] | undefined): string {
  switch (region) {
    case 'african':
    case 'asiaPacific':
    case 'easternEuropean':
    case 'latinAmericanCaribbean':
    case 'westernEuropeanOthers':
      return t(`tab.speakers.region.${region}`);
    default:
      return t('tab.speakers.region.none');
  }
}

/** A coalition with its members, or a dash for someone speaking for their organization. */
export function CoalitionCell({ t, coalition }: { t: T; coalition: OnBehalfOf | null }) {
  if (!coalition || coalition.kind !== 'group') return <>{t('tab.speakers.noCoalition')}</>;
  return (
    <>
      {t('tab.speakers.coalitionMembers', {
        group: coalition.name,
        members: coalition.members.join(', '),
      })}
    </>
  );
}
