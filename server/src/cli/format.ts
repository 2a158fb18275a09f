// Output formats for the command line: text, JSON, SARIF 2.1.0 and GitHub
// workflow annotations. Positions are 1-based lines and UTF-16 columns; for a
// Word or PDF file (converted to Markdown) they are its paragraphs or pages.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Origin } from './converted';
import { lineIndex } from '../core/lines';
import { RULES, scorecardFigureLines, SEVERITY_RANK, docsUrl, type Finding, type Scorecard, type Severity } from '../core/index';
import { describeProfile, type ProfileChoice } from '../core/profile-choice';
import { VERDICT_MARKS, VERDICT_WORDS, type ReportItem, type ReportModel, type Verdict } from '../report/model';

export interface FileResult {
  /** The path as given or found (relative to the working folder where possible). */
  path: string;
  text: string;
  findings: Finding[];
  scorecard?: Scorecard;
  /** The board pack's model, for the text scorecard (same words and next steps as the report). */
  report?: ReportModel;
  /** Set when fixes were written to the file. */
  fixed?: boolean;
  /** Set when `text` was converted from a Word or PDF file: findings point into that file. */
  origin?: Origin;
  /** The profile the file was read with, and why (not set for a config file's own findings). */
  profile?: ProfileChoice;
}

/** The profile as JSON and SARIF give it: the name, where it came from, why, and the words that decided it. */
function profileProperty(p: ProfileChoice, idx: ReturnType<typeof lineIndex>) {
  const terms = (ts: ProfileChoice['nhs']) => ts.map((t) => ({ term: t.term, count: t.count, line: idx.position(t.span.start).line }));
  return {
    name: p.profile,
    source: p.source,
    ...(p.from ? { from: p.from } : {}),
    reason: p.reason,
    evidence: { nhs: terms(p.nhs), general: terms(p.general), ...(p.names ? { namesItself: { kind: p.names.kind, text: p.names.text, line: idx.position(p.names.span.start).line } } : {}) },
  };
}

/** One line per file read: which profile, and why. The text format prints them with its summary. */
export function profileLines(results: FileResult[]): string {
  return results.filter((r) => r.profile).map((r) => `${printable(r.path)}: ${printable(describeProfile(r.profile!))}\n`).join('');
}


const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * Text for one line of plain output: line breaks and other control or invisible
 * characters become escapes (`\n`, `\u202e`), so a file name or a quoted value can
 * never start a line of its own (which GitHub Actions would read as a workflow command).
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')));
}

export function formatText(results: FileResult[], withScorecard: boolean): string {
  const out: string[] = [];
  for (const r of results) {
    const idx = lineIndex(r.text);
    for (const f of r.findings) {
      const p = idx.position(f.span.start);
      const at = r.origin ? `${printable(r.path)} (${r.origin.where(f.span.start)})` : `${printable(r.path)}:${p.line}:${p.column}`;
      out.push(`${at} ${f.severity} ${f.ruleId} ${printable(f.message)}`);
    }
    if (withScorecard && r.report) out.push(...scorecardLines(r));
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function scorecardLines(r: FileResult): string[] {
  const m = r.report!;
  const item = (it: ReportItem) => {
    const where = it.evidence?.line ?? it.next?.at.line;
    const out = [`    ${VERDICT_MARKS[it.verdict]} ${it.label} (${VERDICT_WORDS[it.verdict].toLowerCase()}${where ? `, line ${where}` : ''})`];
    if (it.evidence) out.push(`        Evidence: "${clip(it.evidence.text)}"`);
    if (it.next) out.push(`        Next step: ${it.next.text}${it.next.fix ? ` (quick fix: ${it.next.fix.title})` : ''}`);
    return out;
  };
  const skipped = [...m.questions, ...m.qualities].some((i) => i.verdict === 'unchecked');
  const lines = [
    '',
    `Scorecard for ${printable(r.path)}`,
    `  ${m.headline}.`,
    `  ${printable(m.profileLine)}`,
    `  ${(['yes', 'partly', 'no', ...(skipped ? ['unchecked'] : [])] as Verdict[]).map((v) => `${VERDICT_MARKS[v]} ${VERDICT_WORDS[v]}`).join('   ')}`,
    "  The board's five questions:",
    ...m.questions.flatMap(item),
    '  The six qualities of a good strategy:',
    ...m.qualities.flatMap(item),
  ];
  if (r.scorecard) lines.push(...scorecardFigureLines(r.scorecard));
  lines.push('');
  return lines;
}

const clip = (s: string) => (s.length > 100 ? s.slice(0, 99).replace(/\s+\S*$/, '') + '…' : s);

export function formatJson(results: FileResult[], withScorecard: boolean): string {
  const files = results.map((r) => {
    const idx = lineIndex(r.text);
    return {
      path: r.path,
      ...(r.fixed ? { fixed: true } : {}),
      ...(r.origin ? { convertedFrom: r.origin.kind } : {}),
      ...(r.profile ? { profile: profileProperty(r.profile, idx) } : {}),
      findings: r.findings.map((f) => {
        const s = idx.position(f.span.start);
        const e = idx.position(f.span.end);
        return {
          ...(r.origin ? r.origin.place(f.span.start) : {}),
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          line: s.line,
          column: s.column,
          endLine: e.line,
          endColumn: e.column,
          span: f.span,
          docsUrl: f.docsUrl,
          fixes: f.fixes,
          ...(f.data ? { data: f.data } : {}),
        };
      }),
      ...(withScorecard && r.scorecard ? { scorecard: r.scorecard } : {}),
    };
  });
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(results: FileResult[], version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'strategy-lint',
            version,
            informationUri: 'https://github.com/strategy-lint/strategy-lint',
            rules: RULES.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.docs.why },
              helpUri: docsUrl(r.meta.id),
              help: { text: `${r.meta.docs.good}\n\n${r.meta.docs.fix}`, markdown: `${r.meta.docs.good}\n\n${r.meta.docs.fix}` },
              defaultConfiguration: r.meta.defaultSeverity === 'off' ? { enabled: false } : { level: SARIF_LEVEL[r.meta.defaultSeverity] },
              properties: { tags: [r.meta.quality, r.meta.question].filter(Boolean) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        // No `length`: SARIF counts it in bytes of the file on disk, which a BOM or a fix would make wrong.
        artifacts: results.map((r) => ({ location: { uri: toUri(r.path) }, ...(r.profile ? { properties: { profile: profileProperty(r.profile, lineIndex(r.text)) } } : {}) })),
        results: results.flatMap((r, artifactIndex) => {
          const idx = lineIndex(r.text);
          return r.findings.map((f) => {
            const s = idx.position(f.span.start);
            const e = idx.position(f.span.end);
            if (r.origin) {
              // Lines and columns of the converted text mean nothing in the Word or PDF file, and its fixes do not apply to it.
              return {
                ruleId: f.ruleId,
                ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
                level: SARIF_LEVEL[f.severity],
                message: { text: `${f.message} (${r.origin.where(f.span.start)})` },
                locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.path), index: artifactIndex } } }],
                properties: { ...r.origin.place(f.span.start), convertedFrom: r.origin.kind },
              };
            }
            return {
              ruleId: f.ruleId,
              ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
              level: SARIF_LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: toUri(r.path), index: artifactIndex },
                    region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: f.span.start, charLength: f.span.end - f.span.start },
                  },
                },
              ],
              ...(f.fixes.length
                ? {
                    fixes: f.fixes.map((fix) => ({
                      description: { text: fix.title },
                      artifactChanges: [
                        {
                          artifactLocation: { uri: toUri(r.path), index: artifactIndex },
                          replacements: fix.edits.map((ed) => ({
                            deletedRegion: { charOffset: ed.start, charLength: ed.end - ed.start },
                            insertedContent: { text: ed.newText },
                          })),
                        },
                      ],
                    })),
                  }
                : {}),
            };
          });
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** A relative path becomes a relative URI reference (what code-scanning services expect); an absolute one a file: URI. */
function toUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path
    .split(/[\\/]/)
    .map((p) => encodeURIComponent(p))
    .join('/');
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const GITHUB_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const idx = lineIndex(r.text);
    for (const f of r.findings) {
      if (r.origin) {
        out.push(`::${GITHUB_COMMAND[f.severity]} file=${escapeProperty(r.path)},title=${escapeProperty(`strategy-lint ${f.ruleId}`)}::${escapeData(`${f.message} (${r.origin.where(f.span.start)})`)}`);
        continue;
      }
      const s = idx.position(f.span.start);
      const e = idx.position(f.span.end);
      const props = [`file=${escapeProperty(r.path)}`, `line=${s.line}`, `col=${s.column}`, `endLine=${e.line}`, `endColumn=${e.column}`, `title=${escapeProperty(`strategy-lint ${f.ruleId}`)}`];
      out.push(`::${GITHUB_COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export function atOrAbove(findings: Finding[], min: Severity): number {
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[min]).length;
}
