// Memoisation of pure per-text helpers (horizons, measures, dates), so that
// re-analysing after an edit re-runs them only on sentences that changed.
// Invariant: `fn` must be pure in its string argument; results are shared, so
// no caller may change them (the test run freezes them to prove it: see `share`).

const ALL = new Set<Map<string, unknown>>();
const EMPTY: readonly never[] = Object.freeze([]);
const NONE: unique symbol = Symbol('none');

/** Forget every memoised result (the benchmark does this to time a truly cold analysis). */
export function resetMemos(): void {
  for (const m of ALL) m.clear();
}

/** Wrap a pure function of a string with a bounded cache (cleared wholesale when full, which is always safe). */
export function memoText<T>(fn: (text: string) => T, max = 4000): (text: string) => T {
  // An undefined result is kept as NONE, so that a miss costs one lookup, not two.
  const cache = new Map<string, T | typeof NONE>();
  ALL.add(cache as Map<string, unknown>);
  return (text: string): T => {
    const known = cache.get(text);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    if (cache.size >= max) cache.clear();
    let v = fn(text);
    // Most sentences match nothing: share one empty array rather than keep thousands.
    if (Array.isArray(v) && v.length === 0) v = EMPTY as T;
    else share(v);
    cache.set(text, v === undefined ? NONE : v);
    return v;
  };
}

// A global, not a module variable: each test file is bundled with its own copy of the core.
const FREEZE = Symbol.for('strategy-lint.freeze-shared-values');
const flags = globalThis as { [FREEZE]?: boolean };

/**
 * Freeze every shared value from now on: memoised results, rules' options and chunk scans. The
 * tests and the fuzzer turn this on, so that a rule that changes a value other analyses share
 * fails there (the change throws, or does not stick). In use it stays off: freezing every
 * result cost about a tenth of the rules' time in a cold analysis, for a mistake the tests
 * already catch.
 */
export function freezeSharedValues(on: boolean): void {
  flags[FREEZE] = on;
}

/** Mark a value as shared between analyses (frozen, deeply, when `freezeSharedValues` is on). */
export function share<T>(v: T): T {
  if (flags[FREEZE] && v && typeof v === 'object') deepFreeze(v);
  return v;
}

function deepFreeze(v: object): void {
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
