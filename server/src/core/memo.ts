// Memoisation of pure per-text helpers (horizons, measures, dates), so that
// re-analysing after an edit re-runs them only on sentences that changed.
// Invariant: `fn` must be pure in its string argument; results are shared, so
// arrays and objects returned are frozen.

/** Wrap a pure function of a string with a bounded cache (cleared wholesale when full, which is always safe). */
export function memoText<T>(fn: (text: string) => T, max = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      if (cache.size >= max) cache.clear();
      v = fn(text);
      if (v && typeof v === 'object') deepFreeze(v);
      cache.set(text, v);
    }
    return v as T;
  };
}

function deepFreeze(v: object): void {
  Object.freeze(v);
  for (const x of Object.values(v)) if (x && typeof x === 'object' && !Object.isFrozen(x)) deepFreeze(x);
}
