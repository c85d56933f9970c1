import { useEffect, useState } from 'react';
import { ApiError } from '../api.js';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** Run `load` whenever `key` changes; earlier requests are aborted. */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: key !== null });
  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load(ctl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (e: unknown) => {
        if ((e as Error).name === 'AbortError') return;
        setState({ data: null, error: e instanceof ApiError ? e : new ApiError('E_UI', String(e), 0), loading: false });
      },
    );
    return () => ctl.abort();
  }, [key]);
  return state;
}
