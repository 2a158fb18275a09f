import { strict as assert } from 'node:assert';
import { applyFix, lines, lint, reanalyse } from '../helpers';

const RULE = 'heading-syntax';
const MSG = (h: string) => `This line looks like a heading, but without a space after "${h}" Markdown shows it as ordinary text, so the section is missing from the outline and the table of contents.`;

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    {
      name: 'reports headings with no space after the hashes, as PDF conversions leave them',
      text: '##01 Executive summary\n\nText.\n\n####Improve leadership\n',
      expected: [`1:1 warning heading-syntax ${MSG('##')}`, `5:1 warning heading-syntax ${MSG('####')}`],
    },
    { name: 'accepts proper headings', text: '## 01 Executive summary\n\n#### Improve leadership\n', expected: [] },
    { name: 'leaves hashtags, issue numbers and code alone', text: '# Strategy\n\n#hashtag\n\n#1 in the league\n\n```\n##NotAHeading\n```\n\n<!--\n##Hidden\n-->\n', expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE).findings), c.expected);
    });
  }

  it('applying the fix inserts the space; section checks read the line as a heading before and after', () => {
    const text = '# Strategy\n\n##What we will not do\n\nWe will not build an app.\n';
    const fixed = applyFix(text, lint(text, RULE).findings[0]);
    assert.equal(fixed, '# Strategy\n\n## What we will not do\n\nWe will not build an app.\n');
    assert.deepEqual(lint(fixed, RULE).findings, []);
    assert.deepEqual(lint(text, 'not-doing-section').findings, []);
    assert.deepEqual(lint(fixed, 'not-doing-section').findings, []);
  });

  it('after an edit, scans only the chunk that changed and finds what a fresh analysis finds', () => {
    const before = '# Strategy\n\n##01 Summary\n\n## Two\n\nText.\n\n## Three\n\n####Improve leadership\n';
    const after = before.replace('Text.', '##Priorities');
    const { again, scans, fresh } = reanalyse(RULE, before, after);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings), [`3:1 warning heading-syntax ${MSG('##')}`, `7:1 warning heading-syntax ${MSG('##')}`, `11:1 warning heading-syntax ${MSG('####')}`]);
  });
});
