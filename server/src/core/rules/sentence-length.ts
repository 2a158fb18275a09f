// sentence-length: long sentences, against the NHS writing guidance of up to
// 20 words; a hint past one limit, the rule's severity past another, and a summary for
// the document rather than a flood of findings (Mainstream).
import { defineRule } from '../rule';
import { placed, reportSummarised, type Pending } from '../rule-helpers';
import type { Sentence } from '../text';
import type { Span } from '../types';

interface Options {
  target: number;
  warnOver: number;
  errorOver: number;
  limit: number;
}

/** The sentences a reader reads as sentences: paragraph text and list items (headings and table cells are labels). */
export function proseUnits(sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((s) => s.source === 'paragraph' || s.source === 'item');
}

/** One chunk's prose units: how many, how many over the target, the first, and the long ones (chunk-relative spans). */
interface Scan {
  units: number;
  overTarget: number;
  first?: Span;
  long: Array<{ span: Span; words: number }>;
}

export default defineRule<Options, Scan>({
  meta: {
    id: 'sentence-length',
    description: 'Sentences longer than the NHS writing guidance recommends: a hint over 25 words, information over 35, and a summary when a document has many.',
    defaultSeverity: 'info',
    category: 'writing',
    fixable: false,
    quality: 'mainstream',
    options: {
      target: { type: 'integer', minimum: 5, maximum: 100, default: 20, description: 'The length to aim for, used in the document summary (NHS writing guidance: 20 words; the general profile uses 25).' },
      warnOver: { type: 'integer', minimum: 5, maximum: 200, default: 25, description: 'Sentences with more words than this are marked as a hint.' },
      errorOver: { type: 'integer', minimum: 5, maximum: 400, default: 35, description: 'Sentences with more words than this are marked at the rule\'s severity (information by default).' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 10, description: 'Most long sentences to mark one by one; past this the rule gives one summary for the document and marks the longest as hints.' },
    },
    profileDefaults: {
      general: { target: 25, warnOver: 30, errorOver: 40 },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance asks for a strategy people can digest and remember. The NHS digital service manual\'s content guidance recommends sentences of up to 20 words, and the GOV.UK style guide 25: long sentences are harder to follow, especially for readers with low literacy, readers in a second language and anyone reading on a phone between meetings.',
      good: 'Most sentences of 20 words or fewer, one idea each. A list can carry a series of items that would otherwise make one long sentence.',
      before: 'Working closely with our partners across the integrated care system, we will continue to develop and improve our digital services so that patients, carers and staff can get the information they need when and where they need it.',
      after: 'We will work with our partners across the integrated care system to improve our digital services. Patients, carers and staff will get the information they need, when and where they need it.',
      fix: 'Split the sentence at "and", "so that" or "which", or turn a series into a list. With the `general` profile the limits are 30 and 40 words; change `warnOver` and `errorOver` to suit your readers. When a document has more long sentences than the `limit`, one finding gives their share and the longest are marked as hints.',
    },
  },
  scan(chunk, { options }) {
    const units = proseUnits(chunk.sentences);
    const long: Scan['long'] = [];
    let overTarget = 0;
    for (const s of units) {
      if (s.words > options.target) overTarget++;
      if (s.words > options.warnOver) long.push({ span: { start: s.span.start, end: s.span.end }, words: s.words });
    }
    const first = units[0]?.span;
    return { units: units.length, overTarget, first: first && { start: first.start, end: first.end }, long };
  },
  check(ctx) {
    const { options } = ctx;
    const pending: Pending[] = [];
    let units = 0;
    let overTarget = 0;
    let first: Span | undefined;
    for (const p of ctx.scanned) {
      units += p.value.units;
      overTarget += p.value.overTarget;
      if (!first && p.value.first) first = placed(p, p.value.first);
      for (const { span, words } of p.value.long) {
        const error = words > options.errorOver;
        pending.push({
          span: placed(p, span),
          severity: error ? undefined : 'hint',
          message: `This sentence has ${words} words. ${guidance(ctx.profile, options.target)} Over ${error ? options.errorOver : options.warnOver} words, most readers lose the thread: try splitting it.`,
          weight: words,
          data: { words },
        });
      }
    }
    // Mostly short sentences are evidence that the text is easy to digest (a handful of words is evidence of nothing).
    if (units >= 5 && first && overTarget / units < 0.25) {
      ctx.evidence(first, `${Math.round((100 * overTarget) / units)}% of sentences over ${options.target} words`);
    }
    // Past the limit the share of long sentences is the problem: the summary is the one finding a reader sees,
    // and the longest are marked as hints, so each can still be found without a flood of underlines.
    reportSummarised(ctx, pending, {
      limit: options.limit,
      marked: 'hint',
      summarySeverity: 'warning',
      summary: (n) => {
        const share = Math.round((100 * n) / units);
        return `${n} sentences (${share}%) are over ${options.warnOver} words, and ${overTarget} over the ${options.target} words to aim for. ${guidance(ctx.profile, options.target)} The ${options.limit} longest are marked as hints.`;
      },
    });
  },
});

function guidance(profile: string, target: number): string {
  return profile === 'nhs'
    ? `NHS writing guidance suggests up to ${target} words.`
    : `Plain English guidance, such as the GOV.UK style guide, suggests up to ${target} words.`;
}
