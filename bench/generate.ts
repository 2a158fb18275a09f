// Deterministic generated strategies for the benchmark: the same seed and word
// count always give the same Markdown. The words are invented here, not taken
// from any real strategy, and cover what the rules read: sections of every
// kind, outcome lists, tables, horizons, front matter, links and emphasis.

/** A small seeded PRNG (mulberry32), so runs are repeatable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADINGS = [
  'Summary', 'Our vision', 'Where we are now', 'What we have delivered', 'Our users and their needs',
  'How this fits the system strategy', 'Outcomes', 'Our priorities', 'What we will not do',
  'Resources and risks', 'Governance', 'Reviewing this strategy', 'Telling people about it',
  'Workforce and skills', 'Data and insight', 'Infrastructure', 'Cyber security', 'Partnerships',
];
const SUBJECTS = ['patients', 'clinical staff', 'the board', 'our wards', 'community teams', 'carers', 'the integrated care board', 'our partners', 'nurses', 'people who use our services'];
const VERBS = ['will use', 'need', 'rely on', 'have asked for', 'will see', 'get', 'will have', 'benefit from', 'told us they want', 'can reach'];
const OBJECTS = [
  'one shared electronic record', 'faster access to test results', 'fewer duplicate forms', 'reliable wifi on every ward',
  'the NHS App for appointments', 'clear information about waiting times', 'digital skills training', 'better data on outcomes',
  'a single sign-on', 'remote monitoring at home', 'electronic prescribing', 'paperless discharge letters',
];
const TAILS = [
  'because it saves time at the bedside', 'so that care is safer', 'which the last survey showed matters most',
  'as the national plan expects', 'and we will measure the change every quarter', 'without adding to workload',
  'in line with the ICS digital plan', 'so that nobody is left behind',
];
const FILLER = ['in practice', 'over time', 'for most people', 'across the trust', 'in each division', 'where it helps', 'this year', 'at scale'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function sentence(r: () => number): string {
  let s = `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}`;
  if (r() < 0.3) s += ` ${pick(r, FILLER)}`;
  if (r() < 0.15) s = s.replace(/\b(record|data|training)\b/, '**$1**');
  if (r() < 0.08) s += ` (see [the plan](https://example.org/plan-${Math.floor(r() * 100)}))`;
  if (r() < 0.1) s += `, by March ${2025 + Math.floor(r() * 4)}`;
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(r: () => number): string {
  const n = 2 + Math.floor(r() * 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r));
  // Soft-wrap some paragraphs, as editors and writers do.
  return r() < 0.3 ? out.join('\n') : out.join(' ');
}

function outcomeList(r: () => number): string {
  const n = 3 + Math.floor(r() * 4);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const pct = 10 + Math.floor(r() * 80);
    const item = r() < 0.5
      ? `Raise the share of ${pick(r, SUBJECTS)} using ${pick(r, OBJECTS)} from ${pct}% to ${Math.min(99, pct + 20)}% by March ${2026 + Math.floor(r() * 3)}`
      : `Improve ${pick(r, OBJECTS)} for ${pick(r, SUBJECTS)}`;
    lines.push(r() < 0.5 ? `${i + 1}. ${item}` : `- ${item}`);
  }
  // Keep list markers consistent within a list.
  const ordered = lines[0].startsWith('1.');
  return lines.map((l, i) => (ordered ? `${i + 1}. ${l.replace(/^(\d+\.|-) /, '')}` : `- ${l.replace(/^(\d+\.|-) /, '')}`)).join('\n');
}

function table(r: () => number): string {
  const rows = ['| Service | Users | Availability |', '| --- | --- | --- |'];
  const n = 2 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) rows.push(`| ${pick(r, OBJECTS)} | ${pick(r, SUBJECTS)} | ${(95 + r() * 5).toFixed(1)}% |`);
  return rows.join('\n');
}

const wordsIn = (s: string) => (s.match(/[A-Za-z0-9]+/g) ?? []).length;

/** A strategy of about `words` words (never fewer), deterministic for a seed. */
export function generateStrategy(words: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = [
    '---',
    'title: Digital strategy 2025 to 2028',
    'date: 2025-04-01',
    '---',
    '',
    '# Digital strategy 2025 to 2028',
    '',
    'This strategy covers the three years from April 2025 and we will review it every year with the board.',
  ];
  let count = parts.reduce((n, p) => n + wordsIn(p), 0);
  let h = 0;
  while (count < words) {
    const heading = `## ${HEADINGS[h % HEADINGS.length]}${h >= HEADINGS.length ? ` (part ${Math.floor(h / HEADINGS.length) + 1})` : ''}`;
    h++;
    const block: string[] = ['', heading, ''];
    const subs = 1 + Math.floor(r() * 3);
    for (let s = 0; s < subs; s++) {
      if (s > 0) block.push(`### ${pick(r, OBJECTS).replace(/^./, (c) => c.toUpperCase())}`, '');
      block.push(paragraph(r), '');
      const x = r();
      if (x < 0.35) block.push(outcomeList(r), '');
      else if (x < 0.45) block.push(table(r), '');
      else if (x < 0.5) block.push('> ' + sentence(r), '');
      else if (x < 0.53) block.push('```', 'status: green', '```', '');
      else block.push(paragraph(r), '');
    }
    const text = block.join('\n');
    count += wordsIn(text);
    parts.push(text.replace(/\n+$/, ''));
  }
  return parts.join('\n') + '\n';
}
