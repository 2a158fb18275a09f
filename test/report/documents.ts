// Documents the board-pack tests share: the weak example, and a later version
// of it that a trust might write after a board review (real sections, not skeletons).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES = join(process.cwd(), 'examples');

export function weakExample(): string {
  return readFileSync(join(EXAMPLES, 'weak-digital-strategy.md'), 'utf8');
}

/** The weak example after a review: a three-year period, ranked priorities, and sections that answer three more board questions. */
export function weakFixed(): string {
  const weak = weakExample().replace('2024-2034', '2025-2028');
  const added = [
    '## Where we are now',
    '',
    'We run 42 clinical systems. The electronic patient record was available 99.2% of the time in 2024/25, and outpatient letters take 9 days on average to reach GPs.',
    '',
    '## Our users and their needs',
    '',
    'We surveyed 1,200 patients and 800 staff in 2024. Patients told us their biggest need is to see test results without phoning the ward. Staff told us they lose 40 minutes a shift logging in to separate systems.',
    '',
    '## What we will not do',
    '',
    '- We will not build our own patient app, because the NHS App meets the same need.',
    '- We will not seek HIMSS Level 7 accreditation during this strategy.',
    '- We will stop supporting the old intranet from April 2026.',
    '',
    '## How we will review this strategy',
    '',
    'The board will review this strategy every year, each March, and publish what it changed.',
    '',
  ].join('\n');
  return weak
    .replace('over the next decade', 'over the next three years')
    .replace('for the next ten years and beyond', 'for years to come')
    .replace('Over the life of this strategy we will:', 'Over the life of this strategy we will, in order of priority:')
    .replace('The following programmes of work will be taken forward:', 'We will take this work forward in order of priority:')
    .replace(/\n## Digital Workforce/, `\n${added}\n## Digital Workforce`);
}

/** A strategy whose own words try to break out of the page: markup in the title and the text. */
export const HOSTILE = [
  '# Strategy <script>alert(1)</script> & "quotes" 2025 to 2028',
  '',
  'We will <img src=x onerror=alert(2)> improve things. <a href="https://example.com/x.css">link</a>',
  '',
  '## Our users and their needs',
  '',
  'Patients said </blockquote><style>body{display:none}</style> they need results faster.',
  '',
].join('\n');
