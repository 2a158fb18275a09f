// not-doing-section: the strategy says what it will not do (Focused; board question 3).
import { sectionRule } from '../rule-helpers';

export default sectionRule({
  id: 'not-doing-section',
  kind: 'not-doing',
  description: 'The strategy should say what it will not do, in a section of its own or in several "we will not" statements.',
  defaultSeverity: 'warning',
  quality: 'focused',
  question: 'not-prioritising',
  equivalent: {
    pattern: /\b(?:we|the (?:trust|board|organisation|organization|department|service))\s+(?:will\s+not|won['’]t|will\s+no\s+longer|are\s+not\s+going\s+to|will\s+stop|have\s+decided\s+not\s+to|do\s+not\s+plan\s+to|shall\s+not)\b/i,
    min: 3,
    what: '"we will not ..." or "we will stop ..." sentences',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance says a good strategy is focused and selective: it makes clear what the organisation is not going to do. One of the five questions it gives boards is "What are you not prioritising?". Without an answer, every request looks as important as every other, and the strategy cannot help anyone say no.',
    good:
      'A short section, usually after the priorities, listing the pieces of work the board has decided against or postponed, each with the reason and when it will be looked at again. Three or more plain "we will not ..." statements elsewhere in the text also count.',
    before: '## Our priorities\n\n1. Replace the patient administration system\n2. Roll out electronic prescribing',
    after:
      '## Our priorities\n\n1. Replace the patient administration system\n2. Roll out electronic prescribing\n\n## What we will not do\n\n- We will not build our own patient app, because the NHS App meets the same need.\n- We will stop supporting the old intranet from April 2026.',
    fix: 'The quick fix inserts a "What we will not do" section after your priorities (or at the end), with prompts to replace. Headings such as "Out of scope", "Not prioritising" or "What we will stop doing" also count.',
  },
});
