import type { Translate } from '../i18n/catalog';
import type { GuidingQuestion } from './event';

/**
 * A guiding question where a short label serves (choice lists, summaries): "Question 2:
 * Critical infrastructure" when the event gives a short title (decision 034), else the full
 * text, since a bare "Question 2" would not say which.
 */
export function questionShortLabel(t: Translate, question: GuidingQuestion, index: number) {
  return question.shortTitle
    ? t('cards.question.titled', { number: index + 1, title: question.shortTitle })
    : question.text;
}

/**
 * A guiding question where a person must read it (to choose, or to prepare): the short label
 * and the full text, or "2. The full text" without a short title.
 */
export function questionToRead(t: Translate, question: GuidingQuestion, index: number) {
  return question.shortTitle
    ? t('cards.question.withText', {
        label: questionShortLabel(t, question, index),
        text: question.text,
      })
    : t('cards.question.numbered', { number: index + 1, text: question.text });
}
