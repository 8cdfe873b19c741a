import { trimEndOf } from '../../core/text/chat-line';

/** A chair's command about written input, typed in personal chat. */
export type InputReviewCommand =
  | { kind: 'list'; eventId?: string }
  | { kind: 'review'; decision: 'publish' | 'withhold'; inputId: string; reason: string }
  | { kind: 'usage' };

const EVENT_ID = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;

/**
 * Reads, from a plain chat line (see `chatTextOf`), `inputs [event]`, `publish <id>` and `withhold <id> <reason>`; undefined for any other
 * line. The reason keeps the chair's own case and wording.
 */
export function parseInputReviewCommand(line: string): InputReviewCommand | undefined {
  const [first = '', second, ...rest] = line.split(' ');
  const verb = trimEndOf(first.toLowerCase(), '.!');
  if (verb === 'inputs') {
    if (second === undefined) return { kind: 'list' };
    const eventId = second.toLowerCase();
    return rest.length === 0 && EVENT_ID.test(eventId)
      ? { kind: 'list', eventId }
      : { kind: 'usage' };
  }
  if (verb !== 'publish' && verb !== 'withhold') return undefined;
  if (second === undefined) return { kind: 'usage' };
  const inputId = second.toLowerCase();
  if (verb === 'publish' && rest.length > 0) return { kind: 'usage' };
  return { kind: 'review', decision: verb, inputId, reason: rest.join(' ') };
}
