import { floorCard } from '../../bot/floor-card/floor-card';
import { questionShortLabel, questionToRead } from '../../core/event/question-label';
import { translatorFor } from '../../core/i18n/catalog';
import { dialogue, t } from './card-fixtures';
import { input, textRuns } from './card-nodes';

/** Guiding questions in bot texts (decision 034): a short label where it serves. */
describe('Guiding questions in cards', () => {
  const [first, second] = dialogue.guidingQuestions;

  it('when a question has a short title, then a choice names it by label and a text to read keeps the full text', () => {
    expect(questionShortLabel(t, second!, 1)).toBe(`Question 2: ${second!.shortTitle}`);
    expect(questionToRead(t, second!, 1)).toBe(
      `Question 2: ${second!.shortTitle} — ${second!.text}`,
    );
    expect(questionShortLabel(translatorFor('fr'), second!, 1)).toMatch(/^Question 2 : /);
  });

  it('when a question has no short title, then its full text stands in (a bare number would not say which)', () => {
    const { shortTitle: _dropped, ...bare } = first!;
    expect(questionShortLabel(t, bare, 0)).toBe(first!.text);
    expect(questionToRead(t, bare, 0)).toBe(`1. ${first!.text}`);
  });

  it('when the floor card is posted, then its question choice lists short labels and its body the full texts', () => {
    const card = floorCard(dialogue, t);
    const choices = input(card, 'questionId').choices as Array<{ title: string; value: string }>;
    expect(choices.slice(1)).toEqual(
      dialogue.guidingQuestions.map((q, i) => ({
        title: `Question ${i + 1}: ${q.shortTitle}`,
        value: q.id,
      })),
    );
    expect(textRuns(card)).toEqual(
      expect.arrayContaining(dialogue.guidingQuestions.map((q, i) => questionToRead(t, q, i))),
    );
  });
});
