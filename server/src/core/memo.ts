// Memoisation of pure per-text helpers (horizons, measures, dates), so that
// re-analysing after an edit re-runs them only on sentences that changed.
// Invariant: `fn` must be pure in its string argument; results are shared, so
// arrays and objects returned are frozen.

const ALL = new Set<Map<string, unknown>>();
const EMPTY: readonly never[] = Object.freeze([]);

/** Forget every memoised result (the benchmark does this to time a truly cold analysis). */
export function resetMemos(): void {
  for (const m of ALL) m.clear();
}

/** Wrap a pure function of a string with a bounded cache (cleared wholesale when full, which is always safe). */
export function memoText<T>(fn: (text: string) => T, max = 4000): (text: string) => T {
  const cache = new Map<string, T>();
  ALL.add(cache);
  return (text: string): T => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      if (cache.size >= max) cache.clear();
      v = fn(text);
      // Most sentences match nothing: share one empty array rather than keep thousands.
      if (Array.isArray(v) && v.length === 0) v = EMPTY as T;
      else if (v && typeof v === 'object') deepFreeze(v);
      cache.set(text, v);
    }
    return v as T;
  };
}

export function deepFreeze(v: object): void {
  Object.freeze(v);
  for (const x of Object.values(v)) if (x && typeof x === 'object' && !Object.isFrozen(x)) deepFreeze(x);
}

/** Like `memoText`, for a pure function of a fixed key object (a compiled pattern, say) and a string. */
export function memoPer<K extends object, T>(fn: (key: K, text: string) => T, max = 4000): (key: K, text: string) => T {
  const caches = new WeakMap<K, (text: string) => T>();
  return (key: K, text: string): T => {
    let f = caches.get(key);
    if (!f) caches.set(key, (f = memoText((t) => fn(key, t), max)));
    return f(text);
  };
}
