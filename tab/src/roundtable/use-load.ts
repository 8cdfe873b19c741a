import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';

/** What a load has come to: still loading, the data, or the error it failed with. */
export type Loaded<D> =
  { state: 'loading' } | { state: 'ready'; data: D } | { state: 'failed'; error: unknown };

/**
 * Loads `load()` on mount and on `reload()`, and every `refreshMs` when given; a refresh keeps
 * the data shown until the new one arrives.
 */
export function useLoad<D>(load: () => Promise<D>, refreshMs?: number) {
  const [loaded, setLoaded] = useState<Loaded<D>>({ state: 'loading' });
  const reload = useCallback(() => {
    load().then(
      (data) => setLoaded({ state: 'ready', data }),
      (error: unknown) => setLoaded({ state: 'failed', error }),
    );
  }, [load]);
  useEffect(() => {
    reload();
    if (!refreshMs) return undefined;
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [reload, refreshMs]);
  return { loaded, reload };
}

/** The catalog code of a refusal, if the failure was one. */
export function refusalCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

/** The viewer's IANA time zone, as the browser (or the Teams client around it) reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
