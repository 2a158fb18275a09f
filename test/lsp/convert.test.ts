// Offsets become positions (and back) exactly as the LSP library's TextDocument
// would map them, for any mix of line endings.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionedText } from '../../server/src/lsp/convert';

describe('offsets and positions', () => {
  it('map the same as TextDocument for LF, CRLF, lone CR and astral characters', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '😀', '\n', '\r\n', '\r', ' ', '#'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -3, max: 130 }), { maxLength: 20 }), fc.array(fc.tuple(fc.integer({ min: -2, max: 30 }), fc.integer({ min: -2, max: 12 })), { maxLength: 20 }), (t, offsets, positions) => {
        const ours = positionedText('file:///a.md', t);
        const theirs = TextDocument.create('file:///a.md', 'markdown', 1, t);
        for (const o of offsets) assert.deepEqual(ours.positionAt(o), theirs.positionAt(o), `positionAt(${o}) in ${JSON.stringify(t)}`);
        for (const [line, character] of positions) {
          assert.equal(ours.offsetAt({ line, character }), theirs.offsetAt({ line, character }), `offsetAt(${line}:${character}) in ${JSON.stringify(t)}`);
        }
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
