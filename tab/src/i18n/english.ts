import tab from '../../../core/i18n/messages/en/tab.json';
import tabA11y from '../../../core/i18n/messages/en/tab-a11y.json';
import tabRoundtable from '../../../core/i18n/messages/en/tab-roundtable.json';
import teamsHost from '../../../core/i18n/messages/en/teams-host.json';
import desk from '../../../core/i18n/messages/en/desk.json';
import questionLabels from '../../../core/i18n/messages/en/question-labels.json';

/** The tab's English texts, bundled: shown while loading and when the service cannot answer. */
export const TAB_EN: Readonly<Record<string, string>> = {
  ...tab,
  ...tabRoundtable,
  ...tabA11y,
  ...teamsHost,
  ...desk,
  ...questionLabels,
};
