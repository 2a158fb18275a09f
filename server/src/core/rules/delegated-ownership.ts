// delegated-ownership: the strategy is owned or led by IT or consultants alone (Owned).
import { defineRule } from '../rule';
import { BOARD_WORDS, DELEGATED_LEAD, DELEGATE_ACRONYMS, DELEGATE_WORDS, inInlineCode, marked, quote } from '../lexicon';
import { reportLimited, type Pending } from '../rule-helpers';
import { sentenceSpan } from '../text';

/** A strategy that names itself after the IT function (case-sensitive: "IT", never "it"). */
const IT_STRATEGY = /\b(?:IT|ICT|IM&T|IMT|IS)\s+[Ss]trateg(?:y|ies)\b/;

interface Options {
  limit: number;
}

export default defineRule<Options>({
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
  check(ctx) {
    const { doc, options } = ctx;
    const pending: Pending[] = [];
    let board = false;
    let itStrategy: Pending | undefined;
    for (const s of doc.sentences) {
      if (BOARD_WORDS.test(s.text)) {
        board = true;
        ctx.evidence(s.span, quote(s.text, 80));
        break;
      }
      if (!itStrategy) {
        const m = IT_STRATEGY.exec(s.text);
        if (m) {
          itStrategy = {
            span: sentenceSpan(s, m.index, m.index + m[0].length),
            message: `The strategy calls itself an "${m[0]}" and never names the board or chief executive. The Digital Boards guidance asks for a strategy the whole board owns, not one left to IT.`,
            severity: 'info',
            weight: 0,
          };
        }
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
        if (inInlineCode(doc, span.start)) continue;
        pending.push({
          span,
          message: `"${s.text.slice(lead.index, end)}", and the strategy never names the board or chief executive. The Digital Boards guidance asks the whole board to own the strategy; say so.`,
          weight: 1,
        });
        break;
      }
    }
    if (board) return;
    if (pending.length === 0 && itStrategy) pending.push(itStrategy);
    reportLimited(ctx, pending, options.limit, (n) => `${n} places give the strategy to IT or consultants, and none names the board or chief executive. ${marked(options.limit)}`);
  },
});
