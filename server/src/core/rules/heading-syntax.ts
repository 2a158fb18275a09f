// heading-syntax: a line such as "##01 Executive summary" that was meant as a
// heading but has no space after the hashes, so CommonMark reads it as text
// and the section vanishes from outlines and tables of contents. PDF conversions
// do this a lot (Mainstream). strategy-lint's own section checks read such a line
// as a heading anyway (structure.ts).
import { defineRule } from '../rule';
import { placed, reportLimited, type Pending } from '../rule-helpers';
import type { Span } from '../types';

interface Options {
  limit: number;
}

/** A line that looks like a heading (chunk-relative): where its hashes start, and the hashes. */
interface Found {
  span: Span;
  hashes: string;
}

const LINE = /^( {0,3})(#{1,6})([^\s#][^\r\n]*)$/gm;

function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

export default defineRule<Options, Found[]>({
  meta: {
    id: 'heading-syntax',
    description: 'A line meant as a heading, such as "##01 Executive summary", that Markdown reads as text because there is no space after the "#".',
    defaultSeverity: 'warning',
    fixable: true,
    quality: 'mainstream',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 5, description: 'Most lines to mark one by one; past this the rule adds one summary for the document (section checks read such lines as headings anyway, so a few marked lines and "fix all" are enough).' },
    },
    docs: {
      why:
        'A strategy people can digest (mainstream, in NHS Providers\' Digital Boards guidance) has a clear structure readers can navigate. In Markdown (CommonMark), a heading needs a space after its "#" marks: "##Priorities" is shown as ordinary text, so the section is missing from the outline and the table of contents (strategy-lint\'s section checks still read it as a heading). Documents converted from PDF or Word often lose that space.',
      good: 'Every heading has a space after its hashes: "## 01 Executive summary".',
      before: '##01 Executive summary\n\n####Improve leadership',
      after: '## 01 Executive summary\n\n#### Improve leadership',
      fix: 'The quick fix inserts the missing space. "Fix all" repairs every such line in one go.',
    },
  },
  scan(chunk) {
    // Lines never cross a chunk (chunks start at line starts). Front matter is
    // the document's, so it is left to `check`.
    const skip: Span[] = [...chunk.code, ...chunk.comments.map((c) => c.span)];
    const found: Found[] = [];
    LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LINE.exec(chunk.text))) {
      const hashes = m[2];
      const rest = m[3].trimEnd();
      // A heading starts with a capital, a number or emphasis; "#hashtag" alone is not one.
      if (!/^[\p{Lu}\p{N}*_"“'‘(]/u.test(rest)) continue;
      if (hashes.length === 1 && (!/\s/.test(rest) || /^\p{N}/u.test(rest))) continue;
      if (rest.length > 150) continue;
      const at = m.index + m[1].length;
      if (inside(skip, at)) continue;
      found.push({ span: { start: at, end: m.index + m[0].length - (m[3].length - rest.length) }, hashes });
    }
    return found;
  },
  check(ctx) {
    const { doc, options } = ctx;
    const frontMatter = doc.frontMatter ? [doc.frontMatter.span] : [];
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const f of p.value) {
        const span = placed(p, f.span);
        if (inside(frontMatter, span.start)) continue;
        const insertAt = span.start + f.hashes.length;
        pending.push({
          span,
          message: `This line looks like a heading, but without a space after "${f.hashes}" Markdown shows it as ordinary text, so the section is missing from the outline and the table of contents.`,
          weight: 0,
          fixes: [{ title: `Insert a space after "${f.hashes}"`, edits: [{ start: insertAt, end: insertAt, newText: ' ' }], isPreferred: true }],
        });
      }
    }
    reportLimited(ctx, pending, options.limit, (n) => `${n} lines look like headings but have no space after the "#" marks, so Markdown shows them as text. Use "fix all" to repair them.`);
  },
});
