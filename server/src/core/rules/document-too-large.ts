// document-too-large: a document past the maxDocumentSize setting is not
// analysed (parsing it could freeze the editor); the engine reports this one
// finding instead. The rule holds the metadata; analyze.ts does the reporting.
import { defineRule } from '../rule';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'document-too-large',
    description: 'The document is larger than the maxDocumentSize setting, so strategy-lint skipped every other check.',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'mainstream',
    options: {},
    docs: {
      why: 'A strategy that runs to millions of characters is far past what a board can digest (the Digital Boards guidance asks for a strategy that is easy to take in), and checking it in full on every keystroke would freeze the editor.',
      good: 'A strategy short enough to read in one sitting, with detail in separate linked documents. Each file is checked on its own.',
      before: 'A 5 MB Markdown file holding the strategy and every appendix.',
      after: 'The strategy in one file, each appendix in its own file.',
      fix: 'Split the document into smaller files, or raise `maxDocumentSize` in .strategy-lint.json (or the `strategyLint.maxDocumentSize` setting) if the size is intended.',
    },
  },
  check() {
    // Reported by analyze(), which skips the document model for an oversized document.
  },
});
