// Which profile a strategy is read with, and the words its messages use.
//
// `chooseProfile` reads the document's own vocabulary when no config, setting
// or front matter sets the profile: a strategy that keeps speaking of the NHS,
// trusts, ICBs, patients and clinicians is read as an NHS strategy, any other
// as a general one. A passing mention ("unlike the NHS, we ...") is not
// enough. The counts are kept per chunk, so an edit recounts one chunk.
//
// `wordsFor` then gives the words messages, hovers and skeletons use: the
// organisation as the document names itself ("the council", "the trust"),
// where its title or owner says so, else "the organisation"; the people it
// serves in its own terms (residents, customers, users, patients); and its
// wider system (the integrated care system, or partners).
import type { Chunk, Doc } from './model';
import type { Profile, Span } from './types';

/** Where a profile came from: a setting (config file, editor setting, `--profile`), the document's front matter, or its vocabulary. */
export type ProfileSource = 'setting' | 'front matter' | 'document';

export interface ProfileTerm {
  /** The term as a reader would name it ("patients", "NHS", "the trust"). */
  term: string;
  count: number;
  /** Its first use. */
  span: Span;
}

export interface ProfileChoice {
  profile: Profile;
  source: ProfileSource;
  /** For a setting: which one ("the config file .strategy-lint.json", "--profile", "the strategyLint.profile setting"). */
  from?: string;
  /** The NHS terms the document uses, most used first (empty when none). */
  nhs: ProfileTerm[];
  /** The terms of other kinds of organisation it uses (council, residents, customers, government), most used first. */
  general: ProfileTerm[];
  /** Set when the title or owner names the organisation: what kind it is. */
  names?: { kind: OrgKind; text: string; span: Span };
  /** How often it says "user" or "users". */
  users: number;
  /** One sentence: which profile, and why. */
  reason: string;
}

export type OrgKind = 'trust' | 'council' | 'department' | 'government' | 'company';

type TermDef = { term: string; re: RegExp };

// Case matters where a word is also ordinary English: "Trust" the body, not "trust" the feeling.
const NHS_TERMS: TermDef[] = [
  { term: 'NHS', re: /\bNHS\b/g },
  {
    term: 'trust',
    re: /\b(?:NHS|[Ff]oundation|[Aa]cute|[Hh]ospitals?|[Aa]mbulance|[Tt]eaching|[Mm]ental\s+[Hh]ealth|[Cc]ommunity|[Hh]ealth(?:care)?)\s+[Tt]rusts?\b|\b(?:[Tt]he|[Oo]ur|[Tt]his|[Ee]ach|[Ee]very|[Ww]hole)\s+Trust\b|\b[Tt]rust(?:'s|’s)?\s+[Bb]oards?\b|\b(?:[Tt]he|[Oo]ur|[Tt]his)\s+trust(?:'s|’s)?\s+(?:will|has|is|was|strategy|serves|runs|provides|employs|aims|must|should|can)\b/g,
  },
  { term: 'integrated care', re: /\bIC[BSP]s?\b|\b[Ii]ntegrated\s+[Cc]are\b/g },
  { term: 'patients', re: /\b(?:[Oo]ut|[Ii]n)?[Pp]atients?(?:'s|’s|'|’)?\b/g },
  { term: 'clinicians', re: /\b[Cc]linicians?\b|\b[Cc]linical(?:ly)?\b/g },
  { term: 'GPs', re: /\bGPs?\b|\b[Gg]eneral\s+[Pp]ractices?\b/g },
  { term: 'hospitals', re: /\b[Hh]ospitals?\b/g },
  { term: 'nurses', re: /\b[Nn]urs(?:es?|ing)\b|\b[Mm]idwi(?:fe|ves|fery)\b/g },
  { term: 'primary care', re: /\b(?:[Pp]rimary|[Ss]econdary|[Tt]ertiary)\s+[Cc]are\b|\bA&E\b|\bCQC\b|\bEPRs?\b/g },
];

const GENERAL_TERMS: TermDef[] = [
  { term: 'council', re: /\b[Cc]ouncil(?:s|'s|’s)?\b|\b[Ll]ocal\s+[Aa]uthorit(?:y|ies)\b/g },
  { term: 'residents', re: /\b[Rr]esidents?\b/g },
  { term: 'customers', re: /\b[Cc]ustomers?\b|\b[Cc]lients?\b/g },
  { term: 'citizens', re: /\b[Cc]itizens?\b|\b[Tt]axpayers?\b/g },
  { term: 'government', re: /\b[Gg]overnment\b|\b[Dd]epartments?\b|\b[Mm]inistr(?:y|ies)\b/g },
  { term: 'businesses', re: /\b[Cc]ompan(?:y|ies)\b|\b[Bb]usiness(?:es)?\b|\b[Ss]hareholders?\b/g },
];

/** Each term's count and first use in one chunk (chunk-relative). */
type ChunkCounts = { nhs: Array<[number, Span | undefined]>; general: Array<[number, Span | undefined]>; users: number };
const byChunk = new WeakMap<Chunk, ChunkCounts>();

function countIn(defs: TermDef[], chunk: Chunk): Array<[number, Span | undefined]> {
  return defs.map(({ re }) => {
    let n = 0;
    let first: Span | undefined;
    for (const s of chunk.sentences) {
      if (s.prompt) continue;
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        if (n++ === 0) first = { start: s.span.start, end: s.span.end };
      }
    }
    return [n, first];
  });
}

const USERS = /\b[Uu]sers?\b/g;

/** One chunk's counts, kept with the chunk: an edit recounts only the chunk it touched. */
export function chunkTerms(chunk: Chunk): ChunkCounts {
  let c = byChunk.get(chunk);
  if (!c) {
    profileReads.chunks++;
    let users = 0;
    for (const s of chunk.sentences) if (!s.prompt) users += s.text.match(USERS)?.length ?? 0;
    byChunk.set(chunk, (c = { nhs: countIn(NHS_TERMS, chunk), general: countIn(GENERAL_TERMS, chunk), users }));
  }
  return c;
}

/** How many chunks have been counted (a test checks that an edit recounts only the chunk it touched). */
export const profileReads = { chunks: 0 };

function sumTerms(doc: Doc, pick: (c: ChunkCounts) => Array<[number, Span | undefined]>, defs: TermDef[]): ProfileTerm[] {
  const out = defs.map((d) => ({ term: d.term, count: 0, span: undefined as Span | undefined }));
  for (const { chunk, offset } of doc.chunks) {
    const counts = pick(chunkTerms(chunk));
    counts.forEach(([n, first], i) => {
      if (!n) return;
      if (!out[i].span && first) out[i].span = { start: first.start + offset, end: first.end + offset };
      out[i].count += n;
    });
  }
  return out
    .filter((t): t is ProfileTerm => t.count > 0 && t.span !== undefined)
    .sort((a, b) => b.count - a.count);
}

const ORG_NAMES: Array<{ kind: OrgKind; test: (t: string) => boolean }> = [
  // "Trust" in "built on trust" is a feeling: only "NHS", an ICB, "… Trust" after a name, or "trust board" names a body.
  { kind: 'trust', test: (t) => /\bNHS\b|\bICB\b|\S\s+Trust\b/.test(t) || /\b(?:trust|integrated\s+care)\s+board\b/i.test(t) },
  { kind: 'council', test: (t) => /\b(?:council|local\s+authority)\b/i.test(t) },
  { kind: 'department', test: (t) => /\b(?:department|ministry)\b/i.test(t) },
  { kind: 'government', test: (t) => /\b(?:government|civil\s+service)\b/i.test(t) },
  { kind: 'company', test: (t) => /\b(?:ltd|limited|plc|company|corporation)\b/i.test(t) },
];

/** What kind of organisation a title or owner statement names, if it names one. */
export function orgKindOf(text: string): OrgKind | undefined {
  return ORG_NAMES.find((k) => k.test(text))?.kind;
}

/** Terms that name the NHS or its bodies, not only health care: an NHS reading needs one of them. */
const NHS_BODIES = new Set(['NHS', 'trust', 'integrated care', 'GPs', 'primary care']);

/** The least an NHS reading needs: two different NHS terms, and at least two uses (one per 1,000 words in a long document). */
const NHS_MIN_TERMS = 2;
const nhsMinUses = (words: number) => Math.max(2, Math.floor(words / 1000));

const list = (terms: ProfileTerm[], n = 3) => terms.slice(0, n).map((t) => `${t.term} ×${t.count}`).join(', ');

/**
 * The profile a document reads as, from its own words, with the evidence. NHS when it uses at
 * least two different NHS terms, at least twice (once per 1,000 words in a long document), and
 * more often than the words of councils, companies and government; general otherwise, so one
 * passing mention ("unlike the NHS, we ...") does not make it an NHS strategy. A title or owner
 * that names the organisation decides. Pure and cheap: the counts are kept per chunk.
 */
export function chooseProfile(doc: Doc, self?: { title?: { text: string; span: Span }; owner?: { text: string; span: Span } }): ProfileChoice {
  const nhs = sumTerms(doc, (c) => c.nhs, NHS_TERMS);
  const general = sumTerms(doc, (c) => c.general, GENERAL_TERMS);
  let names: ProfileChoice['names'];
  for (const f of [self?.title, self?.owner]) {
    const kind = f && orgKindOf(f.text);
    if (f && kind) {
      names = { kind, text: f.text, span: f.span };
      break;
    }
  }
  const nhsUses = nhs.reduce((n, t) => n + t.count, 0);
  const otherUses = general.reduce((n, t) => n + t.count, 0);
  let profile: Profile;
  let reason: string;
  if (names && names.kind === 'trust') {
    profile = 'nhs';
    reason = `Read as an NHS strategy: it names itself as an NHS body ("${clip(names.text)}")${nhs.length ? ` and speaks of ${list(nhs)}` : ''}.`;
  } else if (names) {
    profile = 'general';
    reason = `Read as a general strategy: it names itself as a ${names.kind} ("${clip(names.text)}")${nhs.length ? `; NHS terms: ${list(nhs)}` : ''}.`;
  } else if (nhsUses >= nhsMinUses(doc.words) && nhs.length >= NHS_MIN_TERMS && nhsUses > otherUses && nhs.some((t) => NHS_BODIES.has(t.term))) {
    profile = 'nhs';
    reason = `Read as an NHS strategy: it speaks of ${list(nhs)}.`;
  } else if (nhsUses >= nhsMinUses(doc.words) && nhs.length >= NHS_MIN_TERMS && nhsUses > otherUses) {
    // Patients, clinicians and hospitals, but no NHS body: a health service elsewhere.
    profile = 'general';
    reason = `Read as a general strategy: it speaks of ${list(nhs)} but of no NHS body (the NHS, a trust, an ICB, GPs).`;
  } else if (!nhs.length) {
    profile = 'general';
    reason = 'Read as a general strategy: no NHS terms found.';
  } else if (nhsUses < nhsMinUses(doc.words) || nhs.length < NHS_MIN_TERMS) {
    profile = 'general';
    reason = `Read as a general strategy: it uses NHS terms only in passing (${list(nhs)}).`;
  } else {
    profile = 'general';
    reason = `Read as a general strategy: it speaks more of ${list(general)} than of ${list(nhs)}.`;
  }
  let users = 0;
  for (const { chunk } of doc.chunks) users += chunkTerms(chunk).users;
  return { profile, source: 'document', nhs, general, ...(names ? { names } : {}), users, reason };
}

/** The line front ends show: which profile, why, and how to change it. */
export function describeProfile(choice: Pick<ProfileChoice, 'reason' | 'source'>): string {
  return choice.source === 'document' ? `${choice.reason} Set \`profile\` in the config or front matter to change it.` : choice.reason;
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? t.slice(0, 59) + '…' : t;
}

// ---- the words messages use ----

/**
 * The words a message, hover or skeleton uses for the organisation, the people it
 * serves and its wider system. Placeholders such as `{people}` in the rules' texts
 * are filled from these by `say` (a capital first letter, `{People}`, capitalises).
 */
export interface Words {
  /** The organisation: "the trust", "the council", "the department", "the company", else "the organisation". */
  org: string;
  /** The organisation's noun alone, as a skeleton's prompt ("The [council] board owns this strategy"). */
  orgNoun: string;
  /** The people it serves, plural: patients, residents, customers, citizens, users. */
  people: string;
  /** The same as a fuller list where the profile has one ("patients, service users"). */
  served: string;
  /** The same, singular. */
  person: string;
  /** Its wider system: the integrated care system, or partners. */
  system: string;
  /** A skeleton's line for the system's plans. */
  systemPlans: string;
  /** A system an example names ("the electronic patient record"). */
  exampleSystem: string;
  /** The staff who use it ("clinical staff"). */
  exampleStaff: string;
  /** Specialist staff a plan needs ("clinical informatics staff"). */
  exampleSpecialists: string;
}

const NHS_WORDS: Words = {
  org: 'the organisation',
  orgNoun: 'trust',
  people: 'patients',
  served: 'patients, service users',
  person: 'patient',
  system: 'integrated care system',
  systemPlans: 'Our system (integrated care board and partners)',
  exampleSystem: 'the electronic patient record',
  exampleStaff: 'clinical staff',
  exampleSpecialists: 'clinical informatics staff',
};

const GENERAL_WORDS: Words = {
  org: 'the organisation',
  orgNoun: 'organisation',
  people: 'users',
  served: 'users',
  person: 'user',
  system: 'partners',
  systemPlans: 'Our partners and the wider system',
  exampleSystem: 'the case management system',
  exampleStaff: 'front-line staff',
  exampleSpecialists: 'data and digital staff',
};

/** The words for each profile when nothing more is known about the document (the generated docs use the NHS ones). */
export const DEFAULT_WORDS: Readonly<Record<Profile, Words>> = { nhs: NHS_WORDS, general: GENERAL_WORDS };

/** Words that suit any profile, for text written before any document is read (the editor's snippet file). */
export const NEUTRAL_WORDS: Words = {
  ...GENERAL_WORDS,
  systemPlans: 'Our partners and wider system (for an NHS body, the integrated care board)',
  exampleSystem: 'the main record system',
};

const PEOPLE: Record<string, [string, string]> = {
  patients: ['patients', 'patient'],
  residents: ['residents', 'resident'],
  customers: ['customers', 'customer'],
  citizens: ['citizens', 'citizen'],
};
const KIND_PEOPLE: Record<OrgKind, [string, string]> = {
  trust: ['patients', 'patient'],
  council: ['residents', 'resident'],
  department: ['users', 'user'],
  government: ['users', 'user'],
  company: ['customers', 'customer'],
};

/**
 * The words for a document read with `profile`: the organisation as it names itself, the people
 * it serves as it speaks of them most (residents, customers, citizens; patients in the NHS), else
 * as its kind of organisation does, else users.
 */
export function wordsFor(profile: Profile, choice: Pick<ProfileChoice, 'names' | 'general' | 'users'> & { nhs?: ProfileTerm[] }): Words {
  const kind = choice.names?.kind;
  let people: [string, string] | undefined;
  if (profile === 'nhs') people = KIND_PEOPLE.trust;
  else {
    // A health service outside the NHS serves patients.
    const patients = choice.nhs?.find((t) => t.term === 'patients');
    const own = [...choice.general, ...(patients ? [patients] : [])].sort((a, b) => b.count - a.count).find((t) => PEOPLE[t.term] && t.count >= 2);
    if (own && own.count >= choice.users) people = PEOPLE[own.term];
    else if (kind && choice.users < 2) people = KIND_PEOPLE[kind];
  }
  return wordsOf(profile, kind, people?.[0]);
}

const wordSets = new Map<string, Words>();
/** One shared object per profile, kind of organisation and people, so front ends can cache what they build from it. */
export function wordsOf(profile: Profile, kind: OrgKind | undefined, people: string | undefined): Words {
  const key = `${profile}|${kind ?? ''}|${people ?? ''}`;
  let w = wordSets.get(key);
  if (!w) {
    const base = DEFAULT_WORDS[profile];
    const p = people && (PEOPLE[people] ?? (people === 'users' ? ['users', 'user'] : undefined));
    w = {
      ...base,
      org: kind ? `the ${kind}` : base.org,
      orgNoun: kind ?? base.orgNoun,
      ...(p ? { people: p[0], person: p[1], served: profile === 'nhs' && p[0] === 'patients' ? base.served : p[0] } : {}),
    };
    wordSets.set(key, Object.freeze(w));
  }
  return w;
}

/** Every set of words `wordsFor` can give, for code that must know every wording (the unfilled-prompt check). */
export function allWords(): Words[] {
  const kinds: Array<OrgKind | undefined> = [undefined, 'trust', 'council', 'department', 'government', 'company'];
  const out: Words[] = [NEUTRAL_WORDS];
  for (const profile of ['nhs', 'general'] as const) for (const kind of kinds) for (const people of [undefined, 'patients', 'residents', 'customers', 'citizens', 'users']) out.push(wordsOf(profile, kind, people));
  return out;
}

// ---- explanations written for NHS readers, in a general strategy's words ----

/**
 * The rules' explanations (why it matters, what good looks like, how to fix) speak of NHS
 * bodies, as the guidance does. For a general strategy, these put the same points in its own
 * words; `generalise` applies them, and `speaksNhs` says whether NHS terms are left.
 */
const GENERAL_PHRASES: Array<[RegExp, string]> = [
  [/\s*\((?:for example )?the integrated care board's joint forward plan\)/g, " (for example a partnership's shared plan)"],
  [/\(ICS, ICB, partners\)/g, '(partners)'],
  [/\bits integrated care system\b/g, 'its partners'],
  [/\b(?:the|our) integrated care system\b/g, 'our partners'],
  [/\bpatients, service users and staff\b/g, '{served} and staff'],
  [/\bstaff, partners, patients and the (?:public|local population)\b/g, 'staff, partners, {people} and the public'],
  [/\bstaff, partners and patients\b/g, 'staff, partners and {people}'],
  [/\bboard members, patients and partners\b/g, 'board members, {people} and partners'],
  [/\bpatients, staff or the public\b/g, '{people}, staff or the public'],
  [/\bpatients, staff and outcomes\b/g, '{people}, staff and outcomes'],
  [/\bpatients and staff\b/g, '{people} and staff'],
  [/\bstaff and patients\b/g, 'staff and {people}'],
  [/\ba clinician or a patient\b/g, 'a member of staff or a {person}'],
  [/"patients told us \.\.\."/g, '"{people} told us ..."'],
  [/\bpatient experience\b/g, 'the experience of {people}'],
  [/\bevery ward\b/g, 'every team'],
  [/\bmeaning the integrated care system and partners\b/g, 'meaning its partners and wider system'],
  [/"Patients and staff"/g, '"{People} and staff"'],
  [/\bthe ICB's five-year plan\b/g, "a partner's five-year plan"],
  [/"Nurses spend less time on paperwork"/g, '"Staff spend less time on paperwork"'],
  [/\bthe patient record\b/g, 'the main record systems'],
  [/\bthe patient administration system\b/g, '{exampleSystem}'],
  [/"Additional Clinical Services"/g, '"Customer Contact Centre"'],
  [/\bthe chief nursing information officer\b/g, 'the chief digital officer'],
  [/\bthe trust board\b/gi, 'the board'],
  [/\bthe trust\b/g, '{org}'],
  [/\bNHS, GP, ICS, ICB and EPR in the `nhs` profile; UK and IT in any/g, 'NHS, UK and IT; the `nhs` profile adds the NHS’s own, such as GP'],
];

/** An NHS explanation in a general strategy's words (the placeholders filled from `words`). */
export function generalise(text: string, words: Words): string {
  let t = text;
  for (const [re, to] of GENERAL_PHRASES) t = t.replace(re, to);
  return say(t, words);
}

const NHS_WORDS_RE = new RegExp(NHS_TERMS.map((d) => d.re.source).join('|'));
/** Whether a text still speaks of NHS bodies, staff or patients (the names of NHS Providers' and NHS England's guidance aside). */
export function speaksNhs(text: string): boolean {
  return NHS_WORDS_RE.test(text.replace(/\bNHS (?:Providers|England|digital service manual|writing guidance|guidance|and GOV\.UK)\b/g, ''));
}

/** A text with its `{placeholders}` filled from `words`; `{People}` gives "Patients". Unknown names are left as they are. */
export function say(text: string, words: Words): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{([A-Za-z]+)\}/g, (m, name: string) => {
    const key = (name[0].toLowerCase() + name.slice(1)) as keyof Words;
    const v = Object.hasOwn(words, key) ? words[key] : undefined;
    if (v === undefined) return m;
    return name[0] === name[0].toUpperCase() ? v[0].toUpperCase() + v.slice(1) : v;
  });
}
