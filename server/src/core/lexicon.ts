// Word lists and precompiled patterns shared by the section and content rules.
// Every pattern here is compiled once at module load; rules never build
// regexes per sentence. Word lists are facts from the guidance and catalogue.
import type { Doc, Section } from './model';
import type { Sentence } from './text';
import type { SectionKind } from './sections';
import type { Span } from './types';
import { memoPer } from './memo';

/** Build a case-insensitive whole-word alternation from plain phrases (hyphen or space between words). */
export function wordsPattern(words: readonly string[], flags = 'i'): RegExp {
  const alts = words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s\\-–]*'))
    .sort((a, b) => b.length - a.length);
  // Plain \b (not Unicode look-arounds): the lists are ASCII, and \b keeps the scan fast.
  return new RegExp(`\\b(?:${alts.join('|')})\\b`, flags);
}

/** Every match of a global pattern in a text, as `[index, text]` (memoised per pattern: the result is frozen and shared). */
export const allMatches: (re: RegExp, text: string) => ReadonlyArray<{ readonly index: number; readonly text: string }> = memoPer(findAll);

function findAll(re: RegExp, text: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ index: m.index, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Whether an offset falls inside an inline code span (`like this`) on its line.
 * Fenced and indented code never reaches the sentences; inline code does, as
 * text, so rules that match words check their hits with this.
 */
export function inInlineCode(doc: { readonly text: string }, offset: number): boolean {
  const text = doc.text;
  // Look at most a few thousand characters either way, so that a huge one-line document stays linear.
  const from = Math.max(0, offset - 4000);
  let ticks = 0;
  for (let i = offset - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 96) ticks++;
  }
  if (ticks % 2 === 0) return false;
  const to = Math.min(text.length, offset + 4000);
  for (let i = offset; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 96) return true;
    if (c === 10) return false;
  }
  return false;
}

/** Whether a span of a sentence touches inline code. */
export function spanInCode(doc: Doc, span: Span): boolean {
  return inInlineCode(doc, span.start);
}

/** Prose sentences: paragraphs and list items (not headings or table cells). */
export function isProse(s: Sentence): boolean {
  return s.source === 'paragraph' || s.source === 'item';
}

// ---- review cycles ----

export const CADENCE =
  /\b(?:annual(?:ly)?|quarterly|monthly|yearly|every\s+(?:\d+|two|three|four|six|twelve|eighteen)\s+(?:months?|years?|weeks?)|every\s+(?:year|quarter|month|spring|summer|autumn|winter)|each\s+(?:year|quarter|month|spring|summer|autumn|winter)|once\s+a\s+(?:year|quarter)|twice\s+a\s+year|(?:six|6|three|3|twelve|12)[\s-]monthly|bi-?annual(?:ly)?|half[\s-]yearly|(?:at\s+)?(?:the\s+)?(?:end|start)\s+of\s+each\s+(?:year|quarter)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:each|every)\s+year)\b/i;
export const REVIEW_VERB = /\b(?:review(?:ed|s|ing)?|refresh(?:ed|es|ing)?|revisit(?:ed|s|ing)?|updat(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|re-?assess(?:ed|es|ing)?|re-?evaluat(?:e|ed|es|ing)|report(?:ed|s|ing)?\s+(?:on\s+)?progress)\b/i;
/** What a review cycle is about: the strategy itself, its plan or its progress. */
export const REVIEW_OBJECT = /\b(?:strateg(?:y|ies)|plan|plans|roadmap|road\s+map|approach|progress|priorities|this\s+document|it)\b/i;
/** Review promises with no period: "we will review it regularly". */
export const VAGUE_CADENCE = /\b(?:regular(?:ly)?|periodic(?:ally)?|from\s+time\s+to\s+time|as\s+(?:needed|required|appropriate|necessary)|when\s+(?:needed|required|appropriate|necessary)|in\s+due\s+course|on\s+an\s+ongoing\s+basis|continu(?:ally|ously)|ongoing)\b/i;

/** A sentence that states how often the strategy, its plan or its progress is reviewed. */
export function isReviewCycle(text: string): boolean {
  return CADENCE.test(text) && REVIEW_VERB.test(text) && REVIEW_OBJECT.test(text);
}

// ---- outcomes ----

/** Verbs of change that promise nothing measurable on their own. */
export const VAGUE_VERBS = wordsPattern(
  [
    'improve', 'improves', 'improved', 'improving', 'improvement', 'improvements',
    'enhance', 'enhances', 'enhanced', 'enhancing', 'enhancement', 'enhancements',
    'optimise', 'optimises', 'optimised', 'optimising', 'optimize', 'optimizes', 'optimized', 'optimizing',
    'increase', 'increases', 'increased', 'increasing',
    'reduce', 'reduces', 'reduced', 'reducing', 'reduction',
    'better', 'transform', 'transforms', 'transformed', 'transforming',
    'boost', 'boosts', 'boosting', 'maximise', 'maximize', 'maximising', 'maximizing', 'minimise', 'minimize',
    'minimising', 'minimizing', 'strengthen', 'strengthens', 'strengthening', 'modernise', 'modernize', 'modernising', 'modernizing',
  ],
  'gi',
);
/** Words that make a sentence a promise or an aim, as opposed to description. */
export const COMMITMENT =
  /\b(?:we\s+(?:will|shall|are\s+going\s+to|aim|want|plan|intend|expect|commit|pledge|seek|strive|hope)|(?:our|the)\s+(?:aim|goal|ambition|objective|intention|vision|target)s?\b|(?:this|the)\s+(?:strategy|plan|programme|program)\s+will|will\s+(?:be|have|help|enable|lead|mean|result|allow|support|ensure|make))\b/i;

// ---- technology and people ----

/** Hype and unproven technology the guidance warns about. */
export const HYPE_TERMS = [
  'cutting edge', 'cutting-edge', 'state of the art', 'state-of-the-art', 'next generation', 'next-generation', 'next gen',
  'bleeding edge', 'leading edge', 'blockchain', 'distributed ledger', 'metaverse', 'web3', 'web 3.0', 'digital twin',
  'digital twins', 'quantum computing', 'quantum computers', 'robotic process automation',
  'game changing', 'game-changing', 'game changer', 'revolutionary', 'disruptive technology', 'disruptive technologies',
  'hyperautomation', 'hyper-automation',
];
export const HYPE = wordsPattern(HYPE_TERMS, 'gi');
/**
 * Whether a hype-term match at `index` in `text` is used in its hype sense:
 * "the next generation of pharmacists" means people, not technology.
 */
export function isHypeSense(text: string, index: number, match: string): boolean {
  if (!/^next[\s-]*gen/i.test(match)) return true;
  const after = text.slice(index + match.length, index + match.length + 60);
  // "the next generation of digital leaders": a people noun after a few modifiers is people, even after "digital".
  if (NEXT_GEN_PEOPLE.test(after)) return false;
  return !/^\s+of\s+(?!(?:[\w-]+\s+)?(?:tech\w*|digital|systems?|platforms?|software|hardware|devices?|networks?|AI|data|apps?|tools?|computing|infrastructure|services?|solutions?|products?|records?|EPRs?|analytics|automation|connectivity|broadband|mobile|cloud|robots?|robotics|sensors?)\b)/i.test(after);
}
const NEXT_GEN_PEOPLE =
  /^\s+of\s+(?:(?!(?:for|to|in|on|with|and|or|that|which|by|from)\s)[\w-]+\s+){0,3}?(?:leaders?|leadership|people|staff|workforce|workers?|clinicians?|nurses?|midwives|doctors?|pharmacists?|professionals?|talent|managers?|engineers?|scientists?|analysts?|students?|graduates?|apprentices?|specialists?|experts?|researchers?|carers?|citizens?|residents?|users?|children|teachers?|officers?|practitioners?|informaticians?|colleagues|volunteers?|entrepreneurs?)\b/i;
/** Abbreviations among the hype terms, matched case-sensitively so that ordinary words never match. */
export const HYPE_ACRONYMS = wordsPattern(['NFT', 'NFTs', 'Web3', 'WEB3'], 'g');
/** AI and its kin: fine as a means, a pitfall as an end in itself. */
export const AI_TERMS = wordsPattern(
  ['AI', 'artificial intelligence', 'machine learning', 'ML', 'generative AI', 'GenAI', 'large language model', 'large language models', 'LLM', 'LLMs', 'chatbot', 'chatbots', 'deep learning'],
  'g',
);
/** Case-insensitive twin of AI_TERMS for the long forms. */
export const AI_TERMS_I = wordsPattern(['artificial intelligence', 'machine learning', 'generative ai', 'large language model', 'large language models', 'chatbot', 'chatbots', 'deep learning'], 'gi');

export const TECH_NOUNS = wordsPattern(
  [
    // Not "system", "tool" or "solution": "justice system" and "care system" are not technology.
    'technology', 'technologies', 'tech', 'IT systems', 'platform', 'platforms', 'software', 'hardware', 'infrastructure',
    'cloud', 'server', 'servers', 'data centre', 'data center', 'app', 'apps', 'portal', 'portals', 'interoperability',
    'database', 'databases', 'device', 'devices', 'hosting', 'automation', 'artificial intelligence',
    'machine learning', 'analytics', 'digitisation', 'digitization', 'cyber', 'Wi-Fi', 'wifi', 'broadband', 'laptops',
    'telephony', 'microservices', 'robotics', 'blockchain', 'mainframe', 'legacy', 'modernisation', 'modernization',
  ],
  'gi',
);
/** Technology abbreviations, case-sensitive ("IT", never "it"). */
export const TECH_ACRONYMS = wordsPattern(['IT', 'ICT', 'AI', 'ML', 'EPR', 'EPRs', 'EHR', 'EHRs', 'PAS', 'API', 'APIs', 'SaaS', 'RPA', 'IM&T', 'IMT'], 'g');
export const PEOPLE_OUTCOME_NOUNS = wordsPattern(
  [
    'patient', 'patients', 'people', 'person', 'staff', 'colleague', 'colleagues', 'clinician', 'clinicians', 'nurse',
    'nurses', 'doctor', 'doctors', 'carer', 'carers', 'family', 'families', 'user', 'users', 'citizen', 'citizens',
    'public', 'resident', 'residents', 'community', 'communities', 'customer', 'customers', 'employee', 'employees',
    // Not "team", "time", "quality" or "access": IT teams, system access and uptime are technology talk too.
    'care', 'outcome', 'outcomes', 'experience', 'safety', 'health', 'wellbeing', 'well-being', 'waiting',
    'need', 'needs', 'equity', 'equality', 'inequalities', 'independence', 'satisfaction',
    'service users', 'children', 'adults', 'workforce', 'learners', 'victims', 'witnesses', 'claimants', 'clients',
    'businesses', 'taxpayers', 'Canadians',
  ],
  'gi',
);

/** Signs that a strategy attends to the basics before the hype. */
export const BASICS = wordsPattern(
  [
    'infrastructure', 'devices', 'device', 'laptops', 'laptop', 'hardware', 'Wi-Fi', 'wifi', 'wireless', 'network',
    'networks', 'connectivity', 'broadband', 'log in', 'log-in', 'login', 'logins', 'sign on', 'single sign-on',
    'smartcard', 'smartcards', 'cyber security', 'cybersecurity', 'cyber', 'information security', 'data quality',
    'EPR optimisation', 'EPR optimization', 'optimise the EPR', 'optimize the EPR', 'fix the basics', 'fixing the basics',
    'the basics', 'basics right', 'foundations', 'foundation', 'legacy', 'end of life', 'unsupported', 'uptime',
    'availability', 'resilience', 'backup', 'backups', 'service desk', 'help desk', 'helpdesk', 'digital skills',
    'digital literacy', 'training', 'core systems',
  ],
  'gi',
);

// ---- boilerplate ----

// Words the GOV.UK style guide lists to avoid (empower, leverage, going forward ...) are left to
// words-to-avoid, so that one phrase never draws two findings.
export const STOCK_PHRASES = [
  'world class', 'world-class', 'best in class', 'best-in-class', 'seamless', 'seamlessly', 'single source of truth',
  'harness the power', 'harnessing the power', 'harness the potential', 'fit for the future', 'future proof', 'future-proof',
  'future-proofed', 'digital journey', 'transformation journey', 'our journey', 'on a journey', 'unlock the potential',
  'unlocking the potential', 'unlock the power', 'unlock value', 'paradigm shift', 'step change', 'holistic', 'synergy',
  'synergies', 'digitally enabled', 'digitally-enabled', 'digital-first', 'digital first', 'innovative solutions',
  'at the heart of', 'centre of excellence', 'center of excellence', 'cutting through silos', 'break down silos',
  'breaking down silos', 'fit for purpose',
];
export const STOCK = wordsPattern(STOCK_PHRASES, 'gi');
/**
 * Whether a stock phrase at `index` in `text` is used as boilerplate: in quotes
 * it is a name or a mention ("our 'world class' benchmarking exercise"), and
 * "at the heart of the city" is meant literally.
 */
export function isStockSense(text: string, index: number, match: string): boolean {
  const before = text.slice(Math.max(0, index - 1), index);
  const after = text.slice(index + match.length, index + match.length + 1);
  if (/['‘"“]/.test(before) && /['’"”]/.test(after)) return false;
  if (/heart\s+of$/i.test(match)) {
    const next = text.slice(index + match.length, index + match.length + 40);
    if (/^\s+(?:the\s+|our\s+)?(?:old\s+|historic\s+)?(?:city|town|village|borough|county|district|neighbourhood|neighborhood|high\s+street|campus|estate|valley|countryside|(?!NHS\b|Trust\b|Council\b)[A-Z][a-z]+\b(?!\s+(?:strategy|plan|services?|care)\b))/.test(next)) return false;
  }
  return true;
}
/** "Digital first means ..." defines the term, which makes it specific. */
export const DIGITAL_FIRST_DEFINED = /\bdigital[\s-]first\b[^.]{0,40}\b(?:means|we\s+mean|is\s+defined|refers\s+to)\b|\bby\s+digital[\s-]first\b/i;

const SENTENCE_START_WORDS = new Set([
  'I', 'We', 'Our', 'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'It', 'In', 'To', 'For', 'By', 'With', 'As', 'At', 'On',
  'And', 'But', 'Or', 'If', 'When', 'Where', 'How', 'What', 'Why', 'All', 'Each', 'Every', 'Some', 'Many', 'Most', 'More',
  'There', 'They', 'You', 'Your', 'Digital', 'Data', 'Technology',
]);
const CAPITAL_WORD = /(?<![\p{L}\p{N}'’])(\p{Lu}[\p{L}'’-]*)/gu;
const SPECIFIC_MARK = /\d|£|\$|€|%/;
/** Number words and stated frequencies are specifics too: "every two weeks", "three teams", "monthly". */
const NUMBER_WORDS_RE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halve|double|twice|fortnightly|weekly|monthly|quarterly|annually|yearly|daily)\b/i;

/** A web address or service named by its domain ("police.uk", "cloud.gov.au", "www.example.org"). */
const WEB_NAME = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|au|nz|ca|ie|us|gov|org|com|net|io|nhs)\b/i;

/**
 * Whether a sentence says something only this organisation could say: a
 * number, a date, or a proper noun or abbreviation (a named service, place,
 * system or body). Capitalised words at the start of the sentence, or right
 * after a colon, and common capitalised function words do not count.
 */
export function isSpecific(text: string, generic: ReadonlySet<string>): boolean {
  if (SPECIFIC_MARK.test(text) || NUMBER_WORDS_RE.test(text) || WEB_NAME.test(text)) return true;
  CAPITAL_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITAL_WORD.exec(text))) {
    const w = m[1];
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (m.index === 0 || /[.:!?;(“"'‘-]\s*$/.test(before) || /^\s*$/.test(text.slice(0, m.index))) continue;
    if (SENTENCE_START_WORDS.has(w) || generic.has(w)) continue;
    return true;
  }
  return false;
}

// ---- ownership and funding ----

/** "owned by", "led by" ...: what follows is checked against DELEGATE_* below. */
export const DELEGATED_LEAD =
  /\b(?:owned|led|delivered|driven|developed|written|produced|authored|managed|overseen|run|sponsored|championed)\s+(?:solely\s+|entirely\s+|only\s+|wholly\s+)?by\s+(?:the\s+|our\s+|an?\s+|external\s+|outside\s+)?/gi;
/** IT, consultants and suppliers in words (case-insensitive), right after the lead. */
export const DELEGATE_WORDS =
  /^(?:chief\s+(?:digital\s+(?:and\s+)?)?(?:information|technology|digital)\s+officer|informatics(?:\s+(?:team|department|directorate|service))?|digital(?:\s+and\s+(?:data|technology))?\s+(?:team|department|directorate|function|services|branch)|technology\s+(?:team|department|directorate|function|branch)|(?:management\s+)?consultan(?:ts?|cy|cies)|suppliers?|vendors?)\b/i;
/** The same as abbreviations, matched case-sensitively so that "owned by it" never counts. */
export const DELEGATE_ACRONYMS = /^(?:CIO|CDIO|CTO|CDO|IM&T|IMT|IM\s*&\s*T|ICT(?:\s+(?:team|department))?|IT(?:\s+(?:[Tt]eam|[Dd]epartment|[Dd]irectorate|[Bb]ranch|[Ff]unction|[Ss]ervices?))?|[A-Z]{2,6}(?=\s+[Bb]ranch\b)(?:\s+[Bb]ranch))(?![\p{L}\p{N}])/u;

export const BOARD_WORDS = /\b(?:(?:trust|unitary|whole|management|executive|departmental|main|governing)\s+board|board\s+of\s+directors|the\s+board|our\s+board|board\s+(?:members?|level|meeting|approv\w*|sponsor|owns?|is\s+accountable)|chief\s+executive(?:\s+officer)?|CEO|executive\s+(?:team|committee|directors?|leadership)|leadership\s+team|permanent\s+secretary|accounting\s+officer|secretary\s+of\s+state|senior\s+management\s+team|chair(?:man|woman|person)?\s+of\s+the\s+board)\b/i;

export const FUNDING_STRONG =
  /\b(?:bid(?:s|ding)?\s+for|funding\s+pots?|pots?\s+of\s+(?:money|funding|funds)|if\s+funding\s+(?:allows|permits|is\s+(?:available|secured|found))|subject\s+to\s+(?:funding|investment|financial\s+approval)|when\s+funding\s+(?:becomes\s+available|allows|is\s+(?:available|secured))|(?:secure|securing|attract|attracting|access|accessing|unlock|unlocking|draw\s+down|drawing\s+down|chase|chasing)\s+(?:additional\s+|new\s+|more\s+|external\s+|national\s+|central\s+|capital\s+|government\s+|short[\s-]term\s+|one[\s-]off\s+)*(?:funding|funds|investment|money)|funding\s+opportunit(?:y|ies)|(?:available|national|central|capital|short[\s-]term|one[\s-]off)\s+funding\s+(?:streams?|rounds?|opportunit(?:y|ies)|allows|permits))\b/i;

/**
 * Commitment words with the organisation as their subject ("we are committed
 * to", "the trust will strive to"): others' aims ("people seeking to claim")
 * are not the strategy's promises.
 */
export const HOLLOW =
  /\b(?:we|we['’]re|we['’]ll|i|(?:the|this|our)\s+(?:trust|organisation|organization|department|ministry|council|board|team|service|strategy|plan|directorate))\s+(?:will\s+|shall\s+|are\s+|is\s+|remain\s+|have\s+|also\s+|continue\s+to\s+|always\s+|fully\s+|firmly\s+|deeply\s+|absolutely\s+|wholeheartedly\s+)*(?:committed\s+(?:ourselves\s+|itself\s+)?to|dedicated\s+to|commit(?:s)?\s+(?:ourselves\s+|itself\s+)?to|pledges?\s+to|striv(?:e|es|ing)\s+(?:to|for)|seek(?:s|ing)?\s+to|endeavou?r(?:s|ing)?\s+to|aspir(?:e|es|ing)\s+to|aim(?:s|ing)?\s+to|work(?:ing)?\s+towards?|hope(?:s)?\s+to|look(?:s|ing)?\s+to)|\bour\s+(?:pledge|commitment|aspiration)\s+(?:is|will\s+be)\s+to\b/i;

/** Count the matches of a global pattern in a text (memoised per pattern). */
export const countMatches: (re: RegExp, text: string) => number = memoPer(count);

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * A memoised test of whether a section, or one it sits in, `matches`; the walk up
 * stops (false) at a section that `stops`, checked after `matches` at each level.
 */
function ancestorScope(doc: Doc, matches: (s: Section) => boolean, stops: (s: Section) => boolean = () => false): (section: number) => boolean {
  const memo = new Map<number, boolean>();
  return (section: number) => {
    if (section < 0) return false;
    let r = memo.get(section);
    if (r === undefined) {
      r = false;
      for (let i = section; i >= 0; i = doc.sections[i].parent) {
        if (matches(doc.sections[i])) {
          r = true;
          break;
        }
        if (stops(doc.sections[i])) break;
      }
      memo.set(section, r);
    }
    return r;
  };
}

/**
 * A memoised test of whether a section sits under a section of one of `kinds`
 * (itself or an ancestor), stopping at a section of one of `stop`.
 */
export function sectionScope(doc: Doc, kinds: readonly SectionKind[], stop: readonly SectionKind[] = ['not-doing']): (section: number) => boolean {
  return ancestorScope(
    doc,
    (s) => s.kinds.some((x) => kinds.includes(x)),
    (s) => s.kinds.some((x) => stop.includes(x)),
  );
}

/** A memoised test of whether a section (or one it sits in) is a case study or worked example: what it reports is someone else's, not the strategy's promise. */
export function caseStudyScope(doc: Doc): (section: number) => boolean {
  return ancestorScope(doc, (s) => CASE_STUDY.test(s.heading.text));
}
const CASE_STUDY = /\b(?:case\s+stud(?:y|ies)|worked\s+example|spotlight\s+on|example\s+from)\b/i;

/** Shorten a quotation for a message. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t;
}

/** "The first 3 are marked" / "The first is marked", for summary findings. */
export function marked(limit: number, which = 'first'): string {
  return limit === 1 ? `The ${which} is marked.` : `The ${which} ${limit} are marked.`;
}
