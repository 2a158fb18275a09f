// The engine: builds the document model, runs every enabled rule, stamps id,
// severity and docs link on each finding, and drops what inline comments
// switch off. This is the core's one entry point for front ends.
import { defaultConfig, effectiveOptions, type Config } from './config';
import { parseDirectives, Suppressions, type Directive } from './directives';
import { strategyFacts, type StrategyFacts } from './facts';
import { share } from './memo';
import { buildDocSteps, emptyDoc, type ChunkCache, type Doc, type ModelOptions } from './model';
import { oversizeFinding } from './oversize';
import { chooseProfile, wordsFor, type ProfileChoice, type Words } from './profile-choice';
import { PROFILES, isProfile } from './profiles';
import type { Rule, RuleContext, ScanContext, Scanned } from './rule';
import { RULES, docsUrl } from './rules/index';
import { SECTION_KIND_INFO, SectionMatcher, type SectionKind } from './sections';
import { SEVERITY_RANK, type Finding, type Profile, type Severity, type Span, type TextEdit } from './types';

export interface AnalyzeOptions {
  /** Resolved configuration; defaults to every rule at its default. */
  config?: Config;
  /** "Today", for horizons measured from the present. Defaults to the current date. */
  now?: Date;
  /** Reuse the parse of unchanged chunks from the previous analysis of this document. */
  cache?: ChunkCache;
  /** The rules to run (defaults to the registry). */
  rules?: readonly Rule[];
  /** How the text is cut into chunks (for tests: the findings are the same however it is cut). */
  chunking?: Pick<ModelOptions, 'split' | 'cutAfter'>;
  /** Rethrow a rule's exception instead of recording it in `errors` (for tests). */
  throwOnRuleError?: boolean;
}

export interface Evidence {
  ruleId: string;
  span: Span;
  label: string;
}

export interface Analysis {
  /** Findings in document order, after inline comments are applied. */
  findings: Finding[];
  doc: Doc;
  profile: Profile;
  /** Why this profile: the setting or front matter that chose it, or the document's words (with the evidence). */
  profileChoice: ProfileChoice;
  /** The words messages use for the organisation and the people it serves (see `wordsFor`). */
  words: Words;
  directives: Directive[];
  /** Spans that answer a quality or board question, by the rule that found them. */
  evidence: Evidence[];
  /** Rules that threw: their findings are missing, the rest stand. */
  errors: Array<{ ruleId: string; message: string }>;
  /** What the document says about itself (title, year, period, horizon, owner, review), read once before the rules. */
  facts: StrategyFacts;
}

const matchers = new WeakMap<Config, SectionMatcher>();
/**
 * Each rule's options under a config and profile, and the key its scans are kept under, worked
 * out once per config rather than on every keystroke. The key is the same string object every
 * time, so looking it up in each chunk's results compares pointers, not long option lists.
 */
const setups = new WeakMap<Config, Map<string, { options: Record<string, unknown>; scanKey: string }>>();

function ruleSetup(config: Config, effective: Config, rule: Rule): { options: Record<string, unknown>; scanKey: string } {
  let perConfig = setups.get(config);
  if (!perConfig) setups.set(config, (perConfig = new Map()));
  const k = `${effective.profile}\0${rule.meta.id}`;
  let setup = perConfig.get(k);
  if (!setup) {
    // Shared by every analysis under this config, so no rule may change it.
    const options = share(effectiveOptions(rule, effective));
    setup = { options, scanKey: `${k}\0${config.acronyms.join('\0')}\0${JSON.stringify(options)}` };
    perConfig.set(k, setup);
  }
  return setup;
}

function scanChunks(rule: Rule, doc: Doc, sctx: ScanContext<unknown>, key: string, cache: ChunkCache | undefined): Array<Scanned<unknown>> {
  const scan = rule.scan!;
  const n = doc.chunks.length;
  // The same rule's results from the previous analysis of this document: while typing, every
  // chunk but one is the same model at the same index, so its result is found without a lookup.
  const last = cache?.scanRuns.get(key);
  const out = new Array<Scanned<unknown>>(n);
  for (let i = 0; i < n; i++) {
    const { chunk, offset, headingBase } = doc.chunks[i];
    const prev = last && last.chunks[i] === chunk ? last.scanned[i] : undefined;
    if (prev) {
      out[i] = prev.offset === offset && prev.headingBase === headingBase ? prev : { value: prev.value, offset, headingBase };
      continue;
    }
    // Kept with the chunk's model, so it lives as long as the chunk is cached.
    let value = chunk.scans.get(key);
    if (value === undefined && !chunk.scans.has(key)) {
      value = share(scan(chunk, sctx));
      chunk.scans.set(key, value);
    }
    out[i] = { value, offset, headingBase };
  }
  cache?.scanRuns.set(key, { chunks: cache.chunksOf(doc), scanned: out });
  return out;
}
let defaultCfg: Config | undefined;

/** Analyse a strategy's Markdown text. Pure: no I/O. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const steps = analysisSteps(text, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same analysis as `analyze`, in steps: it pauses after building the
 * model and after each rule, so that a server can yield to its event loop
 * between steps and drop a run that a newer edit has overtaken.
 */
export function* analysisSteps(text: string, opts: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const rules = opts.rules ?? RULES;
  const config = opts.config ?? (defaultCfg ??= defaultConfig(RULES));
  if (text.length > config.maxDocumentSize) {
    // Parsing megabytes on every keystroke would freeze the editor: report the size and stop.
    const sev = config.rules['document-too-large']?.severity ?? 'warning';
    const findings = sev === 'off' ? [] : [oversizeFinding(text, config.maxDocumentSize, sev, docsUrl('document-too-large'))];
    const doc = emptyDoc(text);
    const facts = strategyFacts(doc, opts.now ?? new Date());
    const choice = resolveProfile(doc, config, facts);
    return { findings, doc, profile: choice.profile, profileChoice: choice, words: wordsFor(choice.profile, choice), directives: [], evidence: [], errors: [], facts };
  }
  let matcher = matchers.get(config);
  if (!matcher) matchers.set(config, (matcher = new SectionMatcher(config.sections)));
  const doc = yield* buildDocSteps(text, { ...opts.chunking, matcher }, opts.cache);
  // The model's text: lone CRs read as LFs, so that every rule counts them as line breaks.
  const source = text;
  text = doc.text;
  // A fix whose text starts a line just after a lone CR would join it into one CRLF, one line
  // break where the rule counted two: an added CR keeps them two.
  const keepBreaks =
    source === text
      ? (e: TextEdit) => e.newText
      : (e: TextEdit) => {
          const s = e.start;
          const next = e.newText ? e.newText.charCodeAt(0) : source.charCodeAt(e.end);
          // A lone CR: the model reads an LF there.
          return s > 0 && next === 10 && source.charCodeAt(s - 1) === 13 && text.charCodeAt(s - 1) === 10 ? '\r' + e.newText : e.newText;
        };
  yield;
  const now = opts.now ?? new Date();
  // Read lazily: every default rule set reads them, but a run of one unrelated rule need not.
  let facts: StrategyFacts | undefined;
  const getFacts = () => (facts ??= strategyFacts(doc, now));
  const profileChoice = resolveProfile(doc, config, undefined, getFacts);
  const profile = profileChoice.profile;
  const words = wordsFor(profile, profileChoice);
  const effective = profile !== config.profile ? effectiveConfig(config, profile) : config;
  const vocab = extendVocab(profile, config.acronyms);
  const directives = parseDirectives(doc);
  const suppressions = directives.length ? new Suppressions(doc, directives) : undefined;
  const findings: Finding[] = [];
  const evidence: Evidence[] = [];
  const errors: Analysis['errors'] = [];
  const known = new Set(RULES.map((r) => r.meta.id));
  const liveKeys = new Set<string>();
  const readKeys = new Set<string>();
  const len = text.length;
  const clamp = (s: Span): Span => {
    const start = Math.min(Math.max(0, s.start | 0), len);
    return { start, end: Math.min(Math.max(start, s.end | 0), len) };
  };

  for (const rule of rules) {
    const id = rule.meta.id;
    const setting = config.rules[id];
    const severity = setting ? setting.severity : rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const url = docsUrl(id);
    const { options, scanKey } = ruleSetup(config, effective, rule);
    // Scanned on first read: a section rule that finds its section never looks at the sentences.
    let scanned: Array<Scanned<unknown>> | undefined;
    const ctx: RuleContext<any, any> = {
      doc,
      text,
      options,
      profile,
      vocab,
      words,
      now,
      get facts() {
        return getFacts();
      },
      directives,
      isKnownRule: (r: string) => known.has(r),
      report(r) {
        const sev: Severity = r.severity && SEVERITY_RANK[r.severity] < SEVERITY_RANK[severity] ? r.severity : severity;
        const span = clamp(r.span);
        if (suppressions?.isSuppressed(id, span.start)) return;
        findings.push({
          ruleId: id,
          severity: sev,
          message: r.message,
          span,
          docsUrl: url,
          fixes: (r.fixes ?? []).map((f) => ({ ...f, edits: f.edits.map((e) => { const c = clamp(e); return { ...c, newText: keepBreaks({ ...c, newText: e.newText }) }; }) })),
          ...(r.data ? { data: r.data } : {}),
        });
      },
      evidence(span, label) {
        evidence.push({ ruleId: id, span: clamp(span), label });
      },
      get scanned() {
        return (scanned ??= rule.scan ? scanChunks(rule, doc, { options, profile, vocab }, scanKey, opts.cache) : []);
      },
    };
    if (rule.scan) liveKeys.add(scanKey);
    try {
      rule.check(ctx);
      if (scanned && rule.scan) readKeys.add(scanKey);
    } catch (e) {
      if (opts.throwOnRuleError) throw e;
      errors.push({ ruleId: id, message: e instanceof Error ? e.message : String(e) });
    }
    yield;
  }
  // After a settings change, forget the scans made under the old settings.
  opts.cache?.keepScans(liveKeys, readKeys);
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  carryMissingSections(findings);
  return {
    findings,
    doc,
    profile,
    profileChoice,
    words,
    directives,
    evidence,
    errors,
    get facts() {
      return getFacts();
    },
  };
}

/** From this many missing sections at information level, one finding names them all. */
export const MISSING_SECTIONS_CARRIED_FROM = 3;

/**
 * One problem, one finding: a strategy that lacks several of the sections worth having would
 * otherwise get a row of information findings on its title. From MISSING_SECTIONS_CARRIED_FROM
 * of them on, the first carries the others in its message and the rest become hints, each keeping
 * its own quick fix (so the Quick Fix menu and "insert all missing sections" still offer them).
 * Warnings (the sections the guidance insists on) are left as they are.
 */
function carryMissingSections(findings: Finding[]): void {
  const missing = findings.filter((f) => f.severity === 'info' && f.data?.missing === true && typeof f.data.kind === 'string');
  if (missing.length < MISSING_SECTIONS_CARRIED_FROM) return;
  const [carrier, ...rest] = missing;
  const title = (f: Finding) => `"${SECTION_KIND_INFO[f.data!.kind as SectionKind]?.title ?? f.data!.kind}"`;
  const names = rest.map(title);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  carrier.message = `${carrier.message} It also has no ${list} ${names.length > 1 ? 'sections' : 'section'}: each is marked as a hint on the title, with a quick fix that inserts it.`;
  carrier.data = { ...carrier.data, carries: rest.map((f) => f.ruleId) };
  for (const f of rest) {
    f.severity = 'hint';
    f.data = { ...f.data, carriedBy: carrier.ruleId };
  }
}

/** The config with the profile an analysis resolved, one object per config and profile (its rule setups are cached by config). */
const effectiveConfigs = new WeakMap<Config, Partial<Record<Profile, Config>>>();
function effectiveConfig(config: Config, profile: Profile): Config {
  let byProfile = effectiveConfigs.get(config);
  if (!byProfile) effectiveConfigs.set(config, (byProfile = {}));
  return (byProfile[profile] ??= { ...config, profile });
}

/**
 * The profile a document is read with: its front matter's, else the setting's, else the one
 * its own words choose (see `chooseProfile`). The document's words are read in every case, so
 * a front end can say what they suggest.
 */
export function resolveProfile(doc: Doc, config: Config, facts?: StrategyFacts, getFacts?: () => StrategyFacts): ProfileChoice {
  const f = facts ?? getFacts?.();
  const read = chooseProfile(doc, { title: f?.title, owner: f?.owner });
  const fm = frontMatterProfile(doc);
  if (fm) return { ...read, profile: fm, source: 'front matter', reason: `Read as ${fm === 'nhs' ? 'an NHS' : 'a general'} strategy: its front matter says so.` };
  if (config.profile !== 'auto') {
    const from = config.profileFrom;
    return { ...read, profile: config.profile, source: 'setting', ...(from ? { from } : {}), reason: `Read as ${config.profile === 'nhs' ? 'an NHS' : 'a general'} strategy: ${from ? `set by ${from}` : 'set in the settings'}.` };
  }
  return read;
}

function frontMatterProfile(doc: Doc): Profile | undefined {
  const own = doc.frontMatter?.data?.['strategy-lint'];
  if (own && typeof own === 'object' && !Array.isArray(own)) {
    const p = (own as Record<string, unknown>).profile;
    if (isProfile(p)) return p;
  }
  return undefined;
}

const vocabCache = new Map<string, RuleContext<unknown>['vocab']>();
function extendVocab(profile: Profile, acronyms: readonly string[]): RuleContext<unknown>['vocab'] {
  if (acronyms.length === 0) return PROFILES[profile];
  const key = profile + '\0' + acronyms.join('\0');
  let v = vocabCache.get(key);
  if (!v) {
    if (vocabCache.size > 20) vocabCache.clear();
    v = { ...PROFILES[profile], knownAcronyms: new Set([...PROFILES[profile].knownAcronyms, ...acronyms]) };
    vocabCache.set(key, v);
  }
  return v;
}
