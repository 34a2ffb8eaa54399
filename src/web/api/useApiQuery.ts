import { useCallback, useEffect, useState } from 'react';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again, keeping the current data on screen until the new answer arrives. */
  reload: () => void;
}

interface Settled<T> {
  load: (signal: AbortSignal) => Promise<T>;
  refreshKey: unknown;
  round: number;
  data: T | undefined;
  error: unknown;
}

/**
 * Runs `load` (memoize it with useCallback) and re-runs it whenever it or `refreshKey` changes;
 * the key is for data that goes stale when something else changes (a parent's counts, say).
 * A superseded request is aborted, so a slow old answer never overwrites a newer one.
 */
export function useApiQuery<T>(load: (signal: AbortSignal) => Promise<T>, refreshKey?: unknown): ApiQuery<T> {
  const [round, setRound] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setSettled({ load, refreshKey, round, data, error: undefined }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled((prev) => ({ load, refreshKey, round, data: prev?.data, error }));
      },
    );
    return () => controller.abort();
  }, [load, refreshKey, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  // Loading is derived rather than stored: the answer on screen is stale until it belongs to this load and round.
  const loading = settled === undefined || settled.load !== load || !Object.is(settled.refreshKey, refreshKey) || settled.round !== round;
  return { data: settled?.data, error: settled?.error, loading, reload };
}
