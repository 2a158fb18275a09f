// Configuration: reading a config file's text (JSON, JSONC or YAML), checking
// it against the rule registry, and resolving per-rule severity and options.
// Pure: the caller finds and reads the file. Every problem names the file, the
// key and what was expected; whatever is wrong falls back to the default.
import * as jsonc from 'jsonc-parser';
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { isProfileSetting } from './profiles';
import { yamlRefusal } from './yaml-guard';
import { isSectionKind, type SectionKind } from './sections';
import type { Rule } from './rule';
import { SEVERITIES, type OptionSchema, type Profile, type ProfileSetting, type Severity, type SeveritySetting, type Span } from './types';
import { SHOW_CHOICES, type Show } from './visibility';

export const CONFIG_FILE_NAMES = ['.strategy-lint.json', '.strategy-lint.jsonc', '.strategy-lint.yaml', '.strategy-lint.yml'] as const;

export interface ConfigProblem {
  /** The config file's name or path, as the caller gave it. */
  file: string;
  /** The key, as a dotted path (`rules.time-horizon.maxYears`); '' for the whole file. */
  key: string;
  /** A full sentence naming the file, the key and what was expected. */
  message: string;
  /** Where in the config text, when known. */
  span?: Span;
}

export interface RuleSetting {
  severity: SeveritySetting;
  /** Only the options the user set; `effectiveOptions` lays them over the profile's defaults. */
  options: Record<string, unknown>;
}

/** A resolved configuration: every registered rule has a setting. */
export interface Config {
  /** The profile to read with; `auto` (the default) chooses it from the document's vocabulary (see `chooseProfile`). */
  profile: ProfileSetting;
  /** Which setting chose the profile (the config file's name, `--profile`, an editor setting), when one did. */
  profileFrom?: string;
  rules: Record<string, RuleSetting>;
  /** Extra heading synonyms per section kind. */
  sections: Partial<Record<SectionKind, string[]>>;
  /** Abbreviations the reader is taken to know (in addition to the profile's). */
  acronyms: string[];
  /** Largest document (in characters) that gets every rule; past it only cheap rules run. */
  maxDocumentSize: number;
  /** Which findings front ends show: strategy issues only, or writing findings too (see `visibleFindings`). */
  show: Show;
  /** The least severe finding front ends show. */
  minSeverity: Severity;
}

/** What the user wrote, before resolution: the shape of the config file. */
export interface ConfigInput {
  profile?: ProfileSetting;
  rules?: Record<string, SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>)>;
  sections?: Partial<Record<SectionKind, string[]>>;
  acronyms?: string[];
  maxDocumentSize?: number;
  show?: Show;
  minSeverity?: Severity;
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
const TOP_KEYS = ['$schema', 'profile', 'rules', 'sections', 'acronyms', 'maxDocumentSize', 'show', 'minSeverity'];
export const DEFAULT_MAX_DOCUMENT_SIZE = 500_000;
const MAX_LIST_ENTRIES = 10_000;
const MAX_ENTRY_LENGTH = 200;
/** Extra heading phrases: at most this many for one kind of section, and in all. Each is tried on every heading. */
export const MAX_SECTION_PHRASES = 100;
export const MAX_SECTION_PHRASES_IN_ALL = 200;
/** Words a heading phrase may have, and of those, how many may be a lone `*` (any one word). */
export const MAX_PHRASE_WORDS = 12;
export const MAX_PHRASE_WILDCARDS = 2;

const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * A value from a config file or the settings as a short quoted excerpt: at most `max`
 * characters (then "…"), with line breaks, control and invisible characters escaped, so a
 * message can never carry a whole file, a second line or text that reads differently.
 */
export function quote(value: string, max = 40): string {
  const chars = Array.from(value.length > max * 2 + 2 ? value.slice(0, max * 2 + 2) : value);
  const short = chars.length > max ? chars.slice(0, max).join('') + '…' : value;
  return JSON.stringify(short).replace(INVISIBLE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

export interface ParsedConfigText {
  value: unknown;
  problems: ConfigProblem[];
  /** Finds the span of a key path in the text, for diagnostics on the config file. */
  locate(path: Array<string | number>): Span | undefined;
}

/** Parse a config file's text. JSON and JSONC allow comments and trailing commas; `.yaml`/`.yml` is YAML. */
export function parseConfigText(text: string, file: string): ParsedConfigText {
  try {
    return /\.ya?ml$/i.test(file) ? parseYamlConfig(text, file) : parseJsonConfig(text, file);
  } catch (e) {
    // Both parsers recurse: thousands of nested brackets overflow the stack.
    const why = e instanceof RangeError ? 'it is nested too deeply to read' : `it cannot be read (${(e as Error).message})`;
    return { value: undefined, problems: [{ file, key: '', message: `${file}: ${why}. Using the default settings.` }], locate: () => undefined };
  }
}

function parseJsonConfig(text: string, file: string): ParsedConfigText {
  const errors: jsonc.ParseError[] = [];
  const tree = jsonc.parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const locate = (path: Array<string | number>): Span | undefined => {
    if (!tree) return undefined;
    for (let p = path; p.length >= 0; p = p.slice(0, -1)) {
      const node = jsonc.findNodeAtLocation(tree, p);
      if (node) {
        const target = node.parent?.type === 'property' && p.length ? node.parent : node;
        return { start: target.offset, end: target.offset + target.length };
      }
      if (p.length === 0) break;
    }
    return undefined;
  };
  if (errors.length) {
    const e = errors[0];
    const { line, col } = lineCol(text, e.offset);
    return {
      value: undefined,
      problems: [
        {
          file,
          key: '',
          message: `${file}: not valid JSON at line ${line}, column ${col}: ${JSON_ERRORS[jsonc.printParseErrorCode(e.error)] ?? 'unexpected text'}. Using the default settings.`,
          span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
        },
      ],
      locate,
    };
  }
  return { value: tree ? jsonc.getNodeValue(tree) : {}, problems: [], locate };
}

/** jsonc-parser's error codes in words a person editing the file understands. */
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this number is not written correctly',
  PropertyNameExpected: 'expected a setting name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon (:) after the setting name',
  CommaExpected: 'expected a comma between settings',
  CloseBraceExpected: 'expected a closing }',
  CloseBracketExpected: 'expected a closing ]',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'a comment is not closed',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a piece of text in quotes is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after a backslash',
  InvalidCharacter: 'a character that must be escaped inside quotes',
};

function parseYamlConfig(text: string, file: string): ParsedConfigText {
  const refused = yamlRefusal(text);
  if (refused) return { value: undefined, problems: [{ file, key: '', message: `${file}: ${refused}. Using the default settings.` }], locate: () => undefined };
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const locate = (path: Array<string | number>): Span | undefined => {
    for (let p = path; ; p = p.slice(0, -1)) {
      // Point at the whole `key: value` pair, as for JSON, so the key itself is marked.
      if (p.length) {
        const parent = p.length > 1 ? doc.getIn(p.slice(0, -1), true) : doc.contents;
        if (isMap(parent)) {
          const last = p[p.length - 1];
          const pair = parent.items.find((it) => (isScalar(it.key) ? it.key.value : it.key) === last);
          const k = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
          const v = (pair?.value as { range?: [number, number, number] } | undefined)?.range;
          if (k) return { start: k[0], end: (v ?? k)[1] };
        }
      }
      const node = p.length ? (doc.getIn(p, true) as YamlNode | undefined) : (doc.contents as YamlNode | null);
      if (node && (node as { range?: [number, number, number] }).range) {
        const r = (node as { range: [number, number, number] }).range;
        return { start: r[0], end: r[1] };
      }
      if (p.length === 0) return undefined;
    }
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    const { line, col } = lineCol(text, e.pos[0]);
    return {
      value: undefined,
      problems: [{ file, key: '', message: `${file}: not valid YAML at line ${line}, column ${col}: ${e.message.split('\n')[0]}. Using the default settings.`, span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) } }],
      locate,
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    return { value: undefined, problems: [{ file, key: '', message: `${file}: ${(err as Error).message}. Using the default settings.` }], locate };
  }
  return { value: value ?? {}, problems: [], locate };
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return { line, col: offset - last };
}

/** The settings every rule gets when nothing is configured. */
export function defaultConfig(rules: readonly Rule[], profile: ProfileSetting = 'auto'): Config {
  const out: Config = { profile, rules: {}, sections: {}, acronyms: [], maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE, show: 'everything', minSeverity: 'hint' };
  for (const r of rules) out.rules[r.meta.id] = { severity: r.meta.defaultSeverity, options: {} };
  return out;
}

/** A rule's options as it runs: the profile's defaults with the user's settings on top. */
export function effectiveOptions(rule: Rule, config: Config, profile: Profile = config.profile === 'auto' ? 'nhs' : config.profile): Record<string, unknown> {
  return { ...defaultOptions(rule, profile), ...(config.rules[rule.meta.id]?.options ?? {}) };
}

/** A rule's option defaults under a profile (`auto`: the option schema's own defaults, which are the NHS profile's). */
export function defaultOptions(rule: Rule, profile: ProfileSetting): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(rule.meta.options as Record<string, { default: unknown }>)) o[k] = s.default;
  return profile === 'auto' ? o : { ...o, ...(rule.meta.profileDefaults?.[profile] ?? {}) };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function expected(s: OptionSchema): string {
  switch (s.type) {
    case 'integer':
    case 'number': {
      const what = s.type === 'integer' ? 'a whole number' : 'a number';
      if (s.minimum !== undefined && s.maximum !== undefined) return `${what} from ${s.minimum} to ${s.maximum}`;
      if (s.minimum !== undefined) return `${what} of at least ${s.minimum}`;
      if (s.maximum !== undefined) return `${what} of at most ${s.maximum}`;
      return what;
    }
    case 'boolean':
      return 'true or false';
    case 'string':
      return s.enum ? `one of ${s.enum.map((e) => `"${e}"`).join(', ')}` : 'a piece of text';
    case 'array':
      return `a list of text entries${s.maxItems ? ` (at most ${s.maxItems})` : ''}`;
  }
}

/** Check a value against an option schema; returns what was expected when it does not fit. */
export function checkOption(s: OptionSchema, v: unknown): string | undefined {
  switch (s.type) {
    case 'integer':
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || (s.type === 'integer' && !Number.isInteger(v))) return expected(s);
      if ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum)) return expected(s);
      return undefined;
    case 'boolean':
      return typeof v === 'boolean' ? undefined : expected(s);
    case 'string':
      return typeof v === 'string' && (!s.enum || s.enum.includes(v)) ? undefined : expected(s);
    case 'array':
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.length > MAX_ENTRY_LENGTH)) return `${expected(s)}, each under ${MAX_ENTRY_LENGTH} characters`;
      if (v.length > (s.maxItems ?? MAX_LIST_ENTRIES)) return expected({ ...s, maxItems: s.maxItems ?? MAX_LIST_ENTRIES });
      return undefined;
  }
}

export interface ResolvedConfig {
  config: Config;
  problems: ConfigProblem[];
}

/**
 * Check a parsed config value and resolve it over the defaults. Anything
 * invalid is reported and left at its default; everything valid applies.
 */
export function resolveConfig(
  value: unknown,
  file: string,
  rules: readonly Rule[],
  base?: Config,
): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const bad = (key: string, want: string, got: unknown, fallback = 'the default') =>
    problems.push({ file, key, message: `${file}: ${quote(key, 80)} should be ${want}, but is ${describe(got)}. Using ${fallback}.` });
  const byId = new Map(rules.map((r) => [r.meta.id, r]));

  if (value === undefined || value === null) value = {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    bad('', 'an object of settings', value, 'the default settings');
    value = {};
  }
  const input = value as Record<string, unknown>;
  for (const k of Object.keys(input)) {
    if (!TOP_KEYS.includes(k)) problems.push({ file, key: k, message: `${file}: unknown setting ${quote(k)}; expected one of ${TOP_KEYS.filter((t) => t !== '$schema').map((t) => `"${t}"`).join(', ')}.` });
  }
  let profile: ProfileSetting = base?.profile ?? 'auto';
  let profileFrom = base?.profileFrom;
  if (input.profile !== undefined) {
    if (isProfileSetting(input.profile)) {
      profile = input.profile;
      profileFrom = profile === 'auto' ? undefined : file;
    } else bad('profile', 'one of "auto", "nhs", "general"', input.profile, `"${profile}"`);
  }
  const out = base ? cloneConfig(base) : defaultConfig(rules, profile);
  out.profile = profile;
  if (profileFrom) out.profileFrom = profileFrom;
  else delete out.profileFrom;

  if (input.maxDocumentSize !== undefined) {
    const s: OptionSchema = { type: 'integer', minimum: 1000, maximum: 100_000_000, description: '' };
    const why = checkOption(s, input.maxDocumentSize);
    if (why) bad('maxDocumentSize', why, input.maxDocumentSize);
    else out.maxDocumentSize = input.maxDocumentSize as number;
  }

  if (input.show !== undefined) {
    if (typeof input.show === 'string' && (SHOW_CHOICES as readonly string[]).includes(input.show)) out.show = input.show as Show;
    else bad('show', `one of ${SHOW_CHOICES.map((c) => `"${c}"`).join(', ')}`, input.show);
  }

  if (input.minSeverity !== undefined) {
    if (typeof input.minSeverity === 'string' && (SEVERITIES as readonly string[]).includes(input.minSeverity)) out.minSeverity = input.minSeverity as Severity;
    else bad('minSeverity', `one of ${SEVERITIES.map((c) => `"${c}"`).join(', ')}`, input.minSeverity);
  }

  if (input.acronyms !== undefined) {
    const why = checkOption({ type: 'array', items: { type: 'string' }, description: '' }, input.acronyms);
    if (why) bad('acronyms', why, input.acronyms);
    else out.acronyms = [...out.acronyms, ...(input.acronyms as string[])];
  }

  if (input.sections !== undefined) {
    if (!input.sections || typeof input.sections !== 'object' || Array.isArray(input.sections)) bad('sections', 'an object of section kinds to lists of heading phrases', input.sections);
    else {
      let extraPhrases = Object.values(out.sections).reduce((n, l) => n + (l?.length ?? 0), 0);
      for (const [kind, list] of Object.entries(input.sections as Record<string, unknown>)) {
        const key = `sections.${kind}`;
        if (!isSectionKind(kind)) {
          problems.push({ file, key, message: `${file}: ${quote(key, 80)} is not a section kind; expected one of ${SECTION_KIND_LIST}.` });
          continue;
        }
        const why = checkOption({ type: 'array', items: { type: 'string' }, maxItems: MAX_SECTION_PHRASES, description: '' }, list);
        if (why) {
          bad(key, why, list);
          continue;
        }
        const phrases: string[] = [];
        for (const phrase of list as string[]) {
          const words = phrase.split(/\s+/).filter(Boolean);
          const wild = words.filter((w) => /^\*+$/.test(w)).length;
          if (words.length > MAX_PHRASE_WORDS || wild > MAX_PHRASE_WILDCARDS || (words.length > 0 && wild === words.length)) {
            problems.push({
              file,
              key,
              message: `${file}: the heading phrase ${quote(phrase)} in ${quote(key, 80)} is not used: a phrase may have at most ${MAX_PHRASE_WORDS} words, at most ${MAX_PHRASE_WILDCARDS} of them a lone "*", and at least one real word.`,
            });
            continue;
          }
          if (extraPhrases >= MAX_SECTION_PHRASES_IN_ALL) {
            problems.push({ file, key, message: `${file}: ${quote(key, 80)}: more than ${MAX_SECTION_PHRASES_IN_ALL} extra heading phrases in all, the most "sections" may add (each is tried on every heading); the rest are not used.` });
            break;
          }
          extraPhrases++;
          phrases.push(phrase);
        }
        out.sections[kind] = [...(out.sections[kind] ?? []), ...phrases];
      }
    }
  }

  if (input.rules !== undefined) {
    if (!input.rules || typeof input.rules !== 'object' || Array.isArray(input.rules)) bad('rules', 'an object of rule ids to settings', input.rules);
    else {
      for (const [id, setting] of Object.entries(input.rules as Record<string, unknown>)) {
        const key = `rules.${id}`;
        const rule = byId.get(id);
        if (!rule) {
          problems.push({ file, key, message: `${file}: ${quote(key, 80)}: there is no rule ${quote(id)}${suggest(id, [...byId.keys()])}.` });
          continue;
        }
        const current = out.rules[id];
        if (typeof setting === 'string') {
          if ((SEVERITY_SETTINGS as readonly string[]).includes(setting)) current.severity = setting as SeveritySetting;
          else bad(key, `one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, or an object with "severity" and options`, setting);
          continue;
        }
        if (typeof setting === 'boolean') {
          current.severity = setting ? rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity : 'off';
          continue;
        }
        if (!setting || typeof setting !== 'object' || Array.isArray(setting)) {
          bad(key, `one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}, or an object with "severity" and options`, setting);
          continue;
        }
        const schema = rule.meta.options as Record<string, OptionSchema>;
        for (const [opt, v] of Object.entries(setting as Record<string, unknown>)) {
          const okey = `${key}.${opt}`;
          if (opt === 'severity') {
            if ((SEVERITY_SETTINGS as readonly string[]).includes(v as string)) current.severity = v as SeveritySetting;
            else bad(okey, `one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}`, v);
            continue;
          }
          // Own options only: "constructor", "toString" or "__proto__" are not options of any rule.
          const s = Object.hasOwn(schema, opt) ? schema[opt] : undefined;
          if (!s) {
            const names = Object.keys(schema);
            problems.push({ file, key: okey, message: `${file}: ${quote(okey, 80)}: rule "${id}" has no option ${quote(opt)}; ${names.length ? `its options are ${names.map((n) => `"${n}"`).join(', ')}` : 'it takes no options'}.` });
            continue;
          }
          const why = checkOption(s, v);
          if (why) bad(okey, why, v, `${Object.hasOwn(current.options, opt) ? 'the earlier setting' : 'the default'} (${JSON.stringify({ ...defaultOptions(rule, profile), ...current.options }[opt])})`);
          else current.options[opt] = v;
        }
      }
    }
  }
  return { config: out, problems };
}

const SECTION_KIND_LIST = '"summary", "vision", "current-state", "delivered", "users", "alignment", "outcomes", "priorities", "not-doing", "resources", "ownership", "review", "communication", "glossary"';

function suggest(id: string, ids: string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const c of ids) {
    const d = editDistance(id, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= Math.max(2, id.length / 4) ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export function cloneConfig(c: Config): Config {
  return {
    profile: c.profile,
    ...(c.profileFrom ? { profileFrom: c.profileFrom } : {}),
    rules: Object.fromEntries(Object.entries(c.rules).map(([k, v]) => [k, { severity: v.severity, options: { ...v.options } }])),
    sections: Object.fromEntries(Object.entries(c.sections).map(([k, v]) => [k, [...(v ?? [])]])),
    acronyms: [...c.acronyms],
    maxDocumentSize: c.maxDocumentSize,
    show: c.show,
    minSeverity: c.minSeverity,
  };
}

/** Read, check and resolve a config file's text in one step. */
export function loadConfigText(text: string, file: string, rules: readonly Rule[]): ResolvedConfig & { locate: ParsedConfigText['locate'] } {
  const parsed = parseConfigText(text, file);
  if (parsed.problems.length) return { config: defaultConfig(rules), problems: parsed.problems, locate: parsed.locate };
  const resolved = resolveConfig(parsed.value, file, rules);
  for (const p of resolved.problems) p.span ??= parsed.locate(p.key ? splitKey(p.key) : []);
  return { ...resolved, locate: parsed.locate };
}

/** `rules.time-horizon.maxYears` → `['rules', 'time-horizon', 'maxYears']` (rule ids contain no dots). */
export function splitKey(key: string): string[] {
  return key.split('.');
}

export { SEVERITY_SETTINGS };
