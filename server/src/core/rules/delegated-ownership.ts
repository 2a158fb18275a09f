// delegated-ownership: the strategy is owned or led by IT or consultants alone (Owned).
import { defineRule } from '../rule';
import { BOARD_WORDS, DELEGATED_LEAD, DELEGATE_ACRONYMS, DELEGATE_WORDS, inInlineCode, marked, quote } from '../lexicon';
import { placed, reportLimited, type Pending } from '../rule-helpers';
import type { Span } from '../types';
import { sentenceSpan } from '../text';

/** A strategy that names itself after the IT function (case-sensitive: "IT", never "it"). */
const IT_STRATEGY = /\b(?:IT|ICT|IM&T|IMT|IS)\s+[Ss]trateg(?:y|ies)\b/;
/** What comes just before a document's own name: "this", "our", "the", perhaps with a capitalised name ("the ESDC"). */
const OWN_NAME_BEFORE = /(?:^|\b(?:[Tt]his|[Oo]ur|[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}&'’-]*\s+){0,3})$/u;

interface Options {
  limit: number;
}

/** One chunk's sentences up to the first that names the board (chunk-relative spans). */
interface Scan {
  board?: { span: Span; quote: string };
  itStrategy?: { span: Span; text: string };
  leads: Array<{ span: Span; text: string }>;
}

export default defineRule<Options, Scan>({
  meta: {
    id: 'delegated-ownership',
    description: 'A strategy owned or led only by IT, the CIO or consultants, with no word of the board or chief executive, is delegated, not owned.',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'owned',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 100, default: 3, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance says a digital strategy must be owned by the whole board, not delegated to the IT department, the chief information officer or consultants. A strategy that only IT owns tends to be about technology rather than the organisation\'s purpose.',
      good:
        'The strategy names the board (or chief executive, executive team or equivalent) as its owner. IT or a digital team can lead delivery, as long as the board owns the strategy.',
      before: 'This strategy is owned by the IT department.',
      after: 'The trust board owns this strategy; the chief digital information officer leads its delivery and reports to the board every quarter.',
      fix: 'Say that the board owns the strategy, and describe the IT or digital team\'s role as leading delivery on the board\'s behalf.',
    },
  },
  scan(chunk) {
    // Per chunk: the first sentence that names the board (nothing after it
    // matters), and before it the first "IT strategy" and every delegated lead.
    const leads: Array<{ span: Span; text: string }> = [];
    let itStrategy: { span: Span; text: string } | undefined;
    for (const s of chunk.sentences) {
      // A skeleton or snippet left unfilled says nothing about who owns the strategy.
      if (s.prompt) continue;
      if (BOARD_WORDS.test(s.text)) return { board: { span: s.span, quote: quote(s.text, 80) }, leads, itStrategy };
      if (!itStrategy) {
        const m = IT_STRATEGY.exec(s.text);
        // Only where the phrase names this document: a heading or title, or "this / our / the [Name] IT strategy".
        // "staff in IT strategy and development" (a job family in a table a conversion flattened) names no document.
        if (m && (s.source === 'heading' || OWN_NAME_BEFORE.test(s.text.slice(0, m.index)))) itStrategy = { span: sentenceSpan(s, m.index, m.index + m[0].length), text: m[0] };
      }
      if (s.source === 'heading') continue;
      DELEGATED_LEAD.lastIndex = 0;
      let lead: RegExpExecArray | null;
      while ((lead = DELEGATED_LEAD.exec(s.text))) {
        const rest = s.text.slice(lead.index + lead[0].length);
        const who = DELEGATE_WORDS.exec(rest) ?? DELEGATE_ACRONYMS.exec(rest);
        if (!who) continue;
        const end = lead.index + lead[0].length + who[0].length;
        const span = sentenceSpan(s, lead.index, end);
        if (inInlineCode(chunk, span.start)) continue;
        leads.push({ span, text: s.text.slice(lead.index, end) });
        break;
      }
    }
    return { leads, itStrategy };
  },
  check(ctx) {
    const { options } = ctx;
    for (const p of ctx.scanned) {
      const board = p.value.board;
      if (board) {
        ctx.evidence(placed(p, board.span), board.quote);
        return;
      }
    }
    const pending: Pending[] = [];
    let itStrategy: Pending | undefined;
    for (const p of ctx.scanned) {
      const it = p.value.itStrategy;
      if (!itStrategy && it) {
        itStrategy = {
          span: placed(p, it.span),
          message: `The strategy calls itself an "${it.text}" and never names the board or chief executive. The Digital Boards guidance asks for a strategy the whole board owns, not one left to IT.`,
          severity: 'info',
          weight: 0,
        };
      }
      for (const lead of p.value.leads) {
        pending.push({
          span: placed(p, lead.span),
          message: `"${lead.text}", and the strategy never names the board or chief executive. The Digital Boards guidance asks the whole board to own the strategy; say so.`,
          weight: 1,
        });
      }
    }
    if (pending.length === 0 && itStrategy) pending.push(itStrategy);
    reportLimited(ctx, pending, options.limit, (n) => `${n} places give the strategy to IT or consultants, and none names the board or chief executive. ${marked(options.limit)}`);
  },
});
