import type { MessageKey, MessageParams } from '../i18n/catalog';
import type { StatusAction } from './status-decision';

/** Most registrations one request may decide, so a request stays one short transaction run. */
export const MAX_DECISION_IDS = 1000;

/** A chair's decision as the organizer page sends it, once checked. */
export interface DecisionRequest {
  action: StatusAction;
  registrationIds: string[] | 'allPending';
}

/** Why a request was refused: a catalog key and its parameters. */
export interface RequestProblem {
  key: MessageKey;
  params?: MessageParams;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: RequestProblem };

/** Checks `{ decision, registrationIds }` (a list of ids, or "allPending"). */
export function parseDecisionRequest(body: unknown): Parsed<DecisionRequest> {
  const record = isRecord(body) ? body : {};
  const action = record.decision;
  if (action !== 'confirm' && action !== 'decline' && action !== 'waitlist')
    return refused('outbox.api.badDecision');
  if (record.registrationIds === 'allPending')
    return { ok: true, value: { action, registrationIds: 'allPending' } };
  const ids = parseIds(record.registrationIds, 'outbox.api.badIds');
  return ids.ok ? { ok: true, value: { action, registrationIds: ids.value } } : ids;
}

/** Checks `{ ids? }` of a delivery retry: absent means every failed message. */
export function parseRetryRequest(body: unknown): Parsed<string[] | undefined> {
  const ids = isRecord(body) ? body.ids : undefined;
  if (ids === undefined) return { ok: true, value: undefined };
  return parseIds(ids, 'outbox.api.badRetryIds');
}

function parseIds(value: unknown, invalid: MessageKey): Parsed<string[]> {
  if (!Array.isArray(value)) return refused(invalid);
  if (value.length > MAX_DECISION_IDS)
    return refused('outbox.api.tooManyIds', { max: MAX_DECISION_IDS });
  if (value.length === 0 || !value.every((id) => typeof id === 'string' && isIdLike(id)))
    return refused(invalid);
  return { ok: true, value: value as string[] };
}

/** Ids are uuids; anything else is refused before it reaches the store. */
function isIdLike(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

function refused(key: MessageKey, params?: MessageParams): { ok: false; problem: RequestProblem } {
  return { ok: false, problem: { key, ...(params ? { params } : {}) } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
