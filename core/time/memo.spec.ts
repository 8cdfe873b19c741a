import { memoize } from './memo';

describe('memoize', () => {
  it('computes once per key and starts over when full', () => {
    let calls = 0;
    const square = memoize(
      (n: number) => ((calls += 1), n * n),
      (n) => String(n),
      2,
    );
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
    square(5); // full: the cache starts over
    square(3);
    expect(calls).toBe(4);
  });
});
