/**
 * A bounded memo for pure functions on hot paths (time-zone arithmetic on every card).
 * When full it starts over, which is simpler than LRU and enough for a handful of events.
 */
export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  key: (...args: A) => string,
  max = 5000,
) {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const k = key(...args);
    if (cache.has(k)) return cache.get(k) as R;
    const value = fn(...args);
    if (cache.size >= max) cache.clear();
    cache.set(k, value);
    return value;
  };
}
