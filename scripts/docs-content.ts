// What the generated documentation says, built from the rule registry: one
// page per rule, the README's rule table, the config file's JSON schema and
// the VS Code settings for each rule. Pure; scripts/gen-docs.ts writes it and
// the meta-tests compare it with the committed copies.
import {
  DOCS_BASE,
  MAX_SECTION_PHRASES,
  MAX_SECTION_PHRASES_IN_ALL,
  QUALITY_LABELS,
  QUESTION_LABELS,
  RULES,
  SECTION_KINDS,
  SEVERITY_SETTINGS,
  defaultOptions,
  docsUrl,
  ruleCategory,
  type Rule,
} from '../server/src/core/index';
import type { OptionSchema } from '../server/src/core/types';

export const GENERATED_NOTE = '<!-- Generated from the rule registry by scripts/gen-docs.ts (npm run docs). Do not edit by hand. -->';
export const README_START = '<!-- rules:start -->';
export const README_END = '<!-- rules:end -->';
export const SCHEMA_PATH = 'schemas/strategy-lint.schema.json';
/** The rule table lives here (the README links to it); the text around the markers is kept. */
export const RULES_INDEX = 'docs/rules/README.md';
const RULES_INDEX_TEXT = `# The rules

Each rule has its own page, generated from the rule registry. "Kind" says whether a rule is
about the strategy itself or about how it is written: writing findings are information or
hints by default, and are hidden when Strategy Lint shows strategy issues only. Set a rule's
severity in the editor's settings (Strategy Lint › Rules) or in \`.strategy-lint.json\`; see
[Configuration](../configuration.md).
`;
export const SCHEMA_ID = 'https://github.com/strategy-lint/strategy-lint/blob/main/schemas/strategy-lint.schema.json';
export const SETTING_PREFIX = 'strategyLint.rules.';

const fence = (text: string, lang = 'markdown') => {
  const f = text.includes('```') ? '~~~~' : '```';
  return `${f}${lang}\n${text}\n${f}`;
};
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function serves(rule: Rule): string {
  const parts: string[] = [];
  if (rule.meta.quality) parts.push(`quality: ${QUALITY_LABELS[rule.meta.quality]}`);
  if (rule.meta.question) parts.push(`board question: ${QUESTION_LABELS[rule.meta.question]}`);
  return parts.join('; ');
}

function typeOf(s: OptionSchema): string {
  switch (s.type) {
    case 'integer':
    case 'number': {
      const range = s.minimum !== undefined && s.maximum !== undefined ? ` (${s.minimum} to ${s.maximum})` : '';
      return `${s.type === 'integer' ? 'whole number' : 'number'}${range}`;
    }
    case 'string':
      return s.enum ? `one of ${s.enum.map((e) => `\`${e}\``).join(', ')}` : 'text';
    case 'array':
      return 'list of text';
    case 'boolean':
      return 'true or false';
  }
}

/** The page for one rule: docs/rules/<id>.md. */
export function ruleDoc(rule: Rule): string {
  const m = rule.meta;
  const opts = Object.entries(m.options as Record<string, OptionSchema & { default: unknown }>);
  const general = m.profileDefaults?.general ?? {};
  const out = [
    GENERATED_NOTE,
    '',
    `# ${m.id}`,
    '',
    m.description,
    '',
    '| | |',
    '| --- | --- |',
    `| Default severity | ${m.defaultSeverity} |`,
    `| Kind | ${ruleCategory(rule) === 'writing' ? 'writing (hidden when only strategy issues are shown)' : 'strategy'} |`,
    `| Quick fix | ${m.fixable ? 'yes' : 'no'} |`,
    `| Serves | ${cell(serves(rule))} |`,
    '',
    '## Why it matters',
    '',
    m.docs.why,
    '',
    '## What good looks like',
    '',
    m.docs.good,
    '',
    '## Example',
    '',
    'This is reported:',
    '',
    fence(m.docs.before),
    '',
    'This is not:',
    '',
    fence(m.docs.after),
    '',
    '## How to fix it',
    '',
    m.docs.fix,
    '',
    '## Options',
    '',
  ];
  if (opts.length === 0) out.push('This rule has no options; set its severity, or `"off"`, in `.strategy-lint.json`.', '');
  else {
    const hasGeneral = opts.some(([k]) => k in general);
    out.push(
      `| Option | Type | Default${hasGeneral ? ' | With the `general` profile' : ''} | What it does |`,
      `| --- | --- | --- |${hasGeneral ? ' --- |' : ''} --- |`,
    );
    for (const [k, s] of opts) {
      const g = hasGeneral ? ` ${k in general ? `\`${JSON.stringify((general as Record<string, unknown>)[k])}\`` : 'same'} |` : '';
      out.push(`| \`${k}\` | ${typeOf(s)} | \`${JSON.stringify(s.default)}\` |${g} ${cell(s.description)} |`);
    }
    out.push('');
  }
  const example = { rules: { [m.id]: { severity: m.defaultSeverity === 'off' ? 'warning' : m.defaultSeverity, ...defaultOptions(rule, 'nhs') } } };
  out.push('In `.strategy-lint.json`:', '', fence(JSON.stringify(example, null, 2), 'json'), '');
  out.push(`To switch it off for part of a document: \`<!-- strategy-lint-disable ${m.id} -->\` ... \`<!-- strategy-lint-enable ${m.id} -->\`.`, '');
  return out.join('\n');
}

/** The rule table that goes between the README's markers. */
export function readmeTable(): string {
  const rows = RULES.map((r) => {
    const m = r.meta;
    const servesWhat = [m.quality ? QUALITY_LABELS[m.quality].split(':')[0] : '', m.question ? 'Q: ' + QUESTION_LABELS[m.question] : ''].filter(Boolean).join('; ');
    return `| [\`${m.id}\`](${m.id}.md) | ${cell(m.description)} | ${m.defaultSeverity} | ${ruleCategory(r)} | ${m.fixable ? 'yes' : ''} | ${cell(servesWhat)} |`;
  });
  return [README_START, '', '| Rule | What it finds | Default | Kind | Quick fix | Serves |', '| --- | --- | --- | --- | --- | --- |', ...rows, '', README_END].join('\n');
}

/** Put the rule table into the README text, between the markers (appending a Rules section if there are none). */
export function withReadmeTable(readme: string): string {
  const a = readme.indexOf(README_START);
  const b = readme.indexOf(README_END);
  if (a >= 0 && b > a) return readme.slice(0, a) + readmeTable() + readme.slice(b + README_END.length);
  return readme.replace(/\s*$/, '\n') + '\n' + readmeTable() + '\n';
}

function optionJsonSchema(s: OptionSchema & { default?: unknown }): Record<string, unknown> {
  const o: Record<string, unknown> = { description: s.description };
  if (s.default !== undefined) o.default = s.default;
  switch (s.type) {
    case 'integer':
    case 'number':
      o.type = s.type;
      if (s.minimum !== undefined) o.minimum = s.minimum;
      if (s.maximum !== undefined) o.maximum = s.maximum;
      break;
    case 'boolean':
      o.type = 'boolean';
      break;
    case 'string':
      o.type = 'string';
      if (s.enum) o.enum = [...s.enum];
      break;
    case 'array':
      o.type = 'array';
      o.items = { type: 'string', maxLength: 200 };
      if (s.maxItems) o.maxItems = s.maxItems;
      break;
  }
  return o;
}

const SEVERITY = { type: 'string', enum: [...SEVERITY_SETTINGS], description: 'How findings of this rule are shown; "off" switches it off.' };

/** A rule's setting: a severity, true/false, or an object with "severity" and the rule's options. */
function ruleSettingSchema(rule: Rule): Record<string, unknown> {
  const m = rule.meta;
  const properties: Record<string, unknown> = { severity: SEVERITY };
  for (const [k, s] of Object.entries(m.options as Record<string, OptionSchema & { default: unknown }>)) properties[k] = optionJsonSchema(s);
  return {
    description: `${m.description} Default: ${m.defaultSeverity}. ${docsUrl(m.id)}`,
    markdownDescription: `${m.description} Default: \`${m.defaultSeverity}\`. [Docs](${docsUrl(m.id)})`,
    anyOf: [SEVERITY, { type: 'boolean' }, { type: 'object', properties, additionalProperties: false }],
  };
}

/** JSON schema (draft-07) for `.strategy-lint.json`, `.jsonc` and `.yaml`. */
export function configSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const r of RULES) rules[r.meta.id] = ruleSettingSchema(r);
  const sections: Record<string, unknown> = {};
  for (const k of SECTION_KINDS) {
    sections[k.kind] = { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: MAX_SECTION_PHRASES, description: `Extra heading phrases for "${k.title}" sections (at most ${MAX_SECTION_PHRASES_IN_ALL} for all kinds together).` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'strategy-lint configuration',
    description: 'Settings for strategy-lint, which checks digital strategies against NHS Providers\' Digital Boards guidance.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      profile: { type: 'string', enum: ['auto', 'nhs', 'general'], default: 'auto', description: 'The vocabulary to read strategies with: "nhs" (NHS terms and the NHS 20-word sentence guidance), "general", or "auto" (the default: NHS when the document keeps speaking of the NHS, trusts, ICBs, patients and clinicians, general otherwise). A document can choose its own in front matter: strategy-lint: { profile: general }.' },
      rules: { type: 'object', additionalProperties: false, properties: rules, description: 'Per rule: a severity ("off", "hint", "info", "warning", "error") or an object with "severity" and the rule\'s options.' },
      sections: { type: 'object', additionalProperties: false, properties: sections, description: 'Extra heading phrases for each kind of section, added to the built-in synonyms.' },
      acronyms: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 10000, description: 'Abbreviations every reader of your strategies knows, so they need no spelling out.' },
      maxDocumentSize: { type: 'integer', minimum: 1000, maximum: 100000000, default: 500000, description: 'Largest document, in characters, that gets every rule.' },
      show: { type: 'string', enum: ['everything', 'strategy'], default: 'everything', description: 'Which findings to show: "strategy" shows only strategy issues (sections, horizon, the guidance\'s pitfalls) and hides writing findings (sentence length, plain words); "everything" shows both.' },
      minSeverity: { type: 'string', enum: ['hint', 'info', 'warning', 'error'], default: 'hint', description: 'The least severe findings to show: "warning" hides information and hints.' },
    },
  };
}

/**
 * The VS Code settings `strategyLint.rules.<id>`, for package.json's
 * contributes.configuration.properties: a dropdown of severities, "default"
 * leaving it to the config file. Options stay in the config file.
 */
export function vscodeRuleSettings(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of RULES) {
    const m = r.meta;
    const kind = ruleCategory(r) === 'writing' ? ' A writing check: hidden when Strategy Lint shows strategy issues only.' : '';
    out[SETTING_PREFIX + m.id] = {
      scope: 'resource',
      type: 'string',
      enum: ['default', ...SEVERITY_SETTINGS],
      enumItemLabels: [`Default (${m.defaultSeverity}, or as the config file says)`, 'Off', 'Hint', 'Information', 'Warning', 'Error'],
      default: 'default',
      markdownDescription: `${m.description}${kind} Options go in \`.strategy-lint.json\`. [Docs](${docsUrl(m.id)})`,
    };
  }
  return out;
}

/** package.json with its `strategyLint.rules.*` settings replaced and every other property kept, in order. */
export function withVscodeSettings(pkgText: string): string {
  const pkg = JSON.parse(pkgText) as Record<string, any>;
  pkg.contributes ??= {};
  pkg.contributes.configuration ??= { title: 'Strategy Lint', properties: {} };
  const conf = Array.isArray(pkg.contributes.configuration) ? pkg.contributes.configuration[0] : pkg.contributes.configuration;
  conf.properties ??= {};
  const kept = Object.entries(conf.properties as Record<string, unknown>).filter(([k]) => !k.startsWith(SETTING_PREFIX));
  conf.properties = Object.fromEntries([...kept, ...Object.entries(vscodeRuleSettings())]);
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** Every generated file: its path (relative to the repository) and content. README and package.json are built from their current text. */
export function generatedFiles(current: (path: string) => string | undefined): Array<{ path: string; content: string }> {
  const files = RULES.map((r) => ({ path: `docs/rules/${r.meta.id}.md`, content: ruleDoc(r) }));
  files.push({ path: SCHEMA_PATH, content: JSON.stringify(configSchema(), null, 2) + '\n' });
  files.push({ path: RULES_INDEX, content: withReadmeTable(current(RULES_INDEX) ?? RULES_INDEX_TEXT) });
  const pkg = current('package.json');
  if (pkg) files.push({ path: 'package.json', content: withVscodeSettings(pkg) });
  return files;
}

export { DOCS_BASE };
