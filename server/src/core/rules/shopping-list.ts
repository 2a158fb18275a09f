// shopping-list: too many parallel priorities with nothing ranking or phasing them (shopping-list pitfall).
import { defineRule } from '../rule';
import { quote, sectionScope, marked } from '../lexicon';
import { ledInLists, placed, placedSection, reportLimited, type Pending } from '../rule-helpers';
import type { SectionKind } from '../sections';
import type { Span } from '../types';

interface Options {
  maxItems: number;
  maxLeaves: number;
  limit: number;
}

const PRIORITY_KINDS: readonly SectionKind[] = ['priorities', 'outcomes'];
/** Words that rank or phase work: any of them in a priorities section (or a priorities section above it) means it is not a flat list. */
const RANKING =
  /\b(?:first(?:ly)?|second(?:ly)?|phase[ds]?|phasing|stage[ds]|year\s+(?:one|two|three|four|five|\d)|in\s+(?:order|turn)|order\s+of\s+(?:priority|importance)|ranked|top\s+(?:priority|priorities|\d+|three|five)|highest\s+priority|most\s+important|immediate(?:ly)?|short[\s-]term|medium[\s-]term|long[\s-]term|(?:now|next|later)\s*[:–—-]|now,?\s+next|horizon\s+(?:one|two|three|\d)|wave\s+(?:one|two|\d))\b/i;
/** A lead-in naming the list after it as priorities or actions (not measures or outcomes, which are not work to rank). */
const PRIORITY_LEAD_IN = /\b(?:priorit(?:y|ies)|actions?|initiatives?|commitments?|workstreams?|we\s+will|we\s+are\s+going\s+to)\b[^:]*:\s*$/i;
/** An item that carries its own timing ("2025/26: ...", "Q3: ...") is phased too. */
const ITEM_TIMING = /\b(?:(?:19|20)\d{2}(?:\/\d{2})?|q[1-4])\b/i;

/** A top-level list too long or too deep, with no item that ranks itself (chunk-relative; `local` is its section). */
type Flat = ({ local: number; span: Span; items: number } | { local: number; span: Span; items?: undefined; deepest: number; leaves: number }) & {
  /** Its lead-in names it as priorities or actions ("Our priorities are:", "We will:"), so it counts under any heading. */
  ledIn?: boolean;
};

interface Scan {
  /** Local sections whose own text or heading ranks or phases the work, ascending. */
  ranked: number[];
  lists: Flat[];
}

export default defineRule<Options, Scan>({
  meta: {
    id: 'shopping-list',
    description: 'A long flat list of priorities, with nothing ranking or phasing them, reads as a shopping list.',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'focused',
    question: 'not-prioritising',
    options: {
      maxItems: { type: 'integer', minimum: 2, maximum: 100, default: 7, description: 'Most priorities (list items or subsections) at one level before the rule asks for ranking or phasing.' },
      maxLeaves: { type: 'integer', minimum: 2, maximum: 500, default: 20, description: 'Most leaf items in a list nested three or more deep under a priorities heading.' },
      limit: { type: 'integer', minimum: 1, maximum: 100, default: 5, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance warns against strategies that read like a shopping list: many things the organisation would like, with no priorities, constraints, resources or timing. Past seven or so parallel items, readers cannot hold the list in mind and the board cannot tell what matters most.',
      good:
        'A handful of priorities, ranked or phased (now, next, later; year one, year two; phase 1, phase 2), each with why it comes where it does. A longer list is fine when it is grouped into phases or says it is in priority order.',
      before: '## Our priorities\n\n- Cloud\n- Apps\n- AI\n- Data\n- Cyber\n- Robotics\n- Portal\n- Wi-Fi',
      after: '## Our priorities\n\nIn order of priority:\n\n1. Now: Wi-Fi and cyber security\n2. Next: the patient portal\n3. Later: data and AI, once the first two are done',
      fix: 'Rank the list, group it into phases, or move what can wait into a "What we will not do" section. Saying "in order of priority" above a numbered list also settles it.',
    },
  },
  scan(chunk, { options }) {
    const ranked: number[] = [];
    for (const s of chunk.sentences) if (ranked[ranked.length - 1] !== s.local && RANKING.test(s.text)) ranked.push(s.local);
    // Whether a list is under priorities and unranked is for `check`.
    const lists: Flat[] = [];
    const ledIn = ledInLists(chunk, PRIORITY_LEAD_IN);
    for (const [index, list] of chunk.lists.entries()) {
      if (list.depth !== 0) continue;
      const led = ledIn.includes(index) ? { ledIn: true } : {};
      const items = list.items.map((i) => chunk.listItems[i]);
      // Items that rank themselves ("Year 1: ...") make it a plan, not a list.
      if (items.some((it) => RANKING.test(it.text) || ITEM_TIMING.test(it.text))) continue;
      const first = items[0];
      if (items.length > options.maxItems) {
        lists.push({ local: list.local, span: first.textSpan, items: items.length, ...led });
        continue;
      }
      // Deep nesting with many leaves is a shopping list in disguise.
      const end = list.span.end;
      let leaves = 0;
      let deepest = 0;
      for (let i = list.items[0]; i < chunk.listItems.length && chunk.listItems[i].span.start < end; i++) {
        const it = chunk.listItems[i];
        deepest = Math.max(deepest, it.depth);
        const next = chunk.listItems[i + 1];
        if (!next || next.span.start >= it.span.end) leaves++;
      }
      // Numbered priorities each with its own action list count too: one level of nesting is enough when the leaves are many.
      if (deepest >= 1 && leaves > options.maxLeaves) lists.push({ local: list.local, span: first.textSpan, deepest, leaves, ...led });
    }
    return { ranked, lists };
  },
  check(ctx) {
    const { doc, options } = ctx;
    const scoped = sectionScope(doc, PRIORITY_KINDS);
    // Sections whose own text or heading ranks or phases the work.
    const ranked = new Set<number>();
    for (const p of ctx.scanned) {
      for (const local of p.value.ranked) {
        const section = placedSection(p, local);
        if (section >= 0) ranked.add(section);
      }
    }
    // Only priorities sections themselves count: a year in the document's title ranks nothing.
    const isRanked = (section: number) => {
      for (let i = section; i >= 0 && scoped(i); i = doc.sections[i].parent) if (ranked.has(i)) return true;
      return false;
    };
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const list of p.value.lists) {
        const section = placedSection(p, list.local);
        if (!(scoped(section) || list.ledIn) || isRanked(section)) continue;
        if (list.items !== undefined) {
          pending.push({
            span: placed(p, list.span),
            message: `This list has ${list.items} priorities side by side and nothing ranks or phases them. Rank them, group them into phases, or move some into "What we will not do".`,
            weight: list.items,
          });
        } else {
          pending.push({
            span: placed(p, list.span),
            message: `This list nests ${list.deepest + 1} levels deep with ${list.leaves} items at the bottom, and nothing ranks or phases them. Say which come first.`,
            weight: list.leaves,
          });
        }
      }
    }
    // Each section's subsections, found in one pass (a filter per section is quadratic in a document of many headings).
    const childrenOf = new Map<number, (typeof doc.sections)[number][]>();
    for (const c of doc.sections) {
      if (c.parent < 0) continue;
      const siblings = childrenOf.get(c.parent);
      if (siblings) siblings.push(c);
      else childrenOf.set(c.parent, [c]);
    }
    for (const sec of doc.sections) {
      if (!scoped(sec.index) || isRanked(sec.index)) continue;
      const children = childrenOf.get(sec.index) ?? [];
      if (children.length <= options.maxItems) continue;
      if (children.some((c) => RANKING.test(c.heading.text) || ITEM_TIMING.test(c.heading.text))) continue;
      pending.push({
        span: sec.heading.span,
        message: `"${quote(sec.heading.text)}" has ${children.length} parallel subsections and nothing ranks or phases them. Say which come first and which can wait.`,
        weight: children.length,
      });
    }
    pending.sort((a, b) => a.span.start - b.span.start);
    reportLimited(ctx, pending, options.limit, (n) => `${n} lists or sections set out many parallel priorities without ranking or phasing them. ${marked(options.limit, 'longest')}`);
  },
});
