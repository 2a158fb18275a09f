// not-doing-section: the strategy says what it will not do (Focused; board question 3).
import { sectionRule } from '../rule-helpers';
import { NOT_DOING_STATEMENT } from '../statements';

export default sectionRule({
  id: 'not-doing-section',
  kind: 'not-doing',
  description: 'The strategy should say what it will not do, in a section of its own or in several "we will not" statements.',
  defaultSeverity: 'warning',
  quality: 'focused',
  question: 'not-prioritising',
  equivalent: {
    pattern: NOT_DOING_STATEMENT,
    min: 3,
    what: 'statements of what the strategy will not do ("we will not ...", "this strategy does not cover ...", "... is out of scope")',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance says a good strategy is focused and selective: it makes clear what the organisation is not going to do. One of the five questions it gives boards is "What are you not prioritising?". Without an answer, every request looks as important as every other, and the strategy cannot help anyone say no.',
    good:
      'A short section, usually after the priorities, listing the pieces of work the board has decided against or postponed, each with the reason and when it will be looked at again. Three or more plain statements elsewhere in the text also count: "we will not ...", "we have chosen not to ...", "we do not aim to ...", "this strategy does not cover ...", "there is no focus on ..." or "... is out of scope". Notes on method in the present tense ("we don\'t stop at ...") do not.',
    before: '## Our priorities\n\n1. Replace the patient administration system\n2. Roll out electronic prescribing',
    after:
      '## Our priorities\n\n1. Replace the patient administration system\n2. Roll out electronic prescribing\n\n## What we will not do\n\n- We will not build our own patient app, because the NHS App meets the same need.\n- We will stop supporting the old intranet from April 2026.',
    fix: 'The quick fix inserts a "What we will not do" section after your priorities (or at the end), with prompts to replace. Headings such as "Out of scope", "Not prioritising" or "What we will stop doing" also count.',
  },
});
