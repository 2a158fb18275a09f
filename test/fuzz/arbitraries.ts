// fast-check generators for the fuzzer: Markdown built from blocks a strategy
// might hold (and many it should not), and mutations of the seed documents.
// Every generator is pure, so a seed and a path reproduce a case exactly.
import fc from 'fast-check';
import { SEEDS } from './seeds';
import * as X from './extreme';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../../server/src/core/config';

// Words chosen so the rules have something to find: horizons, measures,
// hype, placeholders, section names, disable comments' rule ids, and words whose
// one plain replacement fix-all makes ("utilise", "in order to"), so that fix-all runs.
const WORDS = [
  'we', 'will', 'not', 'stop', 'build', 'the', 'a', 'patients', 'staff', 'board', 'digital', 'strategy', 'care',
  'utilise', 'in order to', 'commence', 'facilitate', 'prior to',
  'by', 'March', '2027', '2025', 'to', '2040', '2024/25', '2030', 'ten', 'years', 'five', 'three-year', 'decade',
  '40%', '95%', '£2m', 'reduce', 'improve', 'leverage', 'transform', 'AI', 'blockchain', 'world-class', 'innovative',
  'EPR', 'PAS', 'ICB', 'NHS', 'TBC', 'TODO', 'lorem', 'ipsum', 'priorities', 'outcomes', 'review', 'every', 'year',
  'quarter', 'users', 'needs', 'out', 'of', 'scope', "won't", 'synergy', 'seamless', 'over', 'next',
  '😀', '👩‍⚕️', '𝒜𝒷𝒸', 'é', 'ﬁ', 'İ', 'ß', '中文', 'עברית', '\u00a0', '\u200b', '\t', '\u0000', '\ud800', '\udc00', '\ufeff', '\r',
  '*', '_', '`', '[', ']', '(', ')', '<', '>', '&amp;', '\\', '|', '#', '---', '~~', '<!--', '-->', 'http://x.test/a?b=c',
];

const word = fc.constantFrom(...WORDS);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const sentence = words(1, 14).map((s) => s + '.');
const inline = fc.oneof(
  { weight: 6, arbitrary: words(1, 12) },
  { weight: 2, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(words(1, 3), words(1, 3)).map(([a, b]) => `${a} **${b}** _${a}_ \`${b}\` [${a}](http://x.test) [${b}][ref]`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

const RULE_IDS = ['time-horizon', 'measurable-outcome', 'not-doing-section', 'no-such-rule', '', '*'];
const ruleIds = fc.array(fc.constantFrom(...RULE_IDS), { maxLength: 3 }).map((r) => r.join(', '));

type Lines = string[];

const atx = fc.tuple(fc.integer({ min: 1, max: 7 }), inline, fc.boolean(), fc.constantFrom('', ' ', '  ', '   ', '    ')).map(
  ([level, text, close, indent]): Lines => [`${indent}${'#'.repeat(level)} ${text}${close ? ' ' + '#'.repeat(level) : ''}`],
);
const setext = fc.tuple(inline, fc.constantFrom('===', '---', '=', '-')).map(([t, u]): Lines => [t, u]);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 });
const listItem = fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '), inline);
const list: fc.Arbitrary<Lines> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 4 }), listItem, fc.constantFrom(2, 3, 4)), { minLength: 1, maxLength: 8 })
  .map((items) => items.map(([depth, [marker, text], indent]) => ' '.repeat(depth * indent) + marker + text));
const table = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(words(0, 4), { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 5 }), fc.boolean())
  .map(([cols, rows, broken]): Lines => {
    const row = (cells: string[]) => '| ' + cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ') + ' |';
    const header = row(Array.from({ length: cols }, (_, i) => `Column ${i + 1}`));
    const delim = broken ? '| --- |' : '|' + ' --- |'.repeat(cols);
    return [header, delim, ...rows.map(row)];
  });
const fenced = fc.tuple(fc.constantFrom('```', '~~~', '````', '```js', '~~~ yaml'), fc.array(inline, { maxLength: 4 }), fc.boolean()).map(
  ([fence, body, closed]): Lines => [fence, ...body, ...(closed ? [fence.slice(0, fence.startsWith('`') ? fence.match(/^`+/)![0].length : 3)] : [])],
);
const indentedCode = fc.array(inline, { minLength: 1, maxLength: 3 }).map((ls): Lines => ls.map((l) => '    ' + l));
const html = fc.oneof(
  inline.map((t): Lines => ['<div>', t, '</div>']),
  inline.map((t): Lines => [`<details><summary>${t}</summary>`, '', t, '</details>']),
  inline.map((t): Lines => ['<script>', t, '</script>']),
  inline.map((t): Lines => ['<div>', t]),
  inline.map((t): Lines => [`<!-- ${t} -->`]),
  inline.map((t): Lines => ['<!--', t]),
  fc.tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line', 'bogus'), ruleIds, fc.boolean()).map(
    ([d, ids, reason]): Lines => [`<!-- strategy-lint-${d} ${ids}${reason ? ' -- because' : ''} -->`],
  ),
);
const blockquote = paragraph.map((ls): Lines => ls.map((l) => '> ' + l));
const linkRef = fc.tuple(fc.constantFrom('ref', 'guidance', '^1', 'x y'), fc.constantFrom('http://x.test', '<http://x.test/a b>', '')).map(
  ([label, url]): Lines => [`[${label}]: ${url}`],
);
const thematic = fc.constantFrom<Lines>(['---'], ['***'], ['___'], ['- - -']);
const blank = fc.constant<Lines>(['']);
const longLine = fc.tuple(word, fc.integer({ min: 500, max: 20_000 })).map(([w, n]): Lines => [(w + ' ').repeat(Math.ceil(n / (w.length + 1))).slice(0, n)]);

const block: fc.Arbitrary<Lines> = fc.oneof(
  { weight: 4, arbitrary: atx },
  { weight: 2, arbitrary: setext },
  { weight: 6, arbitrary: paragraph },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: fenced },
  { weight: 1, arbitrary: indentedCode },
  { weight: 2, arbitrary: html },
  { weight: 1, arbitrary: blockquote },
  { weight: 1, arbitrary: linkRef },
  { weight: 1, arbitrary: thematic },
  { weight: 4, arbitrary: blank },
  { weight: 1, arbitrary: longLine },
);

const frontMatter = fc.oneof(
  fc.constant<Lines>([]),
  fc.constant<Lines>([]),
  fc
    .tuple(fc.constantFrom('title: Digital strategy', 'date: 2025-04-01', 'strategy-lint:\n  profile: general', 'strategy-lint: nope', 'a: [unclosed', 'horizon: 2025 to 2040', '&a [*a]'), fc.boolean())
    .map(([body, closed]): Lines => ['---', ...body.split('\n'), ...(closed ? ['---'] : [])]),
);

const EOLS = ['\n', '\r\n'] as const;

/** A whole generated document: front matter, blocks, then line endings (one style, or mixed per line), maybe a BOM. */
export const markdownDoc: fc.Arbitrary<string> = fc
  .record({
    fm: frontMatter,
    blocks: fc.array(block, { maxLength: 25 }),
    blankBetween: fc.boolean(),
    eol: fc.constantFrom<'\n' | '\r\n' | 'mixed'>('\n', '\n', '\r\n', 'mixed'),
    mixed: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 8 }),
    bom: fc.constantFrom(false, false, false, true),
    finalEol: fc.boolean(),
  })
  .map(({ fm, blocks, blankBetween, eol, mixed, bom, finalEol }) => {
    const lines = [...fm, ...blocks.flatMap((b) => (blankBetween ? [...b, ''] : b))];
    const sep = (i: number) => (eol === 'mixed' ? mixed[i % mixed.length] : eol);
    let out = '';
    lines.forEach((l, i) => {
      out += l;
      if (i < lines.length - 1 || finalEol) out += sep(i);
    });
    return (bom ? '\ufeff' : '') + out;
  });

type Mutation = (lines: string[], rnd: (n: number) => number) => string[];

/** Line-level and byte-level mutations of the seed documents. */
const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (ls, r) => ls.filter((_, i) => i !== r(ls.length)),
  duplicateLine: (ls, r) => {
    const i = r(ls.length);
    return [...ls.slice(0, i + 1), ...ls.slice(i)];
  },
  swapLines: (ls, r) => {
    const out = [...ls];
    const i = r(ls.length);
    const j = r(ls.length);
    [out[i], out[j]] = [out[j], out[i]];
    return out;
  },
  shuffle: (ls, r) => {
    const out = [...ls];
    for (let i = out.length - 1; i > 0; i--) {
      const j = r(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  },
  indent: (ls, r) => ls.map((l, i) => (i === r(ls.length) ? '    ' + l : l)),
  dedent: (ls) => ls.map((l) => l.trimStart()),
  crlf: (ls, r) => ls.map((l) => (r(2) ? l + '\r' : l)),
};

const seedText = fc.constantFrom(...SEEDS);

function mutate(text: string, ops: Array<[string, number]>, bytes: Array<[number, string]>, cut: number | null): string {
  let lines = text.split('\n');
  for (const [op, seed] of ops) {
    let state = seed >>> 0 || 1;
    // xorshift: the mutation's own choices, reproducible from the generated seed.
    const rnd = (n: number) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % Math.max(1, n);
    };
    if (lines.length) lines = MUTATIONS[op](lines, rnd);
  }
  let out = lines.join('\n');
  for (const [at, s] of bytes) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + s + out.slice(i);
  }
  // Cutting anywhere can split a surrogate pair or a CRLF: both must be survivable.
  if (cut !== null) out = out.slice(0, cut % (out.length + 1));
  return out;
}

/** A seed document after a few random mutations. */
export const mutatedSeed: fc.Arbitrary<string> = fc
  .tuple(
    seedText,
    fc.array(fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.integer()), { maxLength: 5 }),
    fc.array(fc.tuple(fc.nat(), fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.constantFrom('\0', '\ud800', '\r', '\n#', '<!--', '```', '|'))), { maxLength: 4 }),
    fc.option(fc.nat(), { freq: 4 }),
  )
  .map(([text, ops, bytes, cut]) => mutate(text, ops, bytes, cut));

/** Two related texts: one, then an edit of it, as an editor would send them (for the chunk cache). */
export const editPair: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.oneof(markdownDoc, mutatedSeed), fc.nat(), fc.nat({ max: 40 }), fc.oneof(inline, fc.constantFrom('\n', '\n# ', '\n```\n', '<!--', '-->', '---\n', '\n\n')))
  .map(([text, at, del, ins]): [string, string] => {
    const i = at % (text.length + 1);
    return [text, text.slice(0, i) + ins + text.slice(Math.min(text.length, i + del))];
  });

/** Everything the fuzzer feeds the core. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: markdownDoc }, { weight: 2, arbitrary: mutatedSeed });

export { EOLS };

// ---- extreme repetition (issue 17): one construct repeated up to the size limit ----

// Room for the ordinary blocks extremeDocument puts before and after the construct.
const AROUND = 100;
/** The largest construct drawn: the whole document stays within the default maxDocumentSize. */
export const EXTREME_MAX = DEFAULT_MAX_DOCUMENT_SIZE - AROUND;

/** Sizes up to the default maxDocumentSize, most of them small enough to run many. */
const size = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1_000, max: 30_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 30_000, max: Math.min(300_000, EXTREME_MAX) }) },
  { weight: 1, arbitrary: fc.integer({ min: Math.min(300_000, EXTREME_MAX), max: EXTREME_MAX }) },
);
/** As `size`, but a quarter of the draws at the limit itself, where the families were slowest. */
const familySize = fc.oneof({ weight: 3, arbitrary: size }, { weight: 1, arbitrary: fc.constant(EXTREME_MAX) });
const DELIMITERS = ['*', '_', '~', '~~', '[', ']', '`', '<', '*_ ', '_* ', '[a', 'a]', '![', '**a ', '](', '\\', '&', '|', '#', '>', '- ', '1. ', '<!--', '-->', '```', 'www.', 'a@', ':', '[]', '*a', 'a*', '_a_ ', '` ', '``a', 'x~~', '<a ', '&#', '\n', ' \n', '\t'];
const repeatedRun = fc.tuple(fc.constantFrom(...DELIMITERS), size).map(([unit, n]) => X.repeated(unit, n));
const nestedRun = fc
  .tuple(fc.constantFrom('*', '**', '_', '__', '~', '~~', '[', '![', '`', '<span>', '*_'), size)
  .map(([open, n]) => X.nestedInline(open, Math.max(1, Math.floor(n / (open.length * 2 + 2))), open === '[' || open === '![' ? '](x)' : open === '<span>' ? '</span>' : open));
const nestedBlock = fc.tuple(fc.constantFrom('-', '*', '1.', '>'), size, fc.boolean()).map(([marker, n, oneLine]) =>
  oneLine || marker === '>' ? X.nestedQuote(Math.floor(n / (marker.length + 1)), marker) : X.nestedList(Math.floor(Math.sqrt(n)), marker),
);
const headings = fc.tuple(fc.integer({ min: 1, max: 6 }), size, fc.boolean()).map(([level, n, text]) =>
  text ? Array.from({ length: Math.floor(n / (level + 12)) }, (_, i) => `${'#'.repeat(level)} Section ${i}`).join('\n') : X.emptyHeadings(Math.floor(n / (level + 1)), level),
);
const tableRun = fc.tuple(fc.integer({ min: 1, max: 8 }), size).map(([cols, n]) => X.longTable(Math.floor(n / (cols * 8 + 4)), cols));
const paragraphRun = size.map((n) => X.longParagraph(Math.floor(n / 7)));
const lineRun = fc.tuple(fc.constantFrom('word', 'being', 'a', 'TBC', 'AI', '2040'), size).map(([w, n]) => X.longLine(n, w));
const familyRun = fc.tuple(fc.constantFrom(...X.FAMILIES), familySize).map(([f, n]) => f.make(n));

const around = (body: fc.Arbitrary<string>) =>
  fc
    .tuple(
      body,
      fc.constantFrom('', '# Strategy\n\n', '# Strategy\n\n## Priorities\n\n- item\n\n'),
      fc.constantFrom('', '\n\n## After\n\nWe will stop by 2027.\n'),
    )
    .map(([text, before, after]) => before + text.slice(0, EXTREME_MAX) + after);

/**
 * One construct repeated to extremes, alone or between ordinary blocks, without the
 * families of extreme.ts: the seeded test in fuzz.test.ts analyses these in its own thread,
 * where some families at the size limit would take minutes.
 */
export const extremeConstruct: fc.Arbitrary<string> = around(fc.oneof(repeatedRun, nestedRun, nestedBlock, headings, tableRun, paragraphRun, lineRun));

/** As extremeConstruct, and the families of extreme.ts (for `npm run fuzz`, which checks each through the command line). */
export const extremeDocument: fc.Arbitrary<string> = around(
  fc.oneof(repeatedRun, nestedRun, nestedBlock, headings, tableRun, paragraphRun, lineRun, { weight: 3, arbitrary: familyRun }),
);
