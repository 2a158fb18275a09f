// time-horizon: a horizon of more than five years, or none at all (too-long-term pitfall).
import { defineRule, type Scanned } from '../rule';
import { chunkStatesReviewCycle, documentSpan, documentYear, findHorizons, placed, type Horizon } from '../rule-helpers';
import { sentenceSpan } from '../text';
import type { Chunk } from '../model';
import type { Span } from '../types';

interface Options {
  maxYears: number;
  requireHorizon: boolean;
}

/** A horizon found in a sentence, with its chunk-relative span. */
interface Found {
  what: Horizon['what'];
  from?: number;
  to?: number;
  years?: number;
  span: Span;
}

/** A heading (which may be the title), or another sentence outside tables that states a horizon. */
interface Unit {
  span: Span;
  heading: boolean;
  horizons: Found[];
}

interface Scan {
  /** In sentence order. */
  units: Unit[];
  /** Whether the chunk states a review cycle. */
  reviewed: boolean;
  /** The years of the chunk's lines that date the document, in order, each earlier than all before it (see `datedYears`). */
  dated: number[];
}

export default defineRule<Options, Scan>({
  meta: {
    id: 'time-horizon',
    description: 'The strategy should state its horizon, and look no more than five years ahead.',
    defaultSeverity: 'error',
    fixable: false,
    quality: 'realistic',
    question: 'five-year-impact',
    options: {
      maxYears: { type: 'integer', minimum: 1, maximum: 50, default: 5, description: 'The longest horizon, in years, before the rule reports it. A horizon of exactly this length is a warning when the document states no review cycle.' },
      requireHorizon: { type: 'boolean', default: true, description: 'Report a document that states no horizon at all.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance warns against strategies that are too long-term and rarely reviewed: technology moves quickly, and a horizon of more than five years will not let the organisation respond. The board also needs to know what the impact will be five years on, which needs a stated end point.',
      good:
        'A horizon of five years or less, stated in the title or the opening ("Digital strategy 2025 to 2028"), with milestones inside it and a regular review. Horizons are read from year ranges (2024-2028, 2024 to 2028, 2024/25 to 2027/28), durations ("a three-year plan", "over the next 18 months", "over the next decade") and deadlines ("by 2030"), measured from the document\'s own year (front matter `date`, else the title\'s first year, else a line that dates the document such as "Published March 2024", else today). Past ranges in the body ("our 2019 to 2024 strategy") are history, not a horizon.',
      before: '# Digital strategy 2024 to 2034\n\nBy 2034 every ward will be paperless.',
      after: '# Digital strategy 2024 to 2027\n\nBy March 2027 every ward will use electronic observations. We will review this strategy every year.',
      fix: 'Shorten the horizon to five years or less and move longer ambitions into a vision statement, or state the period the strategy covers if it does not say.',
    },
  },
  scan(chunk) {
    const units: Unit[] = [];
    for (const s of chunk.sentences) {
      if (s.source === 'cell') continue;
      const horizons = findHorizons(s.text);
      if (s.source !== 'heading' && horizons.length === 0) continue;
      units.push({
        span: s.span,
        heading: s.source === 'heading',
        horizons: horizons.map((h) => ({ what: h.what, from: h.from, to: h.to, years: h.years, span: sentenceSpan(s, h.index, h.index + h.length) })),
      });
    }
    return { units, reviewed: chunkStatesReviewCycle(chunk), dated: datedYears(chunk) };
  },
  check({ doc, options, now, report, evidence, scanned }) {
    const base: { year: number; from: string } = documentYear(doc, now.getFullYear());
    if (base.from === 'today') {
      const dated = datedYear(scanned.map((p) => p.value.dated), now.getFullYear());
      if (dated) Object.assign(base, { year: dated, from: 'dated line' });
    }
    const found: Array<{ h: Pick<Horizon, 'what'>; span: Span; years: number }> = [];
    const measure = (h: Pick<Horizon, 'what' | 'from' | 'to' | 'years'>): number | undefined => {
      if (h.what === 'duration') return h.years;
      if (h.what === 'range') return h.to! - h.from!;
      return h.to! > base.year ? h.to! - base.year : undefined;
    };
    // Front matter and title state the horizon with authority; the body only when they do not.
    if (doc.frontMatter) {
      const raw = doc.text.slice(doc.frontMatter.span.start, doc.frontMatter.span.end);
      for (const h of findHorizons(raw)) {
        const years = measure(h);
        if (years !== undefined && h.what !== 'deadline') found.push({ h, years, span: { start: doc.frontMatter.span.start + h.index, end: doc.frontMatter.span.start + h.index + h.length } });
      }
    }
    // The title is the first heading sentence inside the title's span. Chunks
    // with the same text share one scan, so the title is known by its chunk too.
    let titleChunk: Scanned<Scan> | undefined;
    let titleUnit: Unit | undefined;
    if (doc.title) {
      const t = doc.title.span;
      find: for (const p of scanned) {
        for (const u of p.value.units) {
          if (!u.heading) continue;
          const span = placed(p, u.span);
          if (span.start >= t.start && span.end <= t.end) {
            titleChunk = p;
            titleUnit = u;
            for (const h of u.horizons) {
              const years = measure(h);
              if (years !== undefined && h.what !== 'deadline') found.push({ h, years, span: placed(p, h.span) });
            }
            break find;
          }
        }
      }
    }
    const stated = found.length > 0;
    for (const p of scanned) {
      for (const u of p.value.units) {
        if (p === titleChunk && u === titleUnit) continue;
        for (const h of u.horizons) {
          if (stated && h.what !== 'duration') continue;
          if (h.what === 'range' && (h.from! < base.year - 1 || h.to! <= base.year)) continue; // history, not a horizon
          const years = measure(h);
          if (years !== undefined && years > 0) found.push({ h, years, span: placed(p, h.span) });
        }
      }
    }
    if (found.length === 0) {
      if (options.requireHorizon) {
        report({
          span: documentSpan(doc),
          severity: 'warning',
          message: 'The strategy does not say what period it covers. State a horizon of five years or less, for example "2025 to 2028" in the title.',
        });
      }
      return;
    }
    const reviewed = scanned.some((p) => p.value.reviewed);
    const seen = new Set<number>();
    const from = base.from === 'today' ? `from this year (${base.year})` : base.from === 'dated line' ? `from ${base.year}, the year the document is dated` : `from ${base.year}, the document's own year`;
    for (const f of found) {
      if (f.years <= options.maxYears) {
        evidence(f.span, `Horizon of ${f.years} year${f.years === 1 ? '' : 's'}`);
        if (f.years === options.maxYears && !reviewed && !seen.has(f.years)) {
          seen.add(f.years);
          report({
            span: f.span,
            severity: 'warning',
            message: `This horizon is ${f.years} years, at the limit the Digital Boards guidance sets, and the strategy states no review cycle. Say how often it will be reviewed, or shorten it.`,
          });
        }
        continue;
      }
      if (seen.has(f.years)) continue;
      seen.add(f.years);
      const how = f.h.what === 'deadline' ? `"${doc.text.slice(f.span.start, f.span.end)}" is ${f.years} years ${from}` : `This horizon is ${f.years} years`;
      report({
        span: f.span,
        message: `${how}, more than the ${options.maxYears} years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than ${options.maxYears} years.`,
      });
    }
  },
});

const MONTHS = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const PUBLISHED = new RegExp(`\\b(?:published|publication date|dated|last updated|date)\\s*:?\\s*(?:on\\s+|in\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTHS}\\s+((?:19|20)\\d{2})\\b`, 'i');
const SIGNED = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}\\s+((?:19|20)\\d{2})\\s*\\.?$`, 'i');

/**
 * A chunk's lines that date the document ("Published March 2024", or a short
 * signature line ending in a full date), keeping only those earlier than every
 * one before them in the chunk: `datedYear` takes the first line no later
 * than this year, which is never one of the lines left out.
 */
function datedYears(chunk: Chunk): number[] {
  const out: number[] = [];
  for (const s of chunk.sentences) {
    if (s.source !== 'paragraph') continue;
    const m = PUBLISHED.exec(s.text) ?? (s.words <= 12 ? SIGNED.exec(s.text) : null);
    if (m && (out.length === 0 || Number(m[1]) < out[out.length - 1])) out.push(Number(m[1]));
  }
  return out;
}

/**
 * When neither front matter nor title gives a year: the year of a line that
 * dates the document, from each chunk's `datedYears` in order, so that an
 * older strategy's deadlines are measured from when it was written rather
 * than from today.
 */
function datedYear(chunks: ReadonlyArray<readonly number[]>, thisYear: number): number | undefined {
  for (const years of chunks) for (const y of years) if (y <= thisYear) return y;
  return undefined;
}
