// communication-section: how the strategy will be shared with staff, partners, patients and public.
import { sectionRule } from '../rule-helpers';
import { COMMUNICATION_STATEMENT } from '../statements';

export default sectionRule({
  id: 'communication-section',
  kind: 'communication',
  description: 'The strategy should say how it will be communicated to staff, partners, patients and the public.',
  defaultSeverity: 'info',
  quality: 'mainstream',
  equivalent: {
    pattern: COMMUNICATION_STATEMENT,
    min: 1,
    what: 'statements of how the strategy will be shared or people involved',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance closes by advising boards to agree how they will communicate the strategy to staff, partners, patients and the local population. That builds the trust and engagement change needs; without it, buy-in is hard to win.',
    good:
      'A short section saying how staff, partners, patients and the public will hear about the strategy and take part in it. A plain statement elsewhere that names who will hear and how also counts: "we will share progress with all staff at a monthly meeting", "this strategy is published openly", "how you can take part".',
    before: '## How we will review this strategy\n\nThe board reviews it every April.',
    after:
      '## How we will review this strategy\n\nThe board reviews it every April.\n\n## How we will communicate and engage\n\n- Staff: a briefing in every team meeting in May, and a named digital champion on each ward.\n- Patients and the public: a summary on our website, tested with our patient panel.',
    fix: 'The quick fix inserts a "How we will communicate and engage" section after your review section, with prompts for staff, partners, patients and the public. Headings such as "Engagement", "Communications" or "Get involved" also count.',
  },
});
