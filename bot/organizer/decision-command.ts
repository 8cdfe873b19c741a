import type { StatusAction } from '../../core/registration/status-decision';

/** A chair's command about registration decisions, typed in personal chat. */
export type DecisionCommand =
  | { kind: 'decide'; action: StatusAction; referenceCode: string }
  | { kind: 'decideAllPending'; action: StatusAction; eventId?: string }
  | { kind: 'capacity'; capacity?: number; eventId?: string }
  | { kind: 'delivery'; eventId?: string }
  | { kind: 'attendance'; eventId?: string }
  | { kind: 'usage' };

const ACTIONS: Record<string, StatusAction> = {
  confirm: 'confirm',
  decline: 'decline',
  waitlist: 'waitlist',
};
const CHAIR_WORDS = ['capacity', 'delivery', 'attendance'];
const EVENT = '(?:\\s+([a-z0-9][a-z0-9-]{1,62}[a-z0-9]))?';

/**
 * Reads `confirm|decline|waitlist REG-XXXX-XXXX`, `... all pending [event]`,
 * `capacity N|none [event]`, `delivery [event]` and `attendance [event]`; undefined for any
 * other line.
 */
export function parseDecisionCommand(text: string | undefined): DecisionCommand | undefined {
  const line = (text ?? '')
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[.!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const [first] = line.split(' ');
  if (first === undefined || !(first in ACTIONS || CHAIR_WORDS.includes(first))) return undefined;
  let m = /^(confirm|decline|waitlist) (reg-[0-9a-z]{4}-[0-9a-z]{4})$/.exec(line);
  if (m?.[1] && m[2])
    return { kind: 'decide', action: ACTIONS[m[1]]!, referenceCode: m[2].toUpperCase() };
  m = new RegExp(`^(confirm|decline|waitlist) all pending${EVENT}$`).exec(line);
  if (m?.[1]) return { kind: 'decideAllPending', action: ACTIONS[m[1]]!, ...event(m[2]) };
  m = new RegExp(`^capacity (\\d{1,6}|none)${EVENT}$`).exec(line);
  if (m?.[1])
    return {
      kind: 'capacity',
      ...(m[1] === 'none' ? {} : { capacity: Number(m[1]) }),
      ...event(m[2]),
    };
  m = new RegExp(`^delivery${EVENT}$`).exec(line);
  if (m) return { kind: 'delivery', ...event(m[1]) };
  m = new RegExp(`^attendance${EVENT}$`).exec(line);
  if (m) return { kind: 'attendance', ...event(m[1]) };
  return { kind: 'usage' };
}

function event(id: string | undefined): { eventId?: string } {
  return id ? { eventId: id } : {};
}
