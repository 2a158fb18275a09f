// The version of strategy-lint, the same for the npm package, the .vsix, the
// command line's --version and the server's serverInfo: the build
// (scripts/build.mjs) writes package.json's version in; only an unbundled
// run, such as a type check, sees the fallback.
declare const STRATEGY_LINT_VERSION: string | undefined;
export const VERSION: string = typeof STRATEGY_LINT_VERSION === 'string' ? STRATEGY_LINT_VERSION : '0.0.0-unbundled';
