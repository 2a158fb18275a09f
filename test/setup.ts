// Loaded before every test file (see .mocharc.json). Values that analyses share
// (memoised results, rules' options, chunk scans) are frozen for the whole test
// run, so a rule that changes one fails its own tests.
import { freezeSharedValues } from '../server/src/core/memo';

freezeSharedValues(true);
