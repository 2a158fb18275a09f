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
}

export const PLAIN: readonly PlainEntry[] = [
  { pattern: 'commenc(?:e|es|ed|ing)', replacement: 'start' },
  { pattern: 'prior\\s+to', replacement: 'before' },
  { pattern: 'ascertain(?:s|ed|ing)?', replacement: 'find out' },
  { pattern: 'approximately', replacement: 'about' },
  { pattern: 'additional', replacement: 'extra' },
  { pattern: 'assist(?:s|ed|ing)?', replacement: 'help', unlessAfter: /^\s+(?:digital|living|dying)\b/i },
  { pattern: 'assistance', replacement: 'help' },
  { pattern: 'ensur(?:e|es|ed|ing)', replacement: 'make sure' },
  { pattern: 'requir(?:e|es|ed|ing)', replacement: 'need' },
  { pattern: 'purchas(?:e|es|ed|ing)', replacement: 'buy' },
  { pattern: 'endeavou?r(?:s|ed|ing)?', replacement: 'try' },
  { pattern: 'numerous', replacement: 'many' },
  { pattern: 'sufficient', replacement: 'enough' },
  { pattern: 'subsequently', replacement: 'later' },
  { pattern: 'terminat(?:e|es|ed|ing)', replacement: 'end' },
  { pattern: 'in\\s+relation\\s+to', replacement: 'about' },
  { pattern: 'with\\s+regards?\\s+to', replacement: 'about' },
  { pattern: 'in\\s+respect\\s+of', replacement: 'about' },
  { pattern: 'obtain(?:s|ed|ing)?', replacement: 'get' },
  { pattern: 'demonstrat(?:e|es|ed|ing)', replacement: 'show' },
  { pattern: 'notwithstanding', replacement: 'despite' },
  { pattern: 'in\\s+the\\s+event\\s+(?:of|that)', replacement: 'if' },
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
