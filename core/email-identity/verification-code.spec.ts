import { checkCode, codeOf, isLocked, issuedCode, LOCK_MS, MAX_TRIES } from './verification-code';

const T0 = new Date('2024-02-20T15:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('verification code', () => {
  const pending = issuedCode('amina@example.org', 'hash', T0);

  it('when the right code comes within 10 minutes, then the address is verified', () => {
    expect(checkCode(pending, true, at(9.9))).toEqual({
      kind: 'verified',
      email: 'amina@example.org',
    });
  });

  it('when the right code comes after 10 minutes, then it has expired', () => {
    expect(checkCode(pending, true, at(10))).toEqual({ kind: 'expired' });
  });

  it('when a wrong code comes, then one try fewer is left', () => {
    const result = checkCode(pending, false, at(1));
    expect(result).toMatchObject({ kind: 'wrong', triesLeft: MAX_TRIES - 1 });
  });

  it('when the fifth wrong code comes, then the address is locked for 15 minutes', () => {
    let current = pending;
    for (let i = 1; i < MAX_TRIES; i++) {
      const result = checkCode(current, false, at(i));
      if (result.kind !== 'wrong') throw new Error(`try ${i} ended ${result.kind}`);
      current = result.next;
    }
    expect(checkCode(current, false, at(5))).toEqual({
      kind: 'locked',
      email: 'amina@example.org',
      until: new Date(at(5).getTime() + LOCK_MS),
    });
  });

  it('reads six digits, with spaces between them, as a code and nothing else', () => {
    expect(codeOf(' 123 456 ')).toBe('123456');
    expect(codeOf('12345')).toBeUndefined();
    expect(codeOf('1234567')).toBeUndefined();
    expect(codeOf('12345a')).toBeUndefined();
    expect(codeOf('１２３４５６')).toBeUndefined();
  });

  it('holds a lock until its end and not after', () => {
    expect(isLocked(at(15), at(14.9))).toBe(true);
    expect(isLocked(at(15), at(15))).toBe(false);
    expect(isLocked(undefined, at(0))).toBe(false);
  });
});
