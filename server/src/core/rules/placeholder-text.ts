// placeholder-text: unfinished text (TBC, TODO, lorem ipsum) and unfilled
// [bracketed prompts], such as those in the skeletons the quick fixes insert.
// Information only (Realistic: a strategy is not finished while they remain).
import { defineRule } from '../rule';
import { placed, reportLimited, type Pending } from '../rule-helpers';
import { sentenceSpan } from '../text';
import type { Span } from '../types';

interface Options {
  limit: number;
  brackets: boolean;
}

const MARKERS = /(?<![\p{L}\p{N}])(?:TBC|TBD|TBA|TODO|FIXME|XXX+|tbc|tbd|to\s+be\s+(?:confirmed|completed|added|agreed|decided|written|determined|inserted)|lorem\s+ipsum(?:\s+dolor\s+sit\s+amet)?|insert\s+(?:text|name|date|details?|figure)\s+here)(?![\p{L}\p{N}])/giu;
const BRACKETS = /\[([^\[\]\n]{2,200})\]/g;
/** Bracketed text that is not a prompt: an editorial mark, a citation number, a checkbox or an ellipsis. */
const NOT_PROMPT = /^(?:\s*[x ]?\s*|\^.*|sic|\.\.\.|…|[\d,;\s–-]+|[ivx]+|[a-z]|note|citation needed)$/i;

/** A placeholder marker or an unfilled [prompt] (chunk-relative), in sentence order. */
interface Item {
  span: Span;
  text: string;
  bracket: boolean;
}

export default defineRule<Options, Item[]>({
  meta: {
    id: 'placeholder-text',
    description: 'Unfinished text: TBC, TODO, lorem ipsum, or a [bracketed prompt] left unfilled. Information only.',
    defaultSeverity: 'info',
    fixable: false,
    quality: 'realistic',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20, description: 'Most placeholders to mark one by one; past this the rule adds one summary for the document.' },
      brackets: { type: 'boolean', default: true, description: 'Also report text in square brackets, such as the prompts in the skeletons strategy-lint inserts.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance asks for a realistic strategy grounded in the organisation\'s current reality. A figure marked TBC or a prompt left in brackets is a gap the board cannot judge, and a draft that reaches the board with them looks unfinished. strategy-lint\'s own quick fixes insert prompts in square brackets, so this rule also shows which of them still need filling in.',
      good: 'Every figure, date, owner and name filled in. Where something is genuinely not yet known, say when it will be and who decides: "the target will be agreed by the board in March 2026".',
      before: '| Outcome | Baseline | Target |\n| --- | --- | --- |\n| Patients using the app | TBC | [figure] |',
      after: '| Outcome | Baseline | Target |\n| --- | --- | --- |\n| Patients using the app | 38% (March 2025) | 60% by March 2027 |',
      fix: 'Replace the placeholder with the real text. Set `brackets` to false if your strategy uses square brackets for something else.',
    },
  },
  scan(chunk, { options }) {
    const items: Item[] = [];
    for (const s of chunk.sentences) {
      MARKERS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MARKERS.exec(s.text))) items.push({ span: sentenceSpan(s, m.index, m.index + m[0].length), text: m[0], bracket: false });
      if (!options.brackets) continue;
      BRACKETS.lastIndex = 0;
      while ((m = BRACKETS.exec(s.text))) {
        const inner = m[1].trim();
        if (NOT_PROMPT.test(inner) || !/\p{L}{2}/u.test(inner)) continue;
        // "[text](...)" or "[text][ref]" that Markdown did not read as a link is a broken link, not a prompt.
        if (/^[([]/.test(s.text.slice(m.index + m[0].length))) continue;
        items.push({ span: sentenceSpan(s, m.index, m.index + m[0].length), text: m[0], bracket: true });
      }
    }
    return items;
  },
  check(ctx) {
    const { options } = ctx;
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const it of p.value) {
        pending.push(
          it.bracket
            ? {
                span: placed(p, it.span),
                message: `"${it.text.length > 60 ? it.text.slice(0, 57) + '…]' : it.text}" looks like a prompt still to be filled in. Replace it with the real text.`,
                weight: 0,
              }
            : {
                span: placed(p, it.span),
                message: `"${it.text}" is a placeholder: fill it in before the strategy goes to the board, or say when it will be decided and by whom.`,
                weight: 1,
              },
        );
      }
    }
    reportLimited(ctx, pending, options.limit, (n) => `${n} placeholders (TBC, TODO or [prompts]) are still to be filled in. The first ${options.limit} are marked.`);
  },
});
