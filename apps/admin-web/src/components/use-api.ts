import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';

export interface Loaded<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
  reload(): void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'network', String(error), null);
}

/** Loads data for a screen; reloads when `deps` change; keeps the last data while reloading. */
export function useApi<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again.
  useEffect(() => {
    let current = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(asApiError(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, reload };
}

/** Runs a change (a POST, PUT...) with its own pending state and error. */
export function useAction<A extends unknown[], T>(
  run: (...args: A) => Promise<T>,
): { run: (...args: A) => Promise<T | undefined>; pending: boolean; error: ApiError | null; clear(): void } {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const wrapped = async (...args: A) => {
    setPending(true);
    setError(null);
    try {
      return await run(...args);
    } catch (failure) {
      setError(asApiError(failure));
      return undefined;
    } finally {
      setPending(false);
    }
  };
  return { run: wrapped, pending, error, clear: () => setError(null) };
}
