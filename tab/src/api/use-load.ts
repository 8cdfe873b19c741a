import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api-client';

/** What a load has come to: still loading, the data, or the error it failed with. */
export type Loaded<D> =
  { state: 'loading' } | { state: 'ready'; data: D } | { state: 'failed'; error: unknown };

/** The last good answer, and the error of the latest load when it failed. */
interface LoadState<D> {
  done: boolean;
  data?: D;
  error?: unknown;
}

/**
 * The tab's one data-loading hook: loads `load()` on mount and on `reload()`, and every
 * `refreshMs` when given. A refresh keeps the data shown until the new one arrives; a failed
 * one keeps the last good `data` beside its `error`. `load` must be memoized.
 */
export function useLoad<D>(load: () => Promise<D>, refreshMs?: number) {
  const [state, setState] = useState<LoadState<D>>({ done: false });
  const reload = useCallback(async () => {
    try {
      const data = await load();
      setState({ done: true, data });
    } catch (error: unknown) {
      setState((before) => ({ done: true, data: before.data, error }));
    }
  }, [load]);
  useEffect(() => {
    void reload();
    if (!refreshMs) return undefined;
    const timer = setInterval(() => void reload(), refreshMs);
    return () => clearInterval(timer);
  }, [reload, refreshMs]);
  const setData = useCallback((data: D) => setState({ done: true, data }), []);
  return { loaded: loadedOf(state), data: state.data, error: state.error, setData, reload };
}

function loadedOf<D>(state: LoadState<D>): Loaded<D> {
  if (!state.done) return { state: 'loading' };
  if (state.error !== undefined || state.data === undefined) {
    return { state: 'failed', error: state.error };
  }
  return { state: 'ready', data: state.data };
}

/** The catalog code of a refusal, if the failure was one. */
export function refusalCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}

/** The service's own text for a refusal, else `fallback`; undefined when nothing failed. */
export function failureText(error: unknown, fallback: string): string | undefined {
  if (error === undefined) return undefined;
  return error instanceof ApiError ? error.message : fallback;
}

/** The viewer's IANA time zone, as the browser (or the Teams client around it) reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
