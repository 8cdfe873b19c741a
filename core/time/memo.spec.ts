import { memoize } from './memo';

describe('memoize', () => {
  it('computes once per key and forgets the oldest when full', () => {
    let calls = 0;
    const square = memoize(
      (n: number) => ((calls += 1), n * n),
      (n) => String(n),
      2,
    );
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
    square(5); // full: 3, the least recently used, goes
    square(3);
    expect(calls).toBe(4);
  });

  it('past its bound, forgets only the least recently used result, not all', () => {
    let calls = 0;
    const double = memoize(
      (n: number) => ((calls += 1), n * 2),
      (n) => String(n),
      3,
    );
    [1, 2, 3, 1, 4].forEach((n) => double(n)); // 4 fills past the bound: 2 goes
    expect(calls).toBe(4);
    [1, 3, 4].forEach((n) => double(n));
    expect(calls).toBe(4);
    double(2);
    expect(calls).toBe(5);
  });
});
