import { UNREVIEWED } from './written-input';
import { decideReview, isPublic, matchInputId, parseReviewRequest } from './written-input-review';

const NOW = new Date('2024-02-29T10:00:00Z');
const LATER = new Date('2024-03-01T10:00:00Z');

describe('parseReviewRequest', () => {
  it('takes publish with or without a note, and withhold with a reason', () => {
    expect(parseReviewRequest('publish', undefined)).toEqual({ decision: 'publish' });
    expect(parseReviewRequest('withhold', '  Names a  private person ')).toEqual({
      decision: 'withhold',
      reason: 'Names a private person',
    });
  });

  it('refuses an unknown decision, a withholding without reason and a reason too long', () => {
    expect(parseReviewRequest('delete', 'x')).toEqual({ refusal: 'inputs.refused.decision' });
    expect(parseReviewRequest('withhold', '   ')).toEqual({
      refusal: 'inputs.refused.reasonRequired',
    });
    expect(parseReviewRequest('publish', 'x'.repeat(501))).toEqual({
      refusal: 'inputs.refused.reasonTooLong',
    });
  });
});

describe('decideReview', () => {
  it('when an unreviewed statement is published, then it is its first publication', () => {
    const result = decideReview({ review: UNREVIEWED }, { decision: 'publish' }, 'chair-1', NOW);
    expect(result).toEqual({
      kind: 'changed',
      firstPublication: true,
      next: { status: 'published', reviewedBy: 'chair-1', reviewedAt: NOW, firstPublishedAt: NOW },
    });
  });

  it('when a published statement is withheld and published again, then the author is not told twice', () => {
    const published = decideReview({ review: UNREVIEWED }, { decision: 'publish' }, 'c', NOW);
    if (published.kind !== 'changed') throw new Error('expected a change');
    const withheld = decideReview(
      { review: published.next },
      { decision: 'withhold', reason: 'Off topic' },
      'c',
      LATER,
    );
    expect(withheld).toMatchObject({
      kind: 'changed',
      firstPublication: false,
      next: { status: 'withheld', reason: 'Off topic', firstPublishedAt: NOW, reviewedAt: LATER },
    });
    if (withheld.kind !== 'changed') throw new Error('expected a change');
    expect(isPublic({ review: withheld.next })).toBe(false);
    const again = decideReview({ review: withheld.next }, { decision: 'publish' }, 'c', LATER);
    expect(again).toMatchObject({ kind: 'changed', firstPublication: false });
  });

  it('when the review says what is already so, then nothing changes', () => {
    const review = { status: 'withheld' as const, reason: 'Off topic', reviewedAt: NOW };
    expect(
      decideReview({ review }, { decision: 'withhold', reason: 'Off topic' }, 'c', LATER),
    ).toEqual({ kind: 'unchanged' });
  });

  it('shows nothing that is unreviewed or withheld', () => {
    expect(isPublic({ review: UNREVIEWED })).toBe(false);
    expect(isPublic({ review: { status: 'withheld', reason: 'x' } })).toBe(false);
  });
});

describe('matchInputId', () => {
  const inputs = [
    { id: 'aaaabbbb-0000-4000-8000-000000000001' },
    { id: 'aaaabbbb-1111-4000-8000-000000000002' },
    { id: 'ccccdddd-0000-4000-8000-000000000003' },
  ];

  it('finds a statement by its whole id or an unambiguous prefix of 8 or more', () => {
    expect(matchInputId(inputs, 'CCCCDDDD')).toBe(inputs[2]);
    expect(matchInputId(inputs, inputs[1]!.id)).toBe(inputs[1]);
  });

  it('refuses a short, shared or unknown prefix', () => {
    expect(matchInputId(inputs, 'cccc')).toBeUndefined();
    expect(matchInputId(inputs, 'aaaabbbb')).toBe('ambiguous');
    expect(matchInputId(inputs, 'ffffffff')).toBeUndefined();
  });
});
