import { EXCHANGE_MAILBOX_LIMITS, MailPacer } from './mail-pacing';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('MailPacer', () => {
  it('sends 30 mails in the first minute and the 31st a minute after the first', () => {
    const pacer = new MailPacer();
    const times = Array.from({ length: 31 }, () => pacer.reserve(0));
    expect(times.slice(0, 30).every((t) => t === 0)).toBe(true);
    expect(times[30]).toBe(MINUTE);
  });

  it('never puts more than 30 in a minute nor 10,000 in a day, across a day of demand', () => {
    const pacer = new MailPacer();
    const times: number[] = [];
    // Demand of 12,000 mails, all asked for at once (a fake clock: nothing waits).
    for (let i = 0; i < 12_000; i++) times.push(pacer.reserve(0));
    for (const { count, windowMs } of EXCHANGE_MAILBOX_LIMITS) {
      for (let i = count; i < times.length; i += 97) {
        expect(times[i]! - times[i - count]!).toBeGreaterThanOrEqual(windowMs);
      }
    }
    expect(times[9_999]).toBeLessThan(DAY);
    expect(times[10_000]).toBeGreaterThanOrEqual(DAY);
  });

  it('counts sends recorded from a previous worker, so a restart does not burst', () => {
    const pacer = new MailPacer();
    for (let i = 0; i < 30; i++) pacer.record(10_000);
    expect(pacer.reserve(20_000)).toBe(10_000 + MINUTE);
  });
});
