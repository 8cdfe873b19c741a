import type { EventDefinition } from '../../core/event/event';
import type { Translate } from '../../core/i18n/catalog';
import { cardLanguage, type AdaptiveCardJson } from '../platform/teams/cards/card-json';
import { questionShortLabel, questionToRead } from '../../core/event/question-label';

/** The verb of the card's one button. */
export const FLOOR_CARD_VERB = 'floorCard.request';

/**
 * "Request the floor", posted in the meeting chat: people Teams shows no side panel (anonymous
 * and external attendees) can still use an app's cards there. They prove who they are with
 * their registration's reference code; the answer (Universal Actions) goes to them alone.
 * Event texts are TextRuns, never markdown (see card-json.ts).
 */
export function floorCard(event: EventDefinition, t: Translate): AdaptiveCardJson {
  const run = (text: string) => ({ type: 'TextRun', text });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    ...cardLanguage(t.language),
    body: [
      {
        type: 'TextBlock',
        text: t('floorCard.title'),
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
      },
      { type: 'RichTextBlock', inlines: [run(event.title)] },
      { type: 'TextBlock', text: t('floorCard.intro'), wrap: true },
      { type: 'TextBlock', text: t('floorCard.questions'), weight: 'Bolder', wrap: true },
      ...event.guidingQuestions.map((q, index) => ({
        type: 'RichTextBlock',
        inlines: [run(questionToRead(t, q, index))],
      })),
      {
        type: 'Input.Text',
        id: 'referenceCode',
        label: t('floorCard.code'),
        placeholder: 'REG-XXXX-XXXX',
        isRequired: true,
        errorMessage: t('floorCard.codeMissing'),
        maxLength: 20,
      },
      {
        type: 'Input.ChoiceSet',
        id: 'questionId',
        label: t('floorCard.question'),
        value: '',
        choices: [
          { title: t('floorCard.noQuestion'), value: '' },
          ...event.guidingQuestions.map((q, index) => ({
            title: choiceTitle(questionShortLabel(t, q, index)),
            value: q.id,
          })),
        ],
      },
      {
        type: 'Input.ChoiceSet',
        id: 'onBehalfOf',
        label: t('floorCard.behalf'),
        style: 'expanded',
        value: 'ownOrganization',
        choices: [
          { title: t('floorCard.behalfOwn'), value: 'ownOrganization' },
          { title: t('floorCard.behalfGroup'), value: 'group' },
        ],
      },
    ],
    actions: [
      {
        type: 'Action.Execute',
        title: t('floorCard.submit'),
        verb: FLOOR_CARD_VERB,
        data: { eventId: event.id },
      },
    ],
  };
}

/** A choice in a compact list: the short label; a full text without one is cut at 80. */
function choiceTitle(label: string): string {
  return label.length > 80 ? `${label.slice(0, 79)}…` : label;
}
