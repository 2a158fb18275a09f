// delivered-and-learnt-section: what has been delivered already and what it taught (Realistic).
import { sectionRule } from '../rule-helpers';

export default sectionRule({
  id: 'delivered-and-learnt-section',
  kind: 'delivered',
  description: 'The strategy should say what has already been delivered and what was learnt along the way.',
  defaultSeverity: 'info',
  quality: 'realistic',
  equivalent: {
    pattern:
      /\b(?:we\s+(?:have\s+(?:already\s+|now\s+|successfully\s+)?|already\s+|successfully\s+)(?:delivered|introduced|implemented|launched|rolled\s+out|built|replaced|moved|migrated|completed|achieved|saved|cut|reduced|digitised|digitized|deployed|opened|created)|since\s+(?:19|20)\d{2},?\s+we\s+have|we\s+(?:have\s+)?(?:learnt|learned)|lessons?\s+(?:we\s+)?(?:have\s+)?(?:learnt|learned)|(?:the|our)\s+(?:last|previous)\s+strategy\s+(?:delivered|achieved|taught)|(?:in|over)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:years?|months?),?\s+we|(?:these|our)\s+achievements|following\s+our\s+(?:last|previous)\s+(?:\w+\s+)?strategy|since\s+(?:we\s+published|our\s+last)|(?:has|have)\s+already\s+(?:\w+ed|built|won|cut|run|made))\b/i,
    min: 3,
    what: 'sentences saying what the organisation has already delivered or learnt',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance counts honesty about what has already been delivered, and the lessons learnt, as part of a realistic strategy. It shows the board that the new plan builds on evidence of what this organisation can achieve.',
    good:
      'A short section listing what the last strategy or recent work delivered, with figures, and what it taught, including what did not work. Three or more "we have delivered ..." or "we learnt ..." statements elsewhere also count.',
    before: '## Where we are now\n\nWe run 212 applications.',
    after:
      '## Where we are now\n\nWe run 212 applications.\n\n## What we have delivered and learnt\n\n- We moved outpatient letters to the NHS App in 2024, saving £180,000 a year in postage. We learnt to involve clinic staff from the start.',
    fix: 'The quick fix inserts a "What we have delivered and learnt" section after your current-state section, with prompts for achievements and lessons. Headings such as "Progress so far", "Lessons learnt" or "Our track record" also count.',
  },
});
