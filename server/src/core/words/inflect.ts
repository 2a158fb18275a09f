// Carry a word's ending over to its replacement, so that a quick fix keeps the
// grammar: "utilising" → "using", "utilised" → "used", "utilises" → "uses",
// "ensured" → "made sure". Only the first word of a phrase is inflected
// ("working with"). Plain English verbs only: the replacements come from our
// own word lists, so the irregular forms they need are listed here.

type Form = 'ed' | 'ing' | 's' | 'base';

const IRREGULAR: Record<string, Record<Exclude<Form, 'base'>, string>> = {
  make: { ed: 'made', ing: 'making', s: 'makes' },
  find: { ed: 'found', ing: 'finding', s: 'finds' },
  get: { ed: 'got', ing: 'getting', s: 'gets' },
  buy: { ed: 'bought', ing: 'buying', s: 'buys' },
  lead: { ed: 'led', ing: 'leading', s: 'leads' },
  put: { ed: 'put', ing: 'putting', s: 'puts' },
  build: { ed: 'built', ing: 'building', s: 'builds' },
  deal: { ed: 'dealt', ing: 'dealing', s: 'deals' },
  give: { ed: 'gave', ing: 'giving', s: 'gives' },
  let: { ed: 'let', ing: 'letting', s: 'lets' },
  begin: { ed: 'began', ing: 'beginning', s: 'begins' },
  stop: { ed: 'stopped', ing: 'stopping', s: 'stops' },
  cut: { ed: 'cut', ing: 'cutting', s: 'cuts' },
  speed: { ed: 'sped', ing: 'speeding', s: 'speeds' },
  show: { ed: 'showed', ing: 'showing', s: 'shows' },
  try: { ed: 'tried', ing: 'trying', s: 'tries' },
};

/** Which form a verb is written in, judged by its ending. */
export function verbForm(word: string): Form {
  const w = word.toLowerCase().split(/\s+/)[0];
  if (/ing$/.test(w)) return 'ing';
  if (/(?:ed|ove|driven)$/.test(w)) return 'ed';
  if (/(?:[^s]s|[sxz]es|[cs]hes)$/.test(w) && !/(?:ous|ss|ance|us|is)$/.test(w)) return 's';
  return 'base';
}

/** One verb in a form. Regular rules, with the irregular verbs our replacements use. */
export function inflectVerb(verb: string, form: Form): string {
  if (form === 'base') return verb;
  const irregular = IRREGULAR[verb.toLowerCase()];
  if (irregular) return irregular[form];
  const v = verb;
  switch (form) {
    case 'ed':
      if (/e$/.test(v)) return v + 'd';
      if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied';
      return v + 'ed';
    case 'ing':
      if (/[^e]e$/.test(v)) return v.slice(0, -1) + 'ing';
      return v + 'ing';
    case 's':
      if (/(?:s|sh|ch|x|z)$/.test(v)) return v + 'es';
      if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
      return v + 's';
  }
}

/** The replacement (a verb or a phrase starting with one) in the form of the original. */
export function inflectLike(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const form = verbForm(original);
  if (form === 'base') return replacement;
  const [head, ...rest] = replacement.split(' ');
  return [inflectVerb(head, form), ...rest].join(' ');
}
