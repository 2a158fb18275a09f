// document-too-large: a document past the maxDocumentSize setting is not
// analysed (parsing it could freeze the editor); the engine reports this one
// finding instead. A check stopped at its time or memory limit (the command
// line's check thread, the server's analysis thread) is reported under this
// rule too. The rule holds the metadata; analyze.ts, cli/main.ts and
// lsp/server.ts do the reporting.
import { defineRule } from '../rule';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'document-too-large',
    description: 'The document is larger than the maxDocumentSize setting, or too complex to check in the time and memory allowed, so strategy-lint skipped every other check.',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'mainstream',
    options: {},
    docs: {
      why: 'A strategy that runs to hundreds of thousands of characters is far past what a board can digest (the Digital Boards guidance asks for a strategy that is easy to take in), and checking it in full on every keystroke would freeze the editor. A shorter document can still be too complex to check: markup repeated thousands of times, such as a pasted export, costs the parser far more than prose. Such a check is stopped after 1.5 s on the command line (5 s in the editor), or when it needs more than 320 MB of memory.',
      good: 'A strategy short enough to read in one sitting, with detail in separate linked documents. Each file is checked on its own.',
      before: 'A 5 MB Markdown file holding the strategy and every appendix.',
      after: 'The strategy in one file, each appendix in its own file.',
      fix: 'Split the document into smaller files, or raise `maxDocumentSize` in .strategy-lint.json (or the `strategyLint.maxDocumentSize` setting) if the size is intended. For a document too complex to check, simplify the repeated part, or give the command line more time with `--time-limit`.',
    },
  },
  check() {
    // Reported by analyze(), which skips the document model for an oversized document.
  },
});
