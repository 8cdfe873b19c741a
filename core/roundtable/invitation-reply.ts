import type { FieldError } from '../event/field-error';
import { isDelegationLevel } from './delegation-level';
import type { InvitationCommand } from './invitation-transitions';

const MAX_NAME = 200;
const MAX_TITLE = 200;
const MAX_REASON = 1000;

/**
 * Validates a Mission's reply as entered by the chair's team (untrusted card data):
 * `{ reply: 'accept', name, title, level }` or `{ reply: 'decline', reason? }`.
 */
export function parseInvitationReply(
  data: unknown,
): { ok: true; command: InvitationCommand } | { ok: false; errors: FieldError[] } {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const errors: FieldError[] = [];
  const text = (field: string, max: number, required: boolean): string => {
    const raw = record[field];
    if (raw !== undefined && raw !== null && typeof raw !== 'string') {
      errors.push({ field, key: 'field.invalidType' });
      return '';
    }
    const value = (raw ?? '').trim();
    if (required && value === '') errors.push({ field, key: 'field.required' });
    else if (value.length > max) errors.push({ field, key: 'field.tooLong', params: { max } });
    return value;
  };
  if (record.reply === 'decline') {
    const reason = text('reason', MAX_REASON, false);
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, command: reason ? { type: 'decline', reason } : { type: 'decline' } };
  }
  if (record.reply !== 'accept') {
    const key = record.reply === undefined ? 'field.required' : 'field.invalidChoice';
    return { ok: false, errors: [{ field: 'reply', key }] };
  }
  const name = text('name', MAX_NAME, true);
  const title = text('title', MAX_TITLE, true);
  const level = record.level;
  if (!isDelegationLevel(level)) {
    errors.push({
      field: 'level',
      key: level === undefined ? 'field.required' : 'field.invalidChoice',
    });
  }
  if (errors.length > 0 || !isDelegationLevel(level)) return { ok: false, errors };
  return { ok: true, command: { type: 'accept', headOfDelegation: { name, title, level } } };
}
