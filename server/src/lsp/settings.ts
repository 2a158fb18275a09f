// Editor settings (`strategyLint.*`) and which documents are strategies.
// Settings are read per resource and laid over the config file found for the
// document; problems in them are reported, never fatal.
import { parse as parseYaml } from 'yaml';

export interface Settings {
  /** Per-rule severity or options object, as in the config file's "rules". */
  rules: Record<string, unknown>;
  profile?: 'nhs' | 'general';
  /** Globs (matched case-insensitively against the path) of Markdown files to check. */
  files: string[];
  /** Milliseconds to wait after a change before analysing again. */
  debounce: number;
  maxDocumentSize?: number;
  /** What was wrong with the settings, in sentences for the user; the defaults stand in for those parts. */
  problems: string[];
  /** Strategy issues only, or writing findings too (the stricter of this and the config file's wins). */
  show: 'strategy' | 'everything';
  /** The least severe findings shown (the stricter of this and the config file's wins). */
  minSeverity: 'error' | 'warning' | 'info' | 'hint';
  /** When to check: as you type, when the document is saved, or only when asked. */
  run: 'onType' | 'onSave' | 'onRequest';
  /** Hold back new findings on the sentence being typed until it is finished or the cursor leaves it. */
  focusMode: boolean;
}

export const RUN_CHOICES = ['onType', 'onSave', 'onRequest'] as const;
const SEVERITY_CHOICES = ['error', 'warning', 'info', 'hint'] as const;
const pick = <T extends string>(v: unknown, choices: readonly T[], fallback: T): T => (typeof v === 'string' && (choices as readonly string[]).includes(v) ? (v as T) : fallback);

export const DEFAULT_FILES = ['**/*strategy*.{md,markdown}', '**/{strategy,strategies}/**/*.{md,markdown}'];
export const DEFAULT_DEBOUNCE = 150;

/** Turn whatever the client sent into settings; anything malformed falls back to its default. */
export function normaliseSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, unknown> = {};
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    // Unset per-rule settings arrive as null or "default": they mean "as the config file says".
    // Defined, not assigned, so that a rule named "__proto__" stays a key (and is reported as unknown) instead of replacing the prototype.
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (v !== null && v !== undefined && v !== 'default') Object.defineProperty(rules, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  let files = Array.isArray(r.files) && r.files.every((f) => typeof f === 'string') ? (r.files as string[]) : DEFAULT_FILES;
  const problems: string[] = [];
  const filesWrong = filesProblem(files);
  if (filesWrong) {
    problems.push(filesWrong);
    files = DEFAULT_FILES;
  }
  const debounce = typeof r.debounce === 'number' && Number.isFinite(r.debounce) ? Math.min(Math.max(0, r.debounce), 10_000) : DEFAULT_DEBOUNCE;
  return {
    rules,
    profile: r.profile === 'nhs' || r.profile === 'general' ? r.profile : undefined,
    files,
    debounce,
    maxDocumentSize: typeof r.maxDocumentSize === 'number' && r.maxDocumentSize > 0 ? r.maxDocumentSize : undefined,
    problems,
    show: pick(r.show, ['strategy', 'everything'] as const, 'everything'),
    minSeverity: pick(r.minimumSeverity, SEVERITY_CHOICES, 'hint'),
    run: pick(r.run, RUN_CHOICES, 'onType'),
    focusMode: typeof r.focusMode === 'boolean' ? r.focusMode : true,
  };
}

/** Longest glob, and most globs, taken from `strategyLint.files`; past either, the setting is reported and the defaults used. */
export const MAX_GLOB_LENGTH = 500;
export const MAX_GLOBS = 100;

/** Why a `strategyLint.files` value is not used, or undefined when it is fine. */
export function filesProblem(files: readonly string[]): string | undefined {
  if (files.length > MAX_GLOBS) return `"strategyLint.files" has ${files.length} patterns, more than the ${MAX_GLOBS} allowed; using the default patterns.`;
  const long = files.find((g) => g.length > MAX_GLOB_LENGTH);
  if (long !== undefined) return `"strategyLint.files" has a pattern of ${long.length} characters, more than the ${MAX_GLOB_LENGTH} allowed; using the default patterns.`;
  return undefined;
}

// A glob is matched by walking a small automaton over the path, one character at a time,
// keeping every state the pattern could be in: the work is the path's length times the
// pattern's, whatever the pattern. (A regular expression backtracks: `**a**a**a…**b` took
// minutes on one path, in a workspace's settings.)
type Pred = (c: string) => boolean;
interface State {
  /** A character test leading to `next`; or, with no test, epsilon moves to `next` (or the match when empty and `end`). */
  test?: Pred;
  next: number[];
  end?: boolean;
}

interface Glob {
  states: State[];
  start: number;
}

type Item = { kind: 'char'; test: Pred } | { kind: 'star' | 'globstar' | 'globstar-slash' } | { kind: 'alt'; alts: Item[][] };

const NOT_SLASH: Pred = (c) => c !== '/';
const ANY: Pred = () => true;

function parseGlob(glob: string): Item[] {
  // Braces nest; an unmatched "}" is a character; an unclosed "{" closes at the end (as the old regular expression did).
  const root: Item[][] = [[]];
  const stack: Item[][][] = [root];
  const cur = () => {
    const alts = stack[stack.length - 1];
    return alts[alts.length - 1];
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        if (glob[i + 2] === '/') {
          cur().push({ kind: 'globstar-slash' });
          i += 2;
        } else {
          cur().push({ kind: 'globstar' });
          i += 1;
        }
      } else cur().push({ kind: 'star' });
    } else if (c === '?') cur().push({ kind: 'char', test: NOT_SLASH });
    else if (c === '{') {
      const alts: Item[][] = [[]];
      cur().push({ kind: 'alt', alts });
      stack.push(alts);
    } else if (c === '}' && stack.length > 1) stack.pop();
    else if (c === ',' && stack.length > 1) stack[stack.length - 1].push([]);
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) cur().push({ kind: 'char', test: (x) => x === '[' });
      else {
        cur().push({ kind: 'char', test: classTest(glob.slice(i + 1, close)) });
        i = close;
      }
    } else {
      const lower = c.toLowerCase();
      cur().push({ kind: 'char', test: (x) => x === lower });
    }
  }
  return root[0];
}

/** A `[...]` class: `!` or `^` first negates; `a-z` is a range; compared case-insensitively. */
function classTest(body: string): Pred {
  const neg = body.startsWith('!') || body.startsWith('^');
  const chars = [...(neg ? body.slice(1) : body)];
  const ranges: Array<[string, string]> = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      ranges.push([chars[i], chars[i + 2]]);
      i += 2;
    } else ranges.push([chars[i], chars[i]]);
  }
  const inSet = (x: string) => ranges.some(([a, b]) => x >= a && x <= b);
  return (x) => (inSet(x) || inSet(x.toUpperCase()) || inSet(x.toLowerCase())) !== neg;
}

function compileGlob(glob: string): Glob {
  const states: State[] = [{ next: [], end: true }];
  const add = (st: State) => states.push(st) - 1;
  const loop = (test: Pred, next: number) => {
    const l = add({ next: [] });
    const step = add({ test, next: [l] });
    states[l].next = [step, next];
    return l;
  };
  const seq = (items: Item[], next: number): number => {
    for (let i = items.length - 1; i >= 0; i--) next = item(items[i], next);
    return next;
  };
  const item = (it: Item, next: number): number => {
    switch (it.kind) {
      case 'char':
        return add({ test: it.test, next: [next] });
      case 'star':
        return loop(NOT_SLASH, next);
      case 'globstar':
        return loop(ANY, next);
      case 'globstar-slash': {
        // No folder, or any number of them: (?:[^/]*/)*
        const l = add({ next: [] });
        const slash = add({ test: (c) => c === '/', next: [l] });
        states[l].next = [loop(NOT_SLASH, slash), next];
        return l;
      }
      case 'alt':
        return add({ next: it.alts.map((a) => seq(a, next)) });
    }
  };
  return { states, start: seq(parseGlob(glob), 0) };
}

function globMatches(g: Glob, path: string): boolean {
  const { states } = g;
  let current: number[] = [];
  let mark = new Int32Array(states.length).fill(-1);
  let round = 0;
  const close = (from: number, into: number[]) => {
    const stack = [from];
    while (stack.length) {
      const s = stack.pop()!;
      if (mark[s] === round) continue;
      mark[s] = round;
      const st = states[s];
      if (st.test || st.end) into.push(s);
      else for (let k = st.next.length - 1; k >= 0; k--) stack.push(st.next[k]);
    }
  };
  close(g.start, current);
  for (let i = 0; i < path.length && current.length; i++) {
    const c = path[i].toLowerCase();
    const next: number[] = [];
    round++;
    if (round === 0x7fffffff) {
      mark = new Int32Array(states.length).fill(-1);
      round = 0;
    }
    for (const s of current) {
      const st = states[s];
      if (st.test && st.test(c)) close(st.next[0], next);
    }
    current = next;
  }
  return current.some((s) => states[s].end);
}

const globCache = new Map<string, Glob>();

function compiled(glob: string): Glob {
  let g = globCache.get(glob);
  if (!g) {
    if (globCache.size > 200) globCache.clear();
    globCache.set(glob, (g = compileGlob(glob)));
  }
  return g;
}

/**
 * Whether a glob matches a `/`-separated path, case-insensitively: `**` any folders, `*` and
 * `?` within one name, `{a,b}` alternatives, `[...]` classes.
 */
export function globMatch(glob: string, path: string): boolean {
  return globMatches(compiled(glob), path);
}

/** Whether a path (relative to its workspace folder, or absolute) matches any glob. A glob without `/` matches the file name anywhere. */
export function matchesFiles(path: string, globs: readonly string[]): boolean {
  if (filesProblem(globs)) globs = DEFAULT_FILES;
  // Asked on every analysis of a document: the answer holds until the path or the globs change.
  const key = `${path}\u0000${globs.join('\u0000')}`;
  let yes = matchMemo.get(key);
  if (yes === undefined) {
    const p = path.replace(/\\/g, '/');
    const name = p.slice(p.lastIndexOf('/') + 1);
    yes = globs.some((g) => {
      if (!g.includes('/')) return globMatch(g, name);
      return globMatch(g, p) || globMatch(g, p.replace(/^\/+/, ''));
    });
    if (matchMemo.size >= 500) matchMemo.clear();
    matchMemo.set(key, yes);
  }
  return yes;
}

const matchMemo = new Map<string, boolean>();

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Whether the document's YAML front matter says `type: strategy`. */
export function frontMatterSaysStrategy(text: string): boolean {
  const m = FRONT_MATTER.exec(text.length > 20_000 ? text.slice(0, 20_000) : text);
  if (!m || !/\btype\s*:/.test(m[1])) return false;
  try {
    const data: unknown = parseYaml(m[1]);
    return !!data && typeof data === 'object' && String((data as Record<string, unknown>).type).toLowerCase() === 'strategy';
  } catch {
    return false;
  }
}
