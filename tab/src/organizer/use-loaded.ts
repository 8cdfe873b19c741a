import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';

/**
 * Loads something from the service at once and on `reload()`; keeps the last good answer and
 * the refusal's text (or `failedText`) when a load fails. `load` must be memoized.
 */
export function useLoaded<R>(load: () => Promise<R>, failedText: string) {
  const [data, setData] = useState<R>();
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(undefined);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : failedText);
    }
  }, [load, failedText]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, setData, error, reload };
}
