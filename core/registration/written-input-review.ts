import type { InputReview, ReviewStatus, WrittenInput } from './written-input';

/** What the chair's team decides about one statement. */
export type ReviewDecision = 'publish' | 'withhold';

/** Most characters a withholding reason may have (the database checks it too). */
export const MAX_REVIEW_REASON = 500;

export type ReviewRefusal =
  'inputs.refused.decision' | 'inputs.refused.reasonRequired' | 'inputs.refused.reasonTooLong';

/** A review as the chair's team asks for it, before it meets the stored statement. */
export interface ReviewRequest {
  decision: ReviewDecision;
  reason?: string;
}

/** What a review does: the new review, `unchanged` when it says what is already so. */
export type ReviewResult =
  | { kind: 'changed'; next: InputReview; firstPublication: boolean }
  | { kind: 'unchanged' }
  | { kind: 'refused'; key: ReviewRefusal };

/**
 * Reads a review from the tab or chat: `publish` (a reason is optional) or `withhold` with a
 * reason the author can be given; anything else is refused with the reason why.
 */
export function parseReviewRequest(
  decision: unknown,
  reason: unknown,
): ReviewRequest | { refusal: ReviewRefusal } {
  if (decision !== 'publish' && decision !== 'withhold')
    return { refusal: 'inputs.refused.decision' };
  const text = typeof reason === 'string' ? reason.trim().replace(/\s+/g, ' ') : '';
  if (text.length > MAX_REVIEW_REASON) return { refusal: 'inputs.refused.reasonTooLong' };
  if (decision === 'withhold' && text === '') return { refusal: 'inputs.refused.reasonRequired' };
  return text === '' ? { decision } : { decision, reason: text };
}

/**
 * Applies a review to a statement. Published and withheld statements may be reviewed again
 * (a statement taken down, or released after all); the author hears of the first publication
 * only, so publishing again tells nobody twice.
 */
export function decideReview(
  input: Pick<WrittenInput, 'review'>,
  request: ReviewRequest,
  reviewedBy: string,
  now: Date,
): ReviewResult {
  const status: ReviewStatus = request.decision === 'publish' ? 'published' : 'withheld';
  const current = input.review;
  if (current.status === status && current.reason === request.reason) return { kind: 'unchanged' };
  const next: InputReview = {
    status,
    ...(request.reason ? { reason: request.reason } : {}),
    reviewedBy,
    reviewedAt: now,
    ...(current.firstPublishedAt ? { firstPublishedAt: current.firstPublishedAt } : {}),
  };
  const firstPublication = status === 'published' && current.firstPublishedAt === undefined;
  if (firstPublication) next.firstPublishedAt = now;
  return { kind: 'changed', next, firstPublication };
}

/** Whether anyone without signing in may see the statement: only once published. */
export function isPublic(input: Pick<WrittenInput, 'review'>): boolean {
  return input.review.status === 'published';
}

/**
 * The statement a chair means by an id typed in chat: the whole id, or its first characters
 * (at least 8, as `inputs` shows them) when they name exactly one statement.
 */
export function matchInputId<T extends Pick<WrittenInput, 'id'>>(
  inputs: readonly T[],
  typed: string,
): T | 'ambiguous' | undefined {
  const prefix = typed.trim().toLowerCase();
  if (prefix.length < 8) return undefined;
  const found = inputs.filter((i) => i.id.toLowerCase().startsWith(prefix));
  if (found.length > 1) return 'ambiguous';
  return found[0];
}

/** The short form of an id that `inputs` lists and `publish` / `withhold` accept. */
export function shortInputId(id: string): string {
  return id.slice(0, 8);
}
