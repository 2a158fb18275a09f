// The LSP features over one analysed document: hover text, code actions,
// completion items, the code lens and the scorecard. Pure functions of the
// analysis and the document; positions come only from convert.ts.
import {
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type Position,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import {
  chooseFixes,
  insertSectionFix,
  insertSectionsFix,
  QUALITY_LABELS,
  QUESTION_LABELS,
  ruleById,
  scorecard,
  scorecardAnswers,
  sectionSkeleton,
  SECTION_KINDS,
  SECTION_KIND_INFO,
  type Analysis,
  type Finding,
  type ScorecardAnswers,
  type Section,
  type SectionKind,
  type Span,
  type TextEdit,
} from '../core/index';
import { snippets } from '../../../client/src/editor-files';
import { describeProfile, generalise, speaksNhs, type Words } from '../core/profile-choice';
import { documentSpan } from '../core/rule-helpers';
import { sectionText } from '../core/sections';
import { toLspEdit, toOffset, toRange, type DiagnosticData, type Positioned } from './convert';
import { FIX_ALL_KIND, SHOW_SCORECARD_COMMAND, type MissingSection, type ReportResult, type ScorecardResult } from './protocol';
import { buildReport } from '../report/model';

/** An analysis of one version of one document. */
export interface Analysed {
  uri: string;
  version: number;
  doc: Positioned;
  analysis: Analysis;
  /** The scorecard's answers (the server needs no reading figures). */
  card: ScorecardAnswers;
  /** Set when the document's lines end in lone CRs: the analysis saw LFs, and text it adds gets CRs. */
  crLines?: boolean;
  /**
   * The section whose heading holds an offset, when `analysis.doc.sections` holds only some of
   * them (a document of thousands of headings: the rest stay packed as numbers).
   */
  sectionAt?: (offset: number) => Section | undefined;
}

/** Text an edit adds, with the document's own line breaks. */
function inDocEol(a: Analysed, text: string): string {
  return a.crLines ? text.replace(/\r?\n/g, '\r') : text;
}

export interface EditOptions {
  /** The client takes versioned `documentChanges`; else plain `changes`. */
  documentChanges: boolean;
  /** The client has the `strategyLint.turnOffCheck` and `strategyLint.reveal` commands (the VS Code extension). */
  commands?: boolean;
}

/** What `strategyLint.turnOffCheck` is given: the findings at the spot, each with the edits that turn its rule off here. */
export interface TurnOffArgs {
  uri: string;
  checks: Array<{
    ruleId: string;
    message: string;
    /** A finding about the whole document (a missing section): "for this line" would mean nothing. */
    documentLevel: boolean;
    /** Edits with "[reason]" for the client to replace with the writer's reason. */
    lineEdit?: WorkspaceEdit;
    fileEdit: WorkspaceEdit;
  }>;
}

export const TURN_OFF_COMMAND = 'strategyLint.turnOffCheck';
export const REVEAL_COMMAND = 'strategyLint.reveal';

/** Whether a finding is about the document as a whole rather than a line of it. */
export function isDocumentLevel(a: Analysed, f: Finding): boolean {
  const d = f.data ?? {};
  if (d.summary || d.scope === 'document') return true;
  if (typeof d.kind === 'string' && !d.placeholder) return true;
  return f.span.start === 0 && f.span.end >= a.analysis.doc.text.length;
}

/** Where the text an insertion adds lies once it is applied: from its first non-blank character to its last. */
function insertedRange(a: Analysed, e: TextEdit): { start: Position; end: Position } {
  const lead = /^\s*/.exec(e.newText)![0].length;
  const body = e.newText.slice(lead).replace(/\s+$/, '');
  const start = a.doc.positionAt(e.start);
  const before = e.newText.slice(0, lead).split(/\r?\n/);
  const lines = body.split(/\r?\n/);
  const line = start.line + before.length - 1;
  const startChar = before.length > 1 ? before[before.length - 1].length : start.character + lead;
  const endLine = line + lines.length - 1;
  const endChar = lines.length > 1 ? lines[lines.length - 1].length : startChar + body.length;
  return { start: { line, character: startChar }, end: { line: endLine, character: endChar } };
}

/** A versioned edit: a client refuses it once the document has moved past `version`. */
export function workspaceEdit(a: Analysed, edits: readonly TextEdit[], opts: EditOptions): WorkspaceEdit {
  const lsp = edits.map((e) => toLspEdit(a.doc, { ...e, newText: inDocEol(a, e.newText) }));
  return opts.documentChanges
    ? { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: lsp }] }
    : { changes: { [a.uri]: lsp } };
}

const contains = (s: Span, off: number) => (s.start === s.end ? off === s.start : off >= s.start && off < s.end) || off === s.end;

// ---- hover ----

/**
 * The explanation of a finding; `brief` keeps the message, why it matters in a sentence, and the docs link, for when several findings share a spot.
 * With the words of a general strategy, the explanation is put in its terms, and an example written for an NHS body is left out.
 */
export function findingHover(f: Finding, brief = false, withoutMessage = false, words?: Words): string {
  const rule = ruleById(f.ruleId);
  const out = [`**${f.ruleId}** (${f.severity}) · strategy-lint`];
  if (!withoutMessage) out.push('', f.message);
  const d = rule?.meta.docs;
  const own = (t: string) => (words ? generalise(t, words) : t);
  if (d && brief) out.push('', `**Why it matters.** ${firstSentence(own(d.why))}`);
  else if (d) {
    out.push('', `**Why it matters.** ${own(d.why)}`, '', `**What good looks like.** ${own(d.good)}`);
    const before = own(d.before);
    const after = own(d.after);
    if (!words || !(speaksNhs(before) || speaksNhs(after))) out.push('', '**Example.** Reported:', '', fence(before), '', 'Put right:', '', fence(after));
    out.push('', `**How to fix.** ${own(d.fix)}`);
  }
  out.push('', `[Read the ${f.ruleId} documentation](${f.docsUrl})`);
  return out.join('\n');
}

function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s+[A-Z"“]|$)/.exec(text);
  return m ? m[0] : text;
}

function fence(text: string): string {
  const ticks = /```/.test(text) ? '~~~~' : '```';
  return `${ticks}markdown\n${text}\n${ticks}`;
}

export function headingHover(a: Analysed, offset: number): { text: string; span: Span } | undefined {
  const at = (x: Section) => contains(x.heading.span, offset) && offset < x.heading.span.end;
  const found = a.sectionAt ? a.sectionAt(offset) : a.analysis.doc.sections.find(at);
  const s = found && at(found) ? found : undefined;
  if (!s || s.kinds.length === 0) return undefined;
  const parts = s.kinds.map((k) => {
    const info = SECTION_KIND_INFO[k];
    const lines = [`**Section: ${info.title}**`, '', sectionText(k, a.analysis.words).purpose];
    const serves: string[] = [];
    if (info.question) serves.push(`It answers the board question "${QUESTION_LABELS[info.question]}"`);
    if (info.quality) serves.push(`${serves.length ? 'and shows' : 'It shows'} the quality "${QUALITY_LABELS[info.quality]}"`);
    if (serves.length) lines.push('', `${serves.join(' ')}, from NHS Providers' Digital Boards guidance.`);
    return lines.join('\n');
  });
  if (s.contentWords < 3) parts.push('_This section holds no real content yet, so it does not count._');
  return { text: parts.join('\n\n---\n\n'), span: s.heading.span };
}

export interface HoverOptions {
  /** The editor already shows each diagnostic's message beside the hover (VS Code does): leave it out here, so it appears once. */
  withoutMessages?: boolean;
}

export function hover(a: Analysed, pos: Position, opts: HoverOptions = {}): Hover | null {
  const offset = toOffset(a.doc, pos);
  const seen = new Set<string>();
  // The finding under the pointer first: the narrowest span holding it, so a word's finding comes before the title's missing sections.
  const hits = a.analysis.findings
    .filter((f) => contains(f.span, offset))
    .sort((x, y) => x.span.end - x.span.start - (y.span.end - y.span.start) || x.span.start - y.span.start)
    .filter((f) => {
      const key = f.ruleId + '\0' + f.message;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  // Several findings on one spot (missing sections all sit on the title) would make a wall of text in full:
  // the first in full, the rest in brief.
  const brief = hits.length > 2;
  // NHS explanations stand under the NHS profile; a general strategy gets them in its own words.
  const words = a.analysis.profile === 'nhs' ? undefined : a.analysis.words;
  const texts = hits.map((f, i) => findingHover(f, brief && i > 0, opts.withoutMessages, words));
  let span: Span | undefined = hits[0]?.span;
  const h = headingHover(a, offset);
  if (h) {
    texts.push(h.text);
    span ??= h.span;
  }
  // On the title, where the document's own findings sit: which profile it is read with, and why
  // (even with nothing else to say, so a strategy with no findings can see it too).
  const top = documentSpan(a.analysis.doc);
  if (offset >= top.start && offset <= top.end && a.analysis.doc.text.slice(top.start, top.end).trim()) {
    texts.push(`_${describeProfile(a.analysis.profileChoice)}_`);
    span ??= top;
  }
  if (!texts.length || !span) return null;
  return { contents: { kind: MarkupKind.Markdown, value: texts.join('\n\n---\n\n') }, range: toRange(a.doc, span) };
}

// ---- code actions ----

function diagnosticFor(a: Analysed, index: number, given: readonly Diagnostic[]): Diagnostic[] {
  const f = a.analysis.findings[index];
  const d = given.find((x) => {
    const data = x.data as DiagnosticData | undefined;
    if (data && data.version === a.version) return data.index === index;
    return x.code === f.ruleId && x.message === f.message;
  });
  return d ? [d] : [];
}

function lineStart(text: string, offset: number): number {
  // A lone CR ends a line too.
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Where a whole-file disable comment goes: after any front matter, before the first heading. */
function fileDirectiveOffset(a: Analysed): number {
  const fm = a.analysis.doc.frontMatter;
  if (!fm) return 0;
  const text = a.analysis.doc.text;
  const nl = text.indexOf('\n', fm.span.end);
  return nl < 0 ? text.length : nl + 1;
}

export function disableLineEdits(a: Analysed, f: Finding): TextEdit[] {
  const { text, eol, tables } = a.analysis.doc;
  const table = tables.find((t) => f.span.start >= t.span.start && f.span.start < t.span.end);
  const reason = ' -- [reason]';
  if (table) {
    // A comment line inside a table would end it, so switch the rule off around the whole table.
    const start = lineStart(text, table.span.start);
    const indent = /^[ \t]*/.exec(text.slice(start))![0];
    return [
      { start, end: start, newText: `${indent}<!-- strategy-lint-disable ${f.ruleId}${reason} -->${eol}${eol}` },
      { start: table.span.end, end: table.span.end, newText: `${eol}${eol}${indent}<!-- strategy-lint-enable ${f.ruleId} -->` },
    ];
  }
  const start = lineStart(text, f.span.start);
  const indent = /^[ \t]*/.exec(text.slice(start))![0];
  return [{ start, end: start, newText: `${indent}<!-- strategy-lint-disable-next-line ${f.ruleId}${reason} -->${eol}` }];
}

export function disableFileEdits(a: Analysed, f: Finding): TextEdit[] {
  const at = fileDirectiveOffset(a);
  const eol = a.analysis.doc.eol;
  return [{ start: at, end: at, newText: `<!-- strategy-lint-disable ${f.ruleId} -- [reason] -->${eol}${eol}` }];
}

export interface ActionRequest {
  span: Span;
  diagnostics: readonly Diagnostic[];
  only?: readonly string[];
}

const wants = (only: readonly string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));

export function codeActions(a: Analysed, req: ActionRequest, opts: EditOptions): CodeAction[] {
  const out: CodeAction[] = [];
  const findings = a.analysis.findings;
  const doc = a.analysis.doc;
  if (wants(req.only, CodeActionKind.QuickFix)) {
    const wanted = new Set<number>();
    for (const d of req.diagnostics) {
      const data = d.data as DiagnosticData | undefined;
      if (data && data.version === a.version && findings[data.index]) wanted.add(data.index);
    }
    findings.forEach((f, i) => {
      if (f.span.start <= req.span.end && req.span.start <= f.span.end) wanted.add(i);
    });
    const order = [...wanted].sort((x, y) => x - y);
    const fixAllDone = new Set<string>();
    const missing: SectionKind[] = [];
    for (const i of order) {
      const f = findings[i];
      const diagnostics = diagnosticFor(a, i, req.diagnostics);
      if (typeof f.data?.kind === 'string' && !f.data.placeholder && f.fixes.some((x) => x.explicit)) missing.push(f.data.kind as SectionKind);
      f.fixes.forEach((fix, n) => {
        const action: CodeAction = {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          isPreferred: fix.isPreferred ?? (f.fixes.length === 1 && n === 0),
          edit: workspaceEdit(a, fix.edits, opts),
        };
        // A new section or table is shown and selected once it is in, so the writer sees what changed.
        if (fix.explicit && opts.commands && fix.edits.length === 1) {
          action.command = { title: 'Show the new text', command: REVEAL_COMMAND, arguments: [a.uri, insertedRange(a, fix.edits[0])] };
        }
        out.push(action);
      });
      const same = findings.filter((x) => x.ruleId === f.ruleId && x.fixes.length > 0);
      const safe = chooseFixes(same, doc);
      if (same.length > 1 && safe.length > 1 && !fixAllDone.has(f.ruleId)) {
        fixAllDone.add(f.ruleId);
        out.push({
          title: `Fix all ${f.ruleId} problems that need no rewording`,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          edit: workspaceEdit(a, safe.flatMap((x) => x.edits), opts),
        });
      }
    }
    // Every section reported missing, wherever the request is on the title.
    const reported = [...new Set(findings.filter((f) => typeof f.data?.kind === 'string' && !f.data.placeholder && f.fixes.some((x) => x.explicit)).map((f) => f.data!.kind as SectionKind))];
    if (missing.length && reported.length > 1) {
      const fix = insertSectionsFix(doc, reported, a.analysis.words);
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(a, fix.edits, opts) };
      if (opts.commands && fix.edits.length === 1) action.command = { title: 'Show the new text', command: REVEAL_COMMAND, arguments: [a.uri, insertedRange(a, fix.edits[0])] };
      out.push(action);
    }
    const checks: TurnOffArgs['checks'] = [];
    const disabled = new Set<string>();
    for (const i of order) {
      const f = findings[i];
      if (disabled.has(f.ruleId) || f.ruleId === 'invalid-config') continue;
      disabled.add(f.ruleId);
      const documentLevel = isDocumentLevel(a, f);
      if (opts.commands) {
        checks.push({
          ruleId: f.ruleId,
          message: f.message,
          documentLevel,
          ...(documentLevel ? {} : { lineEdit: workspaceEdit(a, disableLineEdits(a, f), opts) }),
          fileEdit: workspaceEdit(a, disableFileEdits(a, f), opts),
        });
        continue;
      }
      const diagnostics = diagnosticFor(a, i, req.diagnostics);
      if (!documentLevel) out.push({ title: `Disable ${f.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(a, disableLineEdits(a, f), opts) });
      out.push({ title: `Disable ${f.ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(a, disableFileEdits(a, f), opts) });
    }
    if (checks.length) {
      const args: TurnOffArgs = { uri: a.uri, checks };
      out.push({
        title: checks.length === 1 ? `Turn off this check (${checks[0].ruleId})…` : `Turn off a check here (${checks.length} checks)…`,
        kind: CodeActionKind.QuickFix,
        command: { title: 'Turn off a check', command: TURN_OFF_COMMAND, arguments: [args] },
      });
    }
  }
  if (req.only && req.only.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + '.'))) {
    const edits = chooseFixes(findings, doc).flatMap((f) => f.edits);
    if (edits.length) out.push({ title: 'Fix all strategy-lint problems', kind: FIX_ALL_KIND, edit: workspaceEdit(a, edits, opts) });
  }
  return out;
}

// ---- missing sections and completion ----

/** Section kinds the document has no heading for. */
export function missingKinds(a: Analysed): SectionKind[] {
  const have = new Set(a.analysis.doc.sections.flatMap((s) => s.kinds));
  return SECTION_KINDS.map((k) => k.kind).filter((k) => !have.has(k));
}

export function missingSections(a: Analysed, opts: EditOptions): MissingSection[] {
  return missingKinds(a).map((kind) => {
    const info = sectionText(kind, a.analysis.words);
    return { kind, title: info.title, purpose: info.purpose, edit: workspaceEdit(a, insertSectionFix(a.analysis.doc, kind, a.analysis.words).edits, opts) };
  });
}

type SnippetItem = { name: string; prefixes: string[]; description: string; body: string };
const snippetSets = new WeakMap<Words, SnippetItem[]>();
/** Snippet prefixes and bodies, as the client's snippet file has them, in the document's words. */
function snippetItems(words: Words): SnippetItem[] {
  let items = snippetSets.get(words);
  if (!items) {
    items = Object.entries(snippets(words)).map(([name, sn]) => ({
      name,
      prefixes: Array.isArray(sn.prefix) ? sn.prefix : [sn.prefix],
      description: sn.description,
      body: sn.body.join('\n'),
    }));
    snippetSets.set(words, items);
  }
  return items;
}

/**
 * After `#`s at the start of a line: the headings of the sections the document
 * lacks, each inserting its skeleton. After a word at the start of a line: the
 * strategy snippets whose prefix it begins, for editors without our snippet
 * file (the VS Code extension has it, and opens the suggestions itself).
 */
export function completion(a: Analysed, pos: Position, opts: { snippets?: boolean } = {}): CompletionItem[] {
  const text = a.analysis.doc.text;
  const offset = toOffset(a.doc, pos);
  const start = lineStart(text, offset);
  const typed = text.slice(start, offset);
  const word = /^[ \t]*([A-Za-z][\w-]*)$/.exec(typed);
  if (word && opts.snippets !== false) {
    const w = word[1].toLowerCase();
    const range = toRange(a.doc, { start: offset - word[1].length, end: offset });
    return snippetItems(a.analysis.words).filter((sn) => sn.prefixes.some((p) => p.startsWith(w))).map((sn, i) => ({
      label: sn.prefixes.find((p) => p.startsWith(w)) ?? sn.prefixes[0],
      kind: CompletionItemKind.Snippet,
      detail: `strategy-lint: ${sn.name}`,
      documentation: { kind: MarkupKind.Markdown, value: sn.description },
      sortText: String(i).padStart(2, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: a.analysis.doc.eol === '\n' ? sn.body : sn.body.replace(/\n/g, a.analysis.doc.eol) },
    }));
  }
  const m = /^(#{1,6})(?:[ \t]+(.*))?$/.exec(typed);
  if (!m) return [];
  const level = m[1].length;
  const range = toRange(a.doc, { start, end: offset });
  return missingKinds(a).map((kind, i) => {
    const info = sectionText(kind, a.analysis.words);
    return {
      label: info.title,
      kind: CompletionItemKind.Snippet,
      detail: 'strategy-lint: insert section',
      documentation: { kind: MarkupKind.Markdown, value: info.purpose },
      sortText: String(i).padStart(2, '0'),
      filterText: `${m[1]} ${info.title}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: inDocEol(a, sectionSkeleton(a.analysis.doc, kind, a.analysis.words, level)) },
    };
  });
}

// ---- scorecard ----

export function codeLenses(a: Analysed): CodeLens[] {
  const doc = a.analysis.doc;
  const span = doc.title?.span ?? { start: 0, end: Math.max(0, doc.text.indexOf('\n')) };
  return [{ range: toRange(a.doc, span), command: { title: a.card.summary, command: SHOW_SCORECARD_COMMAND, arguments: [a.uri] } }];
}

export function scorecardResult(a: Analysed): ScorecardResult {
  const entries = [
    ...a.card.questions.map((q) => ({ q, group: 'question' as const })),
    ...a.card.qualities.map((q) => ({ q, group: 'quality' as const })),
  ].map(({ q, group }) => ({
    group,
    id: q.id,
    label: q.label,
    answer: q.answer,
    mark: q.answer === 'yes' ? '✓' : q.answer === 'partly' ? '~' : '✗',
    evidence: q.evidence.map((e) => ({ range: toRange(a.doc, e.span), label: e.label, ruleId: e.ruleId })),
    problems: q.problems.map((p) => ({ range: toRange(a.doc, p.span), message: p.message, ruleId: p.ruleId })),
  }));
  const link = (r: { start: { line: number } }) => `${a.uri}#L${r.start.line + 1}`;
  const md: string[] = ['# Strategy scorecard', '', a.card.summary, ''];
  for (const [group, title] of [['question', "The board's five questions"], ['quality', 'The six qualities of a good strategy']] as const) {
    md.push(`## ${title}`, '');
    for (const e of entries.filter((x) => x.group === group)) {
      md.push(`- ${e.mark} **${e.label}**`);
      for (const ev of e.evidence) md.push(`  - Evidence: [${ev.label.replace(/[[\]]/g, '')}](${link(ev.range)})`);
      for (const p of e.problems) md.push(`  - Problem (${p.ruleId}): [${p.message.replace(/[[\]]/g, '')}](${link(p.range)})`);
    }
    md.push('');
  }
  md.push("The questions and qualities come from NHS Providers' Digital Boards guidance.");
  return { uri: a.uri, version: a.version, summary: a.card.summary, entries, markdown: md.join('\n') };
}

/** The board pack's model of the analysed version, for the scorecard panel. */
export function reportResult(a: Analysed, now = new Date()): ReportResult {
  const name = decodeURIComponent(a.uri.replace(/[?#].*$/, '').split('/').pop() || a.uri);
  const model = buildReport({ analysis: a.analysis, scorecard: scorecard(a.analysis), path: name, now });
  model.version = a.version;
  return { uri: a.uri, version: a.version, model };
}

export { scorecardAnswers };
