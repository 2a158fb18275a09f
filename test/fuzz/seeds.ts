// Seed documents for the fuzzer's mutations: short strategies written for the
// tests (never corpus text), each exercising a different mix of structure.
export const SEEDS: readonly string[] = [
  `---
title: Digital strategy
date: 2025-04-01
strategy-lint:
  profile: nhs
---

# Digital strategy 2025 to 2028

## Summary

By March 2027 we will cut outpatient letters sent by post by 40%.

## Where we are now

| Service | Users | Availability |
| --- | --- | --- |
| EPR | 6,000 staff | 99.1% in 2024/25 |

## Our priorities

1. Replace the PAS
   - migrate data
   - train staff
2. Roll out e-prescribing

## What we will not do

- We will not build our own patient app, because the NHS App does the job.

<!-- strategy-lint-disable-next-line time-horizon -->
By 2040 the hospital will be paperless.
`,
  `Digital plan
============

We will leverage AI to transform care and drive innovation across the system.
Our vision is to be world-class. TBC.

Priorities
----------

* Cloud first
* Blockchain for records
* Everything else

    indented code block
    still code

\`\`\`mermaid
graph TD; A-->B
\`\`\`

[guidance]: https://example.org/guidance "Digital Boards"

See the [guidance][guidance] and <div>raw *html*</div>.
`,
  `# Strategy\r\n\r\n## Outcomes\r\n\r\nWe will improve things.\r\nWe will make care better over the next ten years.\r\n\r\n## Governance\r\n\r\nThe board owns this strategy and reviews it every quarter.\r\n`,
  `<!-- strategy-lint-disable -->
# A strategy with a disabled region
<!-- strategy-lint-enable measurable-outcome -->

> We will reduce waiting times.
> By 2026, 95% of referrals will be electronic.

- [ ] a task list item
- [x] a done item

Term
: not a definition list in GFM

\`unclosed code span and a footnote[^1]

[^1]: The footnote text.
`,
];
