// measurable-outcome: outcomes and objectives need a measure and a date (vague pitfall; board question 5).
import { defineRule } from '../rule';
import { BASELINE, OWNER, firstDate, hasDateOrPeriod, hasMeasure, placed, placedSection, reportLimited, type Pending } from '../rule-helpers';
import type { Chunk, Doc } from '../model';
import { share } from '../memo';
import { quote } from '../lexicon';
import { Suppressions } from '../directives';
import type { Scanned } from '../rule';
import type { SectionKind } from '../sections';
import type { Fix, Span } from '../types';

interface Options {
  minWords: number;
  lesserFindings: boolean;
  limit: number;
}

const OUTCOME_KINDS: readonly SectionKind[] = ['outcomes', 'priorities'];

/**
 * What a finding will say, worked out from the text alone (chunk-relative span). Most lists
 * sit outside outcomes sections and are never reported, so the scan keeps only short
 * shared strings; `check` words the message and builds the fix for those that are.
 */
interface Candidate {
  span: Span;
  /** `missing`: no measure or no date; `lesser`: no baseline or no owner; `prompts`: unfilled prompts. */
  say: 'missing' | 'lesser' | 'prompts';
  /** What is missing (a constant phrase), or for prompts the prompts left in. */
  what: string;
  weight: number;
  /** For a list item: its list's index in the chunk, for the table fix and for one finding per list. */
  list?: number;
  /** For a list item: its words, shortened, to name it in a finding for the whole list. */
  name?: string;
  /** For a list item: whether it states a change of degree ("improve", "fewer", "easier"), which a date alone cannot show. */
  change?: boolean;
}

/** The rows of a list's table fix (shared by its items' findings); null when the list cannot become a table. */
interface TableRows {
  /** The list's span, chunk-relative. */
  span: Span;
  rows: string[];
}

/** Candidates under one local section (-1: before the chunk's first heading), in document order. */
interface Group<T> {
  local: number;
  found: T[];
}

interface Scan {
  items: Array<Group<Candidate>>;
  rows: Array<Group<Candidate>>;
  /** Lists (chunk indices) that a lead-in names as outcomes, goals, priorities or actions ("Our priorities are:"), under any heading. */
  ledIn: number[];
  /** Lists (chunk indices) that a lead-in names as measures to track ("We will measure progress by tracking:"): metrics, not outcomes. */
  measures: number[];
  /** Lists (chunk indices) whose lead-in describes what has been done, problems or what exists: not outcomes. */
  described: number[];
  /** Lists (chunk indices) whose lead-in, or the paragraph before it, gives a date that covers the items. */
  dated: number[];
}

/** A lead-in to a list of metrics rather than outcomes. */
const MEASURES_LEAD_IN = /\b(?:measur(?:e|es|ed|ing)|track(?:ing|ed)?|metrics?|indicators?|kpis?)\b[^:]*:\s*$/i;
/** A lead-in to examples rather than to the strategy's own list. */
const EXAMPLES_LEAD_IN = /\b(?:notably|such\s+as|for\s+example|for\s+instance|e\.g\.?|including)\s*:\s*$/i;
/** A list item that is only a link (a contents entry). */
const LINK_ONLY = /^\s*\[[^\]]*\]\([^)]*\)[.;,]?\s*$/;

/** A lead-in that names the list after it as outcomes or commitments: "Our priorities are:", "We will measure progress by tracking:". */
// The naming word sits near the colon ("our priorities are:", "the actions we will take this year are:"):
// in "... designed to complement the seven themes of the NHS People Promise:" the list is another body's.
const LEAD_IN = /\b(?:outcomes?|objectives?|goals?|aims?|ambitions?|targets?|priorit(?:y|ies)|actions?|commitments?|deliverables|milestones|key\s+results|measures?|tracking|we\s+will|we\s+are\s+going\s+to|we\s+aim\s+to)\b(?:\s+[^\s:]+){0,7}\s*:\s*$/i;

/**
 * A lead-in to what has been done, or to problems, rather than to the strategy's own outcomes:
 * "We have already had some success, notably in:", "In 2012 we have:", "Guidelines were issued
 * that say government should:", "There are problems with:". Such a list is read as description.
 */
const PAST_LEAD_IN =
  /\b(?:already|so\s+far|to\s+date|previously|last\s+year|in\s+the\s+past)\b|\b(?:we|they|it|[Tt]he\s+\w+)\s+(?:have|has|had)\s*:\s*$|\b(?:have|has|had)\s+(?:\w+\s+)?(?:achieved|delivered|completed|done|made|established|built|launched|introduced|published|issued|created|secured|won|rolled\s+out|put\s+in\s+place)\b|\b(?:was|were)\s+(?:\w+\s+)?(?:issued|published|introduced|launched|agreed|adopted|set\s+up|achieved|delivered|completed)\b/i;
const PROBLEM_LEAD_IN =
  /\b(?:problems?|challenges?|barriers?|risks?|threats?|obstacles?|difficult(?:y|ies)|weaknesses|pressures)\b(?:\s+(?:with|include|includes|are|is|such\s+as|we\s+face|facing\s+(?:us|the\s+\w+)))?\s*:\s*$/i;
/** A lead-in to the strategy's answer to the problems it names: "To meet these challenges, we will:". */
const ANSWER_LEAD_IN = /\b(?:we\s+will|we['’]ll|our\s+(?:approach|response|plan|actions?)|to\s+(?:meet|tackle|address|overcome|manage|reduce|remove))\b/i;
/** A caption or lead-in to what exists now: "Figure 5: Existing programmes", "Current projects:". */
const EXISTING_LEAD_IN = /^(?:(?:figure|table)\s+\d+[.:]?\s*)?(?:existing|current|completed|recent|past)\b/i;
/** A change of degree: a date alone cannot show that it happened. */
const CHANGE = /\b(?:improv\w*|increas\w*|reduc\w*|rais(?:e|es|ed|ing)|lower\w*|cut|cuts|grow\w*|better|more|less|fewer|faster|easier|greater|higher|wider|stronger|enhanc\w*|boost\w*|expand\w*|decreas\w*|halv\w*|doubl\w*|maximi[sz]\w*|minimi[sz]\w*|shorter|quicker|cheaper)\b/i;
/** A short last sentence ("These will include:") whose paragraph names metrics earlier. */
const MEASURE_WORDS = /\b(?:measur(?:e|es|ed|ing)|metrics?|indicators?|kpis?)\b/i;

/** Whether a lead-in paragraph (its text and last sentence) describes the past, problems or what exists, not the strategy's outcomes. */
function describes(text: string, last: string): boolean {
  if (PAST_LEAD_IN.test(last) || EXISTING_LEAD_IN.test(text.trim())) return true;
  return PROBLEM_LEAD_IN.test(last) && !ANSWER_LEAD_IN.test(last);
}

const BOTH = 'no measure and no date';
const NO_MEASURE = 'no measure (a number or metric)';
const NO_DATE = 'no date or period';
const NO_BASELINE_OR_OWNER = 'no baseline (the figure it starts from) and no owner';
const NO_BASELINE = 'no baseline (the figure it starts from)';
const NO_OWNER = 'no named owner';

function message(c: Candidate): string {
  if (c.say === 'missing') return `This outcome has ${c.what}, so nobody can tell whether it has been achieved. Say what will change, by how much and by when.`;
  if (c.say === 'lesser') return `This outcome is measurable but gives ${c.what}. Adding ${c.what === NO_BASELINE_OR_OWNER ? 'both' : 'one'} makes progress easier to judge.`;
  return `This outcome still has prompts to fill in (${c.what}). Replace them with the measure, the figures, the date and the owner.`;
}

/** An item's name in a finding: its run-in label ("Lead time: ...") or its first words. */
function itemName(text: string): string {
  const label = /^([^:]{3,40}):\s/.exec(text);
  return quote(label ? label[1] : text, 40);
}

function metricsMessage(group: Candidate[]): string {
  const names = group.slice(0, 3).map((c) => `"${c.name}"`).join(', ') + (group.length > 3 ? ` and ${group.length - 3} more` : '');
  return `This list names ${group.length === 1 ? 'a measure' : `${group.length} measures`} to track (${names}) but no baseline, target or date. Say where each starts, where it should be and by when.`;
}

/** One finding for several items of one list: how many, what they lack, and which they are. */
function listMessage(group: Candidate[], total: number): string {
  const names = group.slice(0, 3).map((c) => `"${c.name}"`);
  const more = group.length > 3 ? ` and ${group.length - 3} more` : '';
  const which = `${names.join(', ')}${more}`;
  if (group[0].say === 'lesser') {
    return `${count(group.length, total)} in this list ${group.length === 1 ? 'is' : 'are'} measurable but give no baseline or no owner (${which}). Adding them makes progress easier to judge.`;
  }
  const whats = new Set(group.map((c) => c.what));
  const what = whats.size === 1 ? group[0].what : 'no measure or no date';
  return `${count(group.length, total)} in this list have ${what}, so nobody can tell whether they have been achieved: ${which}. Say what will change, by how much and by when for each.`;
}

const count = (n: number, total: number) => (n === total ? (n === 2 ? 'Both outcomes' : `All ${n} outcomes`) : `${n} of the ${total} outcomes`);

function rowsMessage(group: Candidate[]): string {
  if (group[0].say === 'prompts') return `${group.length} rows of this outcomes table still have prompts to fill in (${group[0].what}). Replace them with the measure, the figures, the date and the owner.`;
  const whats = new Set(group.map((c) => c.what));
  return `${group.length} rows of this outcomes table have ${whats.size === 1 ? group[0].what : 'no measure or no date'}, so nobody can tell whether they have been achieved. Say what will change, by how much and by when for each.`;
}

/** The top-level list a (possibly nested) list sits in, by chunk index. */
function rootList(chunk: Chunk, index: number): number {
  const list = chunk.lists[index];
  if (list.depth === 0) return index;
  for (let i = index - 1; i >= 0; i--) {
    const l = chunk.lists[i];
    if (l.depth === 0 && l.span.start <= list.span.start && l.span.end >= list.span.end) return i;
  }
  return index;
}

function addTo<T>(groups: Array<Group<T>>, local: number, c: T): void {
  const last = groups[groups.length - 1];
  if (last && last.local === local) last.found.push(c);
  else groups.push({ local, found: [c] });
}

export default defineRule<Options, Scan>({
  meta: {
    id: 'measurable-outcome',
    description: 'Each outcome, objective or goal should have a measure and a date; a baseline and an owner make it stronger.',
    defaultSeverity: 'warning',
    fixable: true,
    quality: 'realistic',
    question: 'five-year-impact',
    options: {
      minWords: { type: 'integer', minimum: 1, maximum: 50, default: 4, description: 'Items shorter than this (labels such as "Patients") are not read as outcomes.' },
      lesserFindings: { type: 'boolean', default: true, description: 'Also report, as hints, outcomes that have a measure and a date but no baseline or no owner.' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 15, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance names vague, cookie-cutter strategies as a pitfall: they give no tangible, measurable description of how things will be different. Boards are asked whether they understand what the impact will be five years on, which they cannot judge without a measure and a date.',
      good:
        'Every item under an outcomes, objectives, goals, ambitions or priorities heading says what will change, by how much and by when: a number or measure and a date or period. The strongest also give the starting point (baseline) and a named owner.',
      before: '## Objectives\n\n- Improve patient access to records',
      after: '## Objectives\n\n- Raise the share of patients who can see their record in the NHS App from 40% (March 2025) to 75% by March 2027 (owner: chief nursing information officer)',
      fix: 'Add a figure and a date to the item. The quick fix turns the list into a table with columns for the outcome, metric, baseline, target, date and owner, ready to fill in.',
    },
  },
  scan(chunk, { options }) {
    // Per chunk: the list items and table rows that would be reported if they
    // sit under an outcomes or priorities heading, grouped by local section.
    // Whether they do is for `check`.
    const items: Scan['items'] = [];
    const rowsFound: Scan['rows'] = [];
    const ledIn: number[] = [];
    const measures: number[] = [];
    const described: number[] = [];
    const dated: number[] = [];
    const describedTables: number[] = [];
    /** The paragraph just before a block, with nothing else between them, in the same local section. */
    const before = (start: number, local: number) => {
      let lead: (typeof chunk.paragraphs)[number] | undefined;
      for (const para of chunk.paragraphs) if (para.span.end <= start && !para.inList) lead = para;
      if (!lead || lead.local !== local || chunk.text.slice(lead.span.end, start).trim() !== '') return undefined;
      return lead;
    };
    const paraText = (para: (typeof chunk.paragraphs)[number]) => para.sentences.map((x) => x.text).join(' ');
    chunk.lists.forEach((list, index) => {
      if (list.depth !== 0) return;
      const lead = before(list.span.start, list.local);
      if (!lead) return;
      const last = lead.sentences[lead.sentences.length - 1];
      if (!last) return;
      const text = paraText(lead);
      if (describes(text, last.text)) {
        described.push(index);
        return;
      }
      // A date in the lead-in, or in the paragraph just before it ("We have chosen four services to
      // redesign by March 2015. They are:"), dates the items: they are the steps of a dated action.
      const prior = before(lead.span.start, list.local);
      if (hasDateOrPeriod(text) || (prior && hasDateOrPeriod(paraText(prior)))) dated.push(index);
      // "... set out 14 actions, notably:" quotes examples from another plan; it is not this strategy's list.
      if (EXAMPLES_LEAD_IN.test(last.text)) return;
      if (MEASURES_LEAD_IN.test(last.text) || (last.words <= 6 && /:\s*$/.test(last.text) && MEASURE_WORDS.test(text))) measures.push(index);
      else if (LEAD_IN.test(last.text)) ledIn.push(index);
    });
    chunk.tables.forEach((table, index) => {
      const lead = before(table.span.start, table.local);
      const last = lead?.sentences[lead.sentences.length - 1];
      if (lead && last && describes(paraText(lead), last.text)) describedTables.push(index);
    });
    // Numbered paragraphs (papers that number every paragraph: "17. The department recognises that …"):
    // a one-item ordered list that starts past 1 and holds a paragraph of prose is not a list of outcomes.
    const numberedParagraph = (index: number): boolean => {
      const list = chunk.lists[index];
      if (!list || !list.ordered || list.items.length !== 1) return false;
      const n = /^\s*(\d+)[.)]/.exec(chunk.text.slice(list.span.start, list.span.start + 16));
      const only = chunk.listItems[list.items[0]];
      return !!n && Number(n[1]) > 1 && !!only && only.text.split(/\s+/).length >= 25;
    };
    for (const item of chunk.listItems) {
      if (item.text.split(/\s+/).length < options.minWords) continue;
      if (item.depth === 0 && numberedParagraph(item.list)) continue;
      if (LINK_ONLY.test(chunk.text.slice(item.textSpan.start, item.textSpan.end))) continue;
      // A question ("What further areas need an assessment?") asks; it promises nothing.
      if (/\?\s*$/.test(item.text)) continue;
      const measure = hasMeasure(item.text);
      const date = hasDateOrPeriod(item.text);
      if (!measure || !date) {
        addTo(items, item.local, { span: item.textSpan, say: 'missing', what: !measure && !date ? BOTH : !measure ? NO_MEASURE : NO_DATE, weight: !measure && !date ? 2 : 1, list: item.list, name: itemName(item.text), change: CHANGE.test(item.text) });
      } else if (options.lesserFindings) {
        const baseline = BASELINE.test(item.text);
        const owner = OWNER.test(item.text);
        if (!baseline || !owner) {
          addTo(items, item.local, { span: item.textSpan, say: 'lesser', what: !baseline && !owner ? NO_BASELINE_OR_OWNER : !baseline ? NO_BASELINE : NO_OWNER, weight: 0, list: item.list, name: itemName(item.text) });
        }
      }
    }
    // Rows of an outcomes table count too, so that a table of unfilled prompts (the quick fix's, say) is not taken as done.
    for (const [t, table] of chunk.tables.entries()) {
      if (describedTables.includes(t)) continue;
      for (let r = 1; r < table.rows.length; r++) {
        const text = table.rows[r].join(' ').trim();
        if (text.split(/\s+/).length < options.minWords) continue;
        const prompts = text.match(PROMPT);
        const measure = hasMeasure(text.replace(PROMPT, ' '));
        const date = hasDateOrPeriod(text.replace(PROMPT, ' '));
        const weight = !measure && !date ? 2 : 1;
        if (prompts) {
          addTo(rowsFound, table.local, { span: table.rowSpans[r], say: 'prompts', what: `${prompts.slice(0, 3).join(', ')}${prompts.length > 3 ? ', …' : ''}`, weight });
        } else if (!measure || !date) {
          addTo(rowsFound, table.local, { span: table.rowSpans[r], say: 'missing', what: !measure && !date ? BOTH : !measure ? NO_MEASURE : NO_DATE, weight });
        }
      }
    }
    return { items, rows: rowsFound, ledIn, measures, described, dated };
  },
  check(ctx) {
    const { doc, options } = ctx;
    const pending: Pending[] = [];
    const inScope = new Map<number, boolean>();
    const scoped = (section: number): boolean => {
      let r = inScope.get(section);
      if (r === undefined) {
        r = false;
        for (let i = section; i >= 0; i = doc.sections[i].parent) {
          if (doc.sections[i].kinds.some((k) => OUTCOME_KINDS.includes(k))) {
            r = true;
            break;
          }
          if (doc.sections[i].kinds.includes('not-doing')) break;
        }
        inScope.set(section, r);
      }
      return r;
    };
    // An item switched off by an inline comment leaves its list's finding to the other items.
    const suppressions = ctx.directives.length ? new Suppressions(doc, [...ctx.directives]) : undefined;
    ctx.scanned.forEach((p, i) => {
      // One fix per list in place (a chunk's text, and so its scan, can occur more than once in a document).
      const fixes = new Map<number, Fix | null>();
      const chunk = doc.chunks[i].chunk;
      // One finding per list for each kind of gap, naming its items, rather than one per item.
      const byList = new Map<string, Candidate[]>();
      for (const g of p.value.items) {
        const section = placedSection(p, g.local);
        const scopedHere = section >= 0 && scoped(section);
        // A heading that gives a date ("Action 6: from April 2014, ...") dates the lists under it.
        const headingDated = section >= 0 && hasDateOrPeriod(doc.sections[section].heading.text);
        for (const c of g.found) {
          const root = rootList(chunk, c.list!);
          if (p.value.described.includes(root)) continue;
          const metrics = p.value.measures.includes(root);
          if (!scopedHere && !metrics && !p.value.ledIn.includes(root)) continue;
          // The items of a dated action are its steps and the action's date covers them: a step that is done
          // or not ("publish the standard") needs nothing more, a change of degree ("fewer calls") still needs a measure.
          let cand = c;
          if (c.say === 'missing' && !metrics && (headingDated || p.value.dated.includes(root))) {
            if (c.what === NO_DATE || !c.change) continue;
            cand = { ...c, what: NO_MEASURE, weight: 1 };
          }
          if (suppressions?.isSuppressed('measurable-outcome', placed(p, c.span).start)) continue;
          const key = `${c.list}\0${metrics ? 'metrics' : c.say === 'lesser' ? 'lesser' : 'missing'}`;
          const group = byList.get(key);
          if (group) group.push(cand);
          else byList.set(key, [cand]);
        }
      }
      for (const group of byList.values()) {
        const c = group[0];
        const metrics = p.value.measures.includes(rootList(chunk, c.list!));
        let fix = fixes.get(c.list!);
        if (fix === undefined) {
          const rows = listRows(chunk, c.list!);
          fixes.set(c.list!, (fix = rows && tableFix(doc, p, rows)));
        }
        pending.push({
          span: placed(p, c.span),
          // A list of metrics says what will be measured; what it lacks (targets and dates) is the lesser gap.
          ...(c.say === 'lesser' || metrics ? { severity: 'hint' as const } : {}),
          message: metrics ? metricsMessage(group) : group.length === 1 ? message(c) : listMessage(group, chunk.lists[c.list!].items.length),
          weight: group.reduce((w, x) => w + x.weight, 0),
          fixes: fix ? [fix] : [],
          ...(group.length > 1 ? { data: { items: group.length } } : {}),
        });
      }
    });
    for (const p of ctx.scanned) {
      for (const g of p.value.rows) {
        const section = placedSection(p, g.local);
        if (section < 0 || !scoped(section)) continue;
        // One finding per table and kind: the rows of one section's table come together.
        const bySay = new Map<string, Candidate[]>();
        for (const c of g.found) {
          const group = bySay.get(c.say);
          if (group) group.push(c);
          else bySay.set(c.say, [c]);
        }
        for (const group of bySay.values()) {
          const c = group[0];
          pending.push({ span: placed(p, c.span), message: group.length === 1 ? message(c) : rowsMessage(group), weight: group.reduce((w, x) => w + x.weight, 0) });
        }
      }
    }
    pending.sort((a, b) => a.span.start - b.span.start);
    reportLimited(ctx, pending, options.limit, (n) => `${n} lists or outcomes lack a measure, a date, a baseline or an owner. The worst ${options.limit} are marked.`);
  },
});

/** A writer's prompt left in the text, such as "[target]" or "[month year]". */
const PROMPT = /\[[^\]\n]{2,80}\]/g;
const FIGURE = '(?:£|\\$|€)?\\d[\\d,.]*\\s*(?:%|per\\s?cent)?';
const cell = (s: string) => s.replace(/\r?\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/** Table rows already worked out, by chunk model and list (a chunk's model lives as long as its text is unchanged). */
const rowsMade = new WeakMap<Chunk, Map<number, TableRows | null>>();

function listRows(chunk: Chunk, index: number): TableRows | null {
  let byList = rowsMade.get(chunk);
  if (!byList) rowsMade.set(chunk, (byList = new Map()));
  let rows = byList.get(index);
  if (rows === undefined) byList.set(index, (rows = share(tableRows(chunk, index))));
  return rows;
}

/**
 * The rows of a measurable-outcomes table for a simple top-level list, one
 * per item, keeping each item's own text (markup included) in the first
 * column. Lists with nested content are left alone, since a table row cannot hold it.
 */
function tableRows(chunk: Chunk, index: number): TableRows | null {
  const list = chunk.lists[index];
  if (list.depth !== 0) return null;
  const rows: string[] = [];
  for (const i of list.items) {
    const item = chunk.listItems[i];
    const raw = chunk.text.slice(item.textSpan.start, item.textSpan.end);
    // Anything in the item beyond its first paragraph would be lost.
    if (chunk.text.slice(item.textSpan.end, item.span.end).trim() !== '' || !raw.trim()) return null;
    const noYears = raw.replace(/\b(?:19|20)\d{2}(?:\/\d{2})?\b/g, (m) => ' '.repeat(m.length));
    // "from 40% to 75%": the first figure is the baseline and the second the target.
    const fromTo = new RegExp(`\\bfrom\\s+(${FIGURE})\\s+to\\s+(${FIGURE})`, 'i').exec(noYears);
    const target = fromTo ? fromTo[2] : new RegExp(FIGURE).exec(noYears)?.[0];
    const owner = /\((?:owner|owned by|led by|lead)\s*:?\s*([^)]+)\)/i.exec(raw)?.[1];
    rows.push(
      `| ${cell(raw)} | [how it is measured] | ${fromTo ? cell(fromTo[1]) : '[figure now, with date]'} | ${target ? cell(target) : '[target]'} | ${cell(firstDate(raw) ?? '[month year]')} | ${owner ? cell(owner) : '[named owner]'} |`,
    );
  }
  return { span: list.span, rows };
}

/** Turn the list into a measurable-outcomes table: the fix for its items' findings, unless the list sits inside a blockquote or similar. */
function tableFix(doc: Doc, p: Scanned<unknown>, t: TableRows): Fix | null {
  const span = placed(p, t.span);
  const lineStart = doc.text.lastIndexOf('\n', span.start - 1) + 1;
  if (doc.text.slice(lineStart, span.start).trim() !== '') return null; // inside a blockquote or similar
  const eol = doc.eol;
  const table = ['| Outcome | Metric | Baseline | Target | By when | Owner |', '| --- | --- | --- | --- | --- | --- |', ...t.rows].join(eol);
  // A table needs blank lines around it, or a line beside it (such as an item of
  // a neighbouring list) swallows it as lazy continuation text or a row.
  const prevLine = doc.text.slice(doc.text.lastIndexOf('\n', lineStart - 2) + 1, lineStart);
  const lead = lineStart > 0 && prevLine.trim() !== '' ? eol : '';
  const nextLine = /^\r?\n([^\r\n]*)/.exec(doc.text.slice(span.end));
  const trail = nextLine && nextLine[1].trim() !== '' ? eol : '';
  return { title: 'Turn this list into a measurable-outcomes table', edits: [{ start: span.start, end: span.end, newText: lead + table + trail }] };
}
