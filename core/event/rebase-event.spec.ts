import demo from '../../examples/demo-informal-dialogue.json';
import { parseEventDefinition } from './event-schema';
import { eventInstants } from './event-times';
import { rebaseDemoEvent } from './rebase-event';

const parsed = parseEventDefinition(demo);
if (!parsed.ok) throw new Error('demo example must be valid');
const event = parsed.value;

describe('rebaseDemoEvent', () => {
  it('leaves an event whose deadline is far enough ahead untouched', () => {
    expect(rebaseDemoEvent(event, new Date('2026-11-23T12:00:00Z'))).toBe(event);
  });

  it('moves a stale demo forward by whole weeks, keeping weekday and local times, registration open', () => {
    const now = new Date('2028-06-01T12:00:00Z');
    const moved = rebaseDemoEvent(event, now);
    const instants = eventInstants(moved);
    expect(instants.registrationDeadline.getTime()).toBeGreaterThanOrEqual(
      now.getTime() + 14 * 86400000,
    );
    expect(instants.registrationOpens.getTime()).toBeLessThan(now.getTime());
    expect(moved.start.slice(11)).toBe('09:00');
    expect(new Date(moved.start).getDay()).toBe(new Date(event.start).getDay());
    // The parsed form keeps the other languages apart (`translations`), which an event file
    // gives inside each text instead: the moved dates are what must still be valid.
    const { translations: _translations, ...asFile } = moved;
    expect(parseEventDefinition(asFile).ok).toBe(true);
  });
});
