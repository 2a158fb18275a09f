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
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) if (v !== null && v !== undefined && v !== 'default') rules[k] = v;
  }
  const files = Array.isArray(r.files) && r.files.every((f) => typeof f === 'string') ? (r.files as string[]) : DEFAULT_FILES;
  const debounce = typeof r.debounce === 'number' && Number.isFinite(r.debounce) ? Math.min(Math.max(0, r.debounce), 10_000) : DEFAULT_DEBOUNCE;
  return {
    rules,
    profile: r.profile === 'nhs' || r.profile === 'general' ? r.profile : undefined,
    files,
    debounce,
    maxDocumentSize: typeof r.maxDocumentSize === 'number' && r.maxDocumentSize > 0 ? r.maxDocumentSize : undefined,
    show: pick(r.show, ['strategy', 'everything'] as const, 'everything'),
    minSeverity: pick(r.minimumSeverity, SEVERITY_CHOICES, 'hint'),
    run: pick(r.run, RUN_CHOICES, 'onType'),
    focusMode: typeof r.focusMode === 'boolean' ? r.focusMode : true,
  };
}

const globCache = new Map<string, RegExp>();

/**
 * A glob as a regular expression over `/`-separated paths: `**` any folders,
 * `*` and `?` within one name, `{a,b}` alternatives, `[...]` classes.
 */
export function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (re) return re;
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches no folder or any number of them.
        if (glob[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  while (depth-- > 0) out += ')';
  re = new RegExp(`^${out}$`, 'i');
  if (globCache.size > 200) globCache.clear();
  globCache.set(glob, re);
  return re;
}

/** Whether a path (relative to its workspace folder, or absolute) matches any glob. A glob without `/` matches the file name anywhere. */
export function matchesFiles(path: string, globs: readonly string[]): boolean {
  const p = path.replace(/\\/g, '/');
  const name = p.slice(p.lastIndexOf('/') + 1);
  return globs.some((g) => {
    const re = globToRegExp(g);
    if (!g.includes('/')) return re.test(name);
    return re.test(p) || re.test(p.replace(/^\/+/, ''));
  });
}

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
