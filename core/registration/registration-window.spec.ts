import { eventInstants } from '../event/event-times';
import { registrationPhase, writtenInputOpen } from './registration-window';
import { seedDialogue } from '../testing/registration-fixtures';

const instants = eventInstants(seedDialogue());

describe('registration window of the seed dialogue', () => {
  it('is open until 12 noon New York time on 26 February 2024 and closed from that minute', () => {
    expect(registrationPhase(instants, new Date('2024-02-26T16:59:59Z'))).toBe('open');
    expect(registrationPhase(instants, new Date('2024-02-26T17:00:00Z'))).toBe('closed');
  });

  it('is not open before the letter went out', () => {
    expect(registrationPhase(instants, new Date('2024-02-13T12:00:00Z'))).toBe('notOpen');
  });

  it('takes written input until the dialogue ends at 12:00 New York time on 28 February', () => {
    expect(writtenInputOpen(instants, new Date('2024-02-28T16:59:00Z'))).toBe(true);
    expect(writtenInputOpen(instants, new Date('2024-02-28T17:00:00Z'))).toBe(false);
  });
});
