// Long words and phrases with plainer alternatives, from the GOV.UK style
// guide's plain English advice and the Plain English Campaign's A to Z of
// alternative words. Words the GOV.UK "words to avoid" list covers
// (utilise, facilitate, in order to) live in avoid.ts instead.

export interface PlainEntry {
  /** Pattern source (matched case-insensitively, whole words). */
  pattern: string;
  /** The plainer word or phrase; a quick fix puts it in. */
  replacement: string;
  /** Skip when the text just after matches this. */
  unlessAfter?: RegExp;
  /** A verb: the replacement takes the original's ending ("commenced" → "started"). */
  verb?: true;
  /**
   * When the plain word would break the sentence without more rewording,
   * the fix is still offered but "fix all" leaves it: `never`, or when the
   * text before or after matches (a noun after "the", "make sure" before a bare noun).
   */
  notForFixAll?: { never?: true; before?: RegExp; after?: RegExp; unlessAfter?: RegExp };
}

/** A determiner or possessive: the word after it is a noun ("the purchase of"), which a verb cannot replace. */
const DETERMINER = /\b(?:a|an|the|this|that|these|those|our|their|its|his|her|your|my|any|each|every|no|one|further|future|joint|successful)\s+$/i;
const BE = /\b(?:is|are|was|were|be|been|being|am|it's|they're|we're)\s+(?:\w+ly\s+)?$/i;

export const PLAIN: readonly PlainEntry[] = [
  { pattern: 'commenc(?:e|es|ed|ing)', replacement: 'start', verb: true },
  { pattern: 'prior\\s+to', replacement: 'before' },
  { pattern: 'ascertain(?:s|ed|ing)?', replacement: 'find out', verb: true },
  { pattern: 'approximately', replacement: 'about', notForFixAll: { before: /\ban\s+$/i } },
  { pattern: 'additional', replacement: 'extra', notForFixAll: { before: /\ban\s+$/i } },
  { pattern: 'assist(?:s|ed|ing)?', replacement: 'help', unlessAfter: /^\s+(?:digital|living|dying)\b/i, verb: true, notForFixAll: { before: DETERMINER } },
  { pattern: 'assistance', replacement: 'help' },
  { pattern: 'ensur(?:e|es|ed|ing)', replacement: 'make sure', verb: true, notForFixAll: { unlessAfter: /^\s+that\b/i } },
  { pattern: 'requir(?:e|es|ed|ing)', replacement: 'need', verb: true, notForFixAll: { before: BE } },
  { pattern: 'purchas(?:e|es|ed|ing)', replacement: 'buy', verb: true, notForFixAll: { before: DETERMINER, after: /^\s+(?:of|orders?|power|price|ledger|costs?)\b/i } },
  { pattern: 'endeavou?r(?:s|ed|ing)?', replacement: 'try', verb: true, notForFixAll: { before: DETERMINER } },
  { pattern: 'numerous', replacement: 'many' },
  { pattern: 'sufficient', replacement: 'enough', notForFixAll: { before: /\b(?:a|an)\s+$/i } },
  { pattern: 'subsequently', replacement: 'later' },
  { pattern: 'terminat(?:e|es|ed|ing)', replacement: 'end', verb: true },
  { pattern: 'in\\s+relation\\s+to', replacement: 'about' },
  { pattern: 'with\\s+regards?\\s+to', replacement: 'about' },
  { pattern: 'in\\s+respect\\s+of', replacement: 'about' },
  { pattern: 'obtain(?:s|ed|ing)?', replacement: 'get', verb: true },
  { pattern: 'demonstrat(?:e|es|ed|ing)', replacement: 'show', verb: true },
  { pattern: 'notwithstanding', replacement: 'despite' },
  { pattern: 'in\\s+the\\s+event\\s+that', replacement: 'if' },
  { pattern: 'in\\s+the\\s+event\\s+of', replacement: 'if', notForFixAll: { never: true } },
  { pattern: 'at\\s+this\\s+(?:point\\s+in\\s+)?time', replacement: 'now' },
  { pattern: 'at\\s+the\\s+present\\s+time', replacement: 'now' },
  { pattern: 'due\\s+to\\s+the\\s+fact\\s+that', replacement: 'because' },
  { pattern: 'in\\s+conjunction\\s+with', replacement: 'with' },
  { pattern: 'in\\s+excess\\s+of', replacement: 'more than' },
  { pattern: 'a\\s+number\\s+of', replacement: 'some' },
  { pattern: 'the\\s+majority\\s+of', replacement: 'most' },
  { pattern: 'in\\s+the\\s+near\\s+future', replacement: 'soon' },
  { pattern: 'with\\s+effect\\s+from', replacement: 'from' },
  { pattern: 'whilst', replacement: 'while' },
  { pattern: 'amongst', replacement: 'among' },
  { pattern: 'forthwith', replacement: 'now' },
  { pattern: 'henceforth', replacement: 'from now on' },
];
