import { trimEndOf } from '../../core/text/chat-line';
import type { StatusAction } from '../../core/registration/status-decision';
import { readCapacity } from '../../core/registration/capacity-rule';
import type { MessageKey } from '../../core/i18n/catalog';

/** A chair's command about registration decisions, typed in personal chat. */
export type DecisionCommand =
  | { kind: 'decide'; action: StatusAction; referenceCode: string }
  | { kind: 'decideAllPending'; action: StatusAction; eventId?: string }
  | { kind: 'capacity'; capacity?: number; eventId?: string }
  | { kind: 'capacityRefused'; key: MessageKey }
  | { kind: 'delivery'; eventId?: string }
  | { kind: 'attendance'; eventId?: string }
  | { kind: 'usage' };

const ACTIONS: Record<string, StatusAction> = {
  confirm: 'confirm',
  decline: 'decline',
  waitlist: 'waitlist',
};
const CHAIR_WORDS = ['capacity', 'delivery', 'attendance'];
const REFERENCE = /^reg-[0-9a-z]{4}-[0-9a-z]{4}$/;
const EVENT_ID = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;

/**
 * Reads, from a plain chat line (see `chatTextOf`), `confirm|decline|waitlist REG-XXXX-XXXX`,
 * `... all pending [event]`, `capacity N|none [event]`, `delivery [event]` and
 * `attendance [event]`; undefined for any other line. Compares words, so no pattern can
 * backtrack over a long line.
 */
export function parseDecisionCommand(line: string): DecisionCommand | undefined {
  const words = trimEndOf(line.toLowerCase(), '.!').split(' ');
  const [first = '', second = '', third = '', ...rest] = words;
  const action = Object.hasOwn(ACTIONS, first) ? ACTIONS[first] : undefined;
  if (action === undefined && !CHAIR_WORDS.includes(first)) return undefined;
  if (action && words.length === 2 && REFERENCE.test(second))
    return { kind: 'decide', action, referenceCode: second.toUpperCase() };
  if (action && second === 'all' && third === 'pending' && rest.length <= 1)
    return eventOf(rest[0], (id) => ({ kind: 'decideAllPending', action, ...id }));
  if (first === 'capacity' && words.length <= 3) {
    const read = readCapacity(second);
    if (!read.ok) return { kind: 'capacityRefused', key: read.key };
    return eventOf(third || undefined, (id) => ({
      kind: 'capacity',
      ...(read.capacity === undefined ? {} : { capacity: read.capacity }),
      ...id,
    }));
  }
  if ((first === 'delivery' || first === 'attendance') && words.length <= 2)
    return eventOf(second || undefined, (id) => ({ kind: first, ...id }));
  return { kind: 'usage' };
}

/** The command with its optional event id; usage when the id is not one. */
function eventOf(
  id: string | undefined,
  command: (id: { eventId?: string }) => DecisionCommand,
): DecisionCommand {
  if (id === undefined) return command({});
  return EVENT_ID.test(id) ? command({ eventId: id }) : { kind: 'usage' };
}
