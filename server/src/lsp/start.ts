// dist/server.js: the language server the VS Code extension starts (over
// Node IPC) and the protocol tests speak to.
// The same file is the analysis thread the server starts (analysis-worker.ts).
import { isAnalysisWorker, runAnalysisWorker } from './analysis-worker';
import { languageServer } from './main';

if (isAnalysisWorker()) runAnalysisWorker();
else languageServer();
