// Test helpers: run the core on a text and describe findings in the CLI's
// one-line format, so rule tables read like the command line's output.
import { analyze, applyEdits, ChunkCache, defaultConfig, resolveConfig, ruleById, RULES, type Analysis, type Config, type Finding } from '../server/src/core/index';
import type { Rule } from '../server/src/core/rule';

export const NOW = new Date('2025-06-01T00:00:00Z');

/** 1-based line:column of an offset (UTF-16 columns, as the CLI prints them). */
export function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `${line}:${col}`;
}

/** `line:col severity rule-id message` for each finding, as the CLI's text format prints them. */
export function lines(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${position(text, f.span.start)} ${f.severity} ${f.ruleId} ${f.message}`);
}

/** Analyse with only the named rule on (plus any config given as a config-file object). */
export function lint(text: string, ruleId?: string, configInput: Record<string, unknown> = {}): Analysis {
  const base = defaultConfig(RULES);
  if (ruleId) for (const id of Object.keys(base.rules)) if (id !== ruleId) base.rules[id].severity = 'off';
  const { config, problems } = resolveConfig(configInput, 'test-config.json', RULES, base);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return analyze(text, { config, now: NOW, throwOnRuleError: true });
}

export function configWith(input: Record<string, unknown>): Config {
  const { config, problems } = resolveConfig(input, 'test-config.json', RULES);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return config;
}

/** Apply a finding's first (or named) fix to the text. */
export function applyFix(text: string, f: Finding, title?: string): string {
  const fix = title ? f.fixes.find((x) => x.title === title) : f.fixes[0];
  if (!fix) throw new Error(`no fix${title ? ` "${title}"` : ''} on ${f.ruleId}: ${f.message}`);
  return applyEdits(text, fix.edits);
}

/** A config-file object that switches every rule off except `ids`, then applies `input` on top. */
export function only(ids: readonly string[], input: Record<string, unknown> = {}): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const r of RULES) if (!ids.includes(r.meta.id)) rules[r.meta.id] = 'off';
  return { ...input, rules: { ...rules, ...((input.rules as Record<string, unknown>) ?? {}) } };
}

/**
 * Analyse `text` and then `edited` with one chunk cache, as the server does while someone
 * types, with only `ruleId` on. Gives the second analysis, how many chunks the rule scanned
 * again for it, and a fresh analysis of `edited` to compare it with; also the first analysis
 * and how many chunks the rule scanned for it.
 */
export function reanalyse(ruleId: string, text: string, edited: string, configInput: Record<string, unknown> = {}): { again: Analysis; scans: number; fresh: Analysis; first: Analysis; firstScans: number } {
  const rule = ruleById(ruleId);
  if (!rule?.scan) throw new Error(`${ruleId} has no scan`);
  let scans = 0;
  const counted: Rule = { ...rule, scan: (chunk, ctx) => (scans++, rule.scan!(chunk, ctx)) };
  const opts = { config: configWith(only([ruleId], configInput)), now: NOW, cache: new ChunkCache(), rules: [counted], throwOnRuleError: true };
  const first = analyze(text, opts);
  const firstScans = scans;
  scans = 0;
  const again = analyze(edited, opts);
  return { again, scans, fresh: lint(edited, ruleId, configInput), first, firstScans };
}
