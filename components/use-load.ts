// The one data-loading hook of the UI: runs `load` when `deps` change, drops answers that arrive after a newer
// request (a fast typist must not see an older search's results), keeps the last data while reloading.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from './format';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface Loaded<T> {
  status: LoadStatus;
  data: T | null;
  error: string | null;
  reload: () => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: ReadonlyArray<unknown>): Loaded<T> {
  const [state, setState] = useState<{ status: LoadStatus; data: T | null; error: string | null }>({
    status: 'loading', data: null, error: null,
  });
  const [nonce, setNonce] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, status: 'loading', error: null }));
    load().then(
      (data) => { if (ticket === latest.current) setState({ status: 'ready', data, error: null }); },
      (e: unknown) => {
        if (ticket === latest.current) setState((s) => ({ status: 'error', data: s.data, error: errorText(e) }));
      },
    );
    // `load` is a fresh closure every render; its inputs are exactly `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

/** `value`, but only once it has stopped changing for `ms` (search as you type without a request per key). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
