import { RateLimiter } from './rate-limiter';
import {
  TEAMS_CONVERSATION_LIMITS,
  TEAMS_TENANT_LIMITS,
  nextSendAt,
  evenSpacingMs,
} from './rate-limits';
import { sendFloorMs } from './send-floor';

const limiter = (marginMs = 0) =>
  new RateLimiter({
    conversation: TEAMS_CONVERSATION_LIMITS,
    tenant: TEAMS_TENANT_LIMITS,
    marginMs,
  });

describe('nextSendAt', () => {
  it('lets a send go now when no window is full', () => {
    expect(nextSendAt([0, 100], 500, [{ count: 3, windowMs: 1000 }])).toBe(500);
  });

  it('waits until the oldest send of a full window falls out of it', () => {
    expect(nextSendAt([0, 100, 200], 500, [{ count: 3, windowMs: 1000 }])).toBe(1000);
  });

  it('takes the latest of several windows', () => {
    const windows = [
      { count: 2, windowMs: 1000 },
      { count: 3, windowMs: 5000 },
    ];
    expect(nextSendAt([0, 1000, 2000], 2000, windows)).toBe(5000);
  });
});

describe('RateLimiter', () => {
  it('sends 7 to one conversation in the first second, the 8th after it, the 9th after 2 s', () => {
    const l = limiter();
    const times = Array.from({ length: 9 }, () => l.reserve('c1', 't1', 0));
    expect(times.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(times[7]).toBe(1000);
    expect(times[8]).toBe(2000);
  });

  it('keeps 60 per 30 s for one conversation', () => {
    const l = limiter();
    const times = Array.from({ length: 61 }, () => l.reserve('c1', 't1', 0));
    expect(times[60]).toBeGreaterThanOrEqual(30_000);
  });

  it('keeps the tenant at 30 per second across conversations', () => {
    const l = limiter();
    const times = Array.from({ length: 61 }, (_, i) => l.reserve(`c${i}`, 't1', 0));
    expect(times[29]).toBe(0);
    expect(times[30]).toBe(1000);
    expect(times[60]).toBe(2000);
  });

  it('adds the margin to every window', () => {
    const l = limiter(25);
    const times = Array.from({ length: 31 }, (_, i) => l.reserve(`c${i}`, 't1', 0));
    expect(times[30]).toBe(1025);
  });

  it('paces sends evenly with a one-send window, without margin on it', () => {
    const paced = new RateLimiter({
      conversation: TEAMS_CONVERSATION_LIMITS,
      tenant: [...TEAMS_TENANT_LIMITS, { count: 1, windowMs: 35 }],
      marginMs: 25,
    });
    const times = Array.from({ length: 4 }, (_, i) => paced.reserve(`c${i}`, 't1', 0));
    expect(times).toEqual([0, 35, 70, 105]);
  });

  it('holds a paused conversation until the pause ends, others not', () => {
    const l = limiter();
    l.pause('c1', 3000);
    expect(l.reserve('c1', 't1', 0)).toBe(3000);
    expect(l.reserve('c2', 't1', 0)).toBe(3000);
    expect(l.reserve('c3', 't2', 0)).toBe(0);
  });

  it('counts sends recorded from an earlier worker', () => {
    const l = limiter();
    for (let i = 0; i < 7; i++) l.record('c1', 't1', 100);
    expect(l.reserve('c1', 't1', 200)).toBe(1100);
  });
});

describe('sendFloorMs', () => {
  it('is set by the tenant limit for one message to each of many people', () => {
    expect(sendFloorMs(Array(1000).fill(1), limits())).toBe(33_000);
    expect(sendFloorMs(Array(1000).fill(2), limits())).toBe(66_000);
  });

  it('is set by the conversation limit for many messages to one person', () => {
    expect(sendFloorMs([61], limits())).toBeGreaterThanOrEqual(30_000);
  });

  it('is zero for nothing to send', () => {
    expect(sendFloorMs([], limits())).toBe(0);
  });
});

function limits() {
  return { conversation: TEAMS_CONVERSATION_LIMITS, tenant: TEAMS_TENANT_LIMITS };
}

describe('evenSpacingMs', () => {
  it('is the largest window length per send, so even spacing keeps every window', () => {
    expect(
      evenSpacingMs([
        { count: 30, windowMs: 1_000 },
        { count: 1, windowMs: 35 },
      ]),
    ).toBe(35);
    expect(
      evenSpacingMs([
        { count: 7, windowMs: 1_000 },
        { count: 60, windowMs: 30_000 },
      ]),
    ).toBe(500);
    expect(evenSpacingMs([])).toBe(0);
  });
});
