// The shared shape of a section rule's tests: table cases (headings that count,
// statements that stand in for the section, placeholders), then the quick fixes
// applied and the text re-analysed. Each rule's test file supplies its own text.
// The texts and messages speak as an NHS trust, so they are read with the nhs
// profile; the general profile's words are tested in test/core/profile-words.test.ts.
import { strict as assert } from 'node:assert';
import { applyFix, lines, lint as lintWith } from '../helpers';

export interface SectionCase {
  name: string;
  text: string;
  expected: string[];
}

export interface SectionSuite {
  rule: string;
  cases: SectionCase[];
  /** A document missing the section, and what the text must look like after the fix. */
  fix: { text: string; expected: RegExp };
  /** A document whose section holds only a placeholder, and the text after its fix. */
  placeholder: { text: string; expected: RegExp };
}

const NHS = { profile: 'nhs' };

export function sectionSuite(s: SectionSuite): void {
  const lint = (text: string, rule: string) => lintWith(text, rule, NHS);
  describe(s.rule, () => {
    for (const c of s.cases) {
      it(c.name, () => {
        assert.deepEqual(lines(c.text, lint(c.text, s.rule).findings), c.expected);
      });
    }

    it('inserts the section where it naturally goes, at the document\'s heading level, and the finding goes away', () => {
      const findings = lint(s.fix.text, s.rule).findings;
      assert.equal(findings.length, 1, lines(s.fix.text, findings).join('\n'));
      const fixed = applyFix(s.fix.text, findings[0]);
      assert.match(fixed, s.fix.expected);
      assert.deepEqual(lines(fixed, lint(fixed, s.rule).findings), []);
    });

    it('keeps CRLF line endings in the inserted section', () => {
      const text = s.fix.text.replace(/\n/g, '\r\n');
      const fixed = applyFix(text, lint(text, s.rule).findings[0]);
      assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
      assert.deepEqual(lint(fixed, s.rule).findings, []);
    });

    it('fills a placeholder-only section with prompts, keeps what was there, and the finding goes away', () => {
      const findings = lint(s.placeholder.text, s.rule).findings;
      assert.equal(findings.length, 1, lines(s.placeholder.text, findings).join('\n'));
      assert.match(findings[0].message, /holds only a placeholder/);
      const fixed = applyFix(s.placeholder.text, findings[0]);
      assert.match(fixed, s.placeholder.expected);
      assert.ok(fixed.includes('TBC'), 'the placeholder text was lost');
      assert.deepEqual(lines(fixed, lint(fixed, s.rule).findings), []);
    });
  });
}
