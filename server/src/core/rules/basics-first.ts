// basics-first: hyped technology with no word about the basics it depends on.
import { defineRule } from '../rule';
import { AI_TERMS, AI_TERMS_I, BASICS, HYPE, HYPE_ACRONYMS, inInlineCode, isHypeSense } from '../lexicon';
import { placed } from '../rule-helpers';
import { sentenceSpan } from '../text';
import type { Span } from '../types';

type Options = Record<string, never>;

interface Scan {
  /** The chunk's first sentence that mentions the basics. */
  basics: Span | null;
  /** The chunk's first hyped or AI term outside inline code. */
  first: { span: Span; text: string } | null;
}

export default defineRule<Options, Scan>({
  meta: {
    id: 'basics-first',
    description: 'A strategy that reaches for AI or other new technology should also fix the basics: infrastructure, devices, Wi-Fi, log-in, cyber security and data quality.',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'realistic',
    options: {},
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance warns against chasing cutting-edge technology at the expense of the basics. Staff who cannot log in quickly, find a working device or rely on the Wi-Fi will not benefit from AI, and new tools depend on good data.',
      good:
        'Where the strategy mentions AI, automation or other new technology, it also says how the foundations will be made reliable: infrastructure, devices, Wi-Fi, log-in, cyber security, data quality and getting the most from the patient record.',
      before: 'We will use artificial intelligence to predict demand.',
      after: 'We will fix the basics first: fast log-in on every ward and better data quality. Then we will test artificial intelligence to predict demand.',
      fix: 'Add what you will do about the foundations the new technology depends on, or drop the new technology until they are in place.',
    },
  },
  scan(chunk) {
    let first: Scan['first'] = null;
    for (const s of chunk.sentences) {
      BASICS.lastIndex = 0;
      if (BASICS.test(s.text)) return { basics: s.span, first };
      if (first) continue;
      for (const re of [HYPE, HYPE_ACRONYMS, AI_TERMS, AI_TERMS_I]) {
        re.lastIndex = 0;
        const m = re.exec(s.text);
        if (m && isHypeSense(s.text, m.index, m[0]) && !inInlineCode(chunk, sentenceSpan(s, m.index, m.index + 1).start)) {
          first = { span: sentenceSpan(s, m.index, m.index + m[0].length), text: m[0] };
          break;
        }
      }
    }
    return { basics: null, first };
  },
  check(ctx) {
    // The first mention of the basics anywhere settles it; else the first hyped term is reported.
    let first: { span: Span; text: string } | undefined;
    for (const p of ctx.scanned) {
      const { basics } = p.value;
      if (basics) {
        ctx.evidence(placed(p, basics), 'Mentions the basics');
        return;
      }
      if (!first && p.value.first) first = { span: placed(p, p.value.first.span), text: p.value.first.text };
    }
    if (!first) return;
    ctx.report({
      span: first.span,
      message: `The strategy reaches for "${first.text}" but says nothing about the basics it depends on (infrastructure, devices, Wi-Fi, log-in, cyber security, data quality). Say how the foundations will be made reliable first.`,
    });
  },
});
