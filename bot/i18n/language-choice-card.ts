import type { Translate } from '../../core/i18n/catalog';
import { languageChoices } from '../../core/i18n/language-names';
import { listText } from '../../core/i18n/list-text';
import { cardTemplate, type AdaptiveCardJson } from '../platform/teams/cards/card-json';
import template from './templates/language-choice.json';

const expand = cardTemplate(template);

/** The six languages as buttons (verb `language.set`), each named in its own language. */
export function languageChoiceCard(t: Translate): AdaptiveCardJson {
  const choices = languageChoices();
  return expand(
    {
      title: t('language.title'),
      text: t('language.choose', {
        choices: listText(
          choices.map((c) => `${c.code} (${c.name})`),
          t.language,
        ),
      }),
      // Three buttons a row: a card may hold at most five actions in one set.
      rows: [{ choices: choices.slice(0, 3) }, { choices: choices.slice(3) }],
    },
    t,
  );
}
