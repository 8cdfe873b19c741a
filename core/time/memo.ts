import { LRUCache } from 'lru-cache';

/**
 * A bounded memo for pure functions on hot paths (time-zone arithmetic on every card). Past
 * `max` the least recently used results go, not all of them: no wave of recomputing.
 */
export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  key: (...args: A) => string,
  max = 5000,
) {
  // No time to live: the results of a pure function never go stale. Boxed, as a result may be
  // undefined and the cache holds only values.
  const cache = new LRUCache<string, { result: R }>({ max });
  return (...args: A): R => {
    const k = key(...args);
    const kept = cache.get(k);
    if (kept) return kept.result;
    const result = fn(...args);
    cache.set(k, { result });
    return result;
  };
}
