// basics-first: hyped technology with no word about the basics it depends on.
import { defineRule } from '../rule';
import { AI_TERMS, AI_TERMS_I, BASICS, HYPE, HYPE_ACRONYMS, inInlineCode } from '../lexicon';
import { sentenceSpan, type Sentence } from '../text';

type Options = Record<string, never>;

export default defineRule<Options>({
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
  check(ctx) {
    const { doc } = ctx;
    let first: { s: Sentence; index: number; text: string } | undefined;
    for (const s of doc.sentences) {
      BASICS.lastIndex = 0;
      if (BASICS.test(s.text)) {
        ctx.evidence(s.span, 'Mentions the basics');
        return;
      }
      if (first) continue;
      for (const re of [HYPE, HYPE_ACRONYMS, AI_TERMS, AI_TERMS_I]) {
        re.lastIndex = 0;
        const m = re.exec(s.text);
        if (m && !inInlineCode(doc, sentenceSpan(s, m.index, m.index + 1).start)) {
          first = { s, index: m.index, text: m[0] };
          break;
        }
      }
    }
    if (!first) return;
    ctx.report({
      span: sentenceSpan(first.s, first.index, first.index + first.text.length),
      message: `The strategy reaches for "${first.text}" but says nothing about the basics it depends on (infrastructure, devices, Wi-Fi, log-in, cyber security, data quality). Say how the foundations will be made reliable first.`,
    });
  },
});
