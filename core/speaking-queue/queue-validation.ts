import type { MessageKey } from '../i18n/catalog';
import type { TurnRequest } from './queue-commands';
import { QUEUE_LIMITS as LIMITS } from './queue-limits';
import { refuse, type Refusal } from './queue-result';
import type { OnBehalfOf, Speaker, SpeakingQueue, TurnKind } from './queue-types';

/**
 * Checks of untrusted command fields. Commands arrive as JSON from a screen, so every field is
 * checked for type, emptiness and size; each check returns the cleaned value or a refusal.
 */
export type Checked<T> = { ok: true; value: T } | Refusal;

/** A validated turn request with defaults filled in. */
export interface CleanRequest {
  onBehalfOf: OnBehalfOf;
  questionId: string | null;
  kind: TurnKind;
}

export function checkSpeaker(speaker: Speaker): Checked<Speaker> {
  const name = checkText(
    speaker?.name,
    LIMITS.name,
    'queue.error.nameRequired',
    'queue.error.nameTooLong',
  );
  if (!name.ok) return name;
  const organization = checkText(
    speaker.organization,
    LIMITS.organization,
    'queue.error.organizationRequired',
    'queue.error.organizationTooLong',
  );
  if (!organization.ok) return organization;
  const { registrationId } = speaker;
  if (registrationId === undefined)
    return ok({ name: name.value, organization: organization.value });
  if (
    typeof registrationId !== 'string' ||
    registrationId.trim() === '' ||
    registrationId.length > 200
  ) {
    return refuse('invalid', 'queue.error.registrationIdInvalid');
  }
  return ok({ registrationId, name: name.value, organization: organization.value });
}

export function checkRequest(state: SpeakingQueue, request: TurnRequest): Checked<CleanRequest> {
  const onBehalfOf = checkOnBehalf(request.onBehalfOf ?? { kind: 'ownOrganization' });
  if (!onBehalfOf.ok) return onBehalfOf;
  const questionId = checkQuestion(state, request.questionId ?? null);
  if (!questionId.ok) return questionId;
  const kind = request.kind ?? 'statement';
  if (kind !== 'statement' && kind !== 'rightOfReply')
    return refuse('invalid', 'queue.error.invalidKind');
  return ok({ onBehalfOf: onBehalfOf.value, questionId: questionId.value, kind });
}

export function checkQuestion(
  state: SpeakingQueue,
  questionId: string | null,
): Checked<string | null> {
  if (questionId === null || state.questionIds.includes(questionId)) return ok(questionId);
  return refuse('invalid', 'queue.error.unknownQuestion', {
    questionId: String(questionId).slice(0, 100),
  });
}

export function checkAllotted(seconds: number): Checked<number> {
  const { minAllottedSeconds: min, maxAllottedSeconds: max } = LIMITS;
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    return refuse('invalid', 'queue.error.allottedOutOfRange', { min, max });
  }
  return ok(seconds);
}

/** A 1-based position from 1 to `max`. */
export function checkPosition(position: number, max: number): Checked<number> {
  if (!Number.isInteger(position) || position < 1 || position > max) {
    return refuse('invalid', 'queue.error.positionOutOfRange', { max });
  }
  return ok(position);
}

function checkOnBehalf(onBehalfOf: OnBehalfOf): Checked<OnBehalfOf> {
  if (onBehalfOf?.kind === 'ownOrganization') return ok({ kind: 'ownOrganization' });
  if (onBehalfOf?.kind !== 'group') return refuse('invalid', 'queue.error.onBehalfInvalid');
  const name = checkText(
    onBehalfOf.name,
    LIMITS.groupName,
    'queue.error.groupNameRequired',
    'queue.error.groupNameTooLong',
  );
  if (!name.ok) return name;
  const raw: unknown = onBehalfOf.members;
  if (!Array.isArray(raw) || raw.length === 0)
    return refuse('invalid', 'queue.error.groupMembersRequired');
  if (raw.length > LIMITS.groupMembers) {
    return refuse('invalid', 'queue.error.tooManyMembers', { max: LIMITS.groupMembers });
  }
  const members: string[] = [];
  for (const member of raw) {
    const checked = checkText(
      member,
      LIMITS.groupMember,
      'queue.error.groupMembersRequired',
      'queue.error.memberTooLong',
    );
    if (!checked.ok) return checked;
    members.push(checked.value);
  }
  return ok({ kind: 'group', name: name.value, members });
}

function checkText(
  value: unknown,
  max: number,
  requiredKey: MessageKey,
  tooLongKey: MessageKey,
): Checked<string> {
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  if (text === '') return refuse('invalid', requiredKey);
  if (text.length > max) return refuse('invalid', tooLongKey, { max });
  return ok(text);
}

function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}
