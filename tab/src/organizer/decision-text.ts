import type { DecisionResponse } from '../api/api-types';
import type { T } from '../i18n/texts';

/**
 * What the chair reads after a decision: the counts, then one line for each registration that
 * did not simply change as asked (waitlisted for want of room, withdrawn, changed meanwhile).
 */
export function decisionText(t: T, response: DecisionResponse): string[] {
  const notes = response.results.flatMap((r) => {
    const reference = r.referenceCode;
    switch (r.result) {
      case 'changed':
        return [];
      case 'alreadyThere':
        return [
          t('tab.reg.result.alreadyThere', { reference, status: t(`tab.reg.status.${r.after}`) }),
        ];
      case 'waitlistedFull':
      case 'full':
      case 'withdrawn':
      case 'conflict':
        return [t(`tab.reg.result.${r.result}`, { reference })];
    }
  });
  return [t('tab.reg.result', response.counts), ...notes];
}
