// Limits checked before any YAML (a config file or a document's front matter)
// reaches the yaml package, which can slow down steeply or exhaust memory (a
// fatal error, not an exception) on hostile input. Pure and linear.
/** Deeper than any real config; deep enough nesting makes the YAML parser run out of memory. */
const MAX_YAML_NESTING = 64;

/**
 * A cheap over-estimate of a YAML text's nesting: block indicators and
 * indentation at the start of a line, and open flow brackets. The yaml
 * package can exhaust memory (a fatal error, not an exception) on a line of
 * thousands of `- `, so such text never reaches it.
 */
function yamlNesting(text: string): number {
  let max = 0;
  let flow = 0;
  let quote = '';
  let lineStart = true;
  let prefix = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      prefix = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '\t' || c === '-' || c === '?' || c === ':') {
        prefix++;
        // Two columns of indentation or indicator per level, roughly.
        max = Math.max(max, Math.ceil(prefix / 2));
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
    } else if (c === '[' || c === '{') max = Math.max(max, ++flow);
    else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return max;
}

/**
 * Why a YAML text is refused before parsing, if it is. The yaml package slows
 * down steeply with thousands of keys or anchors and on very large texts, so
 * a YAML config is held to limits far beyond any real one (long word lists fit
 * better in JSON, which has no such limits below the file size cap).
 */
export function yamlRefusal(text: string): string | undefined {
  if (text.length > MAX_YAML_CHARS) return `YAML here may be at most ${MAX_YAML_CHARS} characters, and this one is ${text.length} (JSON allows more)`;
  if (yamlNesting(text) > MAX_YAML_NESTING) return `it is nested too deeply to read (more than ${MAX_YAML_NESTING} levels)`;
  // Counts over-estimate (a colon or & inside quotes counts too), which only matters far past real use.
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const keys = count(/:(?=\s|$)/gm);
  if (keys > MAX_YAML_KEYS) return `it has ${keys} keys, more than the ${MAX_YAML_KEYS} allowed`;
  const marks = count(/(?:^|[\s[{,])[&*!][^\s\]},]/gm);
  if (marks > MAX_YAML_ANCHORS) return `it has ${marks} anchors, aliases or tags (&name, *name, !tag), more than the ${MAX_YAML_ANCHORS} allowed`;
  return undefined;
}
const MAX_YAML_CHARS = 256 * 1024;
const MAX_YAML_KEYS = 2000;
const MAX_YAML_ANCHORS = 200;
