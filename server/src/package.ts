// dist/strategy-lint.js, the npm package's main bundle: the command line and
// the language server share their analysis core, so it ships once. The
// package's bin/ scripts call these. The Word and PDF converter is the
// package's other bundle, dist/convert.js, loaded by cli/converted.ts only
// when a file needs converting.
export { main as cli } from './cli/main';
export { languageServer } from './lsp/main';

// The language server's analysis thread is started from this same file.
import { isAnalysisWorker, runAnalysisWorker } from './lsp/analysis-worker';
if (isAnalysisWorker()) runAnalysisWorker();
// And so is the command line's check thread (cli/check-thread.ts).
