// technology-led: technology named as the aim instead of what it changes for people; hyped, unproven technology.
import { defineRule } from '../rule';
import { AI_TERMS, AI_TERMS_I, HYPE, HYPE_ACRONYMS, PEOPLE_OUTCOME_NOUNS, TECH_ACRONYMS, TECH_NOUNS, allMatches, countMatches, inInlineCode, isHypeSense, BASICS, sectionScope, marked } from '../lexicon';
import { documentSpan, placed, placedSection, reportLimited, type Pending } from '../rule-helpers';
import type { Span } from '../types';
import { sentenceSpan } from '../text';

/** "... for digital by default services", "so that staff ...": the aim names whom it serves. */
const SERVES = /\b(?:for|so\s+that|to\s+(?:help|support|serve))\b[^.]*\b(?:services?|users?|people|patients|staff|citizens|residents|customers|public|care)\b/i;

/** "Using common platforms", "Through shared data": the technology is named as the means, not the aim. */
const MEANS = /^\s*(?:using|through|via|by\s+using|by\s+means\s+of|with\s+the\s+help\s+of|making\s+(?:better\s+|full\s+|more\s+)?use\s+of)\b/i;

interface Options {
  maxRatio: number;
  minTechTerms: number;
  limit: number;
}

/** A hyped term, or a heading or list item that names only technology (chunk-relative). */
type Item = { span: Span; hype: string; aim?: undefined } | { span: Span; hype?: undefined; aim: string; ai?: string; heading: boolean; local: number; basics: boolean };

interface Scan {
  tech: number;
  people: number;
  items: Item[];
}

export default defineRule<Options, Scan>({
  meta: {
    id: 'technology-led',
    description: 'The strategy should lead with what will change for people, not with technology, and avoid hyped, unproven technology.',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'user-centred',
    options: {
      maxRatio: { type: 'number', minimum: 0.5, maximum: 100, default: 1.5, description: 'Most technology words per word about people and outcomes, across the document, before the rule reports it.' },
      minTechTerms: { type: 'integer', minimum: 1, maximum: 10000, default: 30, description: 'Technology words a document needs before the ratio is judged (short texts are left alone).' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 10, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance warns against IT-driven strategies that chase unproven, "cutting-edge" technology instead of meeting the needs of patients and staff. Aims named after a technology ("Implement AI", "Cloud migration") say what will be bought, not what will be better.',
      good:
        'Headings and objectives name the change for people ("Nurses spend less time on paperwork"), and the technology appears as the means. Across the document, words about patients, staff and outcomes keep pace with words about systems and platforms.',
      before: '## Our priorities\n\n- Implement AI\n- Adopt blockchain for records',
      after: '## Our priorities\n\n- Halve the time clinicians spend writing discharge letters by March 2027, using speech recognition we have tested on two wards',
      fix: 'Rename the aim after the outcome it serves and mention the technology as the means. Drop hyped terms unless you can point to evidence that the technology works for a need you have.',
    },
  },
  scan(chunk) {
    // Per chunk: the counts, and the candidates in sentence order. Whether a
    // candidate aim sits under outcomes, priorities or vision is for `check`.
    const items: Item[] = [];
    let tech = 0;
    let people = 0;
    for (const s of chunk.sentences) {
      const t = s.text;
      const techHere = countMatches(TECH_NOUNS, t) + countMatches(TECH_ACRONYMS, t);
      const peopleHere = countMatches(PEOPLE_OUTCOME_NOUNS, t);
      tech += techHere;
      people += peopleHere;
      for (const re of [HYPE, HYPE_ACRONYMS]) {
        for (const m of allMatches(re, t)) {
          if (!isHypeSense(t, m.index, m.text)) continue;
          const span = sentenceSpan(s, m.index, m.index + m.text.length);
          if (!inInlineCode(chunk, span.start)) items.push({ hype: m.text, span });
        }
      }
      if (peopleHere > 0 || (s.source !== 'heading' && s.source !== 'item') || s.words > 12) continue;
      AI_TERMS.lastIndex = 0;
      AI_TERMS_I.lastIndex = 0;
      const ai = AI_TERMS.exec(t) ?? AI_TERMS_I.exec(t);
      BASICS.lastIndex = 0;
      if (ai || techHere > 0) items.push({ aim: s.text, ai: ai?.[0], heading: s.source === 'heading', local: s.local, span: s.span, basics: BASICS.test(t) });
    }
    return { tech, people, items };
  },
  check(ctx) {
    const { doc, options } = ctx;
    const aims = sectionScope(doc, ['outcomes', 'priorities', 'vision']);
    const pending: Pending[] = [];
    let tech = 0;
    let people = 0;
    for (const p of ctx.scanned) {
      tech += p.value.tech;
      people += p.value.people;
      for (const it of p.value.items) {
        if (it.hype !== undefined) {
          pending.push({
            span: placed(p, it.span),
            message: `"${it.hype}" is the kind of hyped or unproven technology the Digital Boards guidance warns against. Name the need it meets and the evidence that it works, or leave it out.`,
            weight: 2,
          });
          continue;
        }
        // An aim (heading or item under outcomes, priorities or vision) that names only technology.
        const section = placedSection(p, it.local);
        // An item is an aim when its own section is one of aims (a requirement listed under some other heading,
        // deeper in a priorities chapter, is not); an aim that says whom it serves is not technology-led.
        const own = doc.sections[section]?.kinds.some((k) => k === 'priorities' || k === 'outcomes' || k === 'vision');
        if (!(it.heading ? aims(section) || own : own) || SERVES.test(it.aim) || MEANS.test(it.aim)) continue;
        // Cyber security, infrastructure, devices: basics-first counts these as the basics, so naming them as an aim is not technology-led.
        if (!it.ai && it.basics) continue;
        pending.push({
          span: placed(p, it.span),
          message: `"${it.aim}" names ${it.ai ? `"${it.ai}"` : 'a technology'} as the aim, not what it will change for ${ctx.words.people}, staff or the public. Name the outcome and make the technology the means.`,
          weight: it.ai ? 3 : 1,
        });
      }
    }
    if (tech >= options.minTechTerms && tech > options.maxRatio * Math.max(people, 1)) {
      const ratio = people ? (tech / people).toFixed(1) : String(tech);
      pending.push({
        span: documentSpan(doc),
        message: `The strategy uses ${tech} words about technology to ${people} about people and outcomes (${ratio} to 1, above ${options.maxRatio} to 1). Lead with what will change for ${ctx.words.people}, staff and the public.`,
        weight: 10,
        data: { techTerms: tech, peopleTerms: people },
      });
    }
    pending.sort((a, b) => a.span.start - b.span.start);
    reportLimited(ctx, pending, options.limit, (n) => `${n} places lead with technology rather than what it changes for people. ${marked(options.limit, 'worst')}`);
  },
});
