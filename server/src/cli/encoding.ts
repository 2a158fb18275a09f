// Reading a Markdown file as text without losing anything, and writing fixed
// text back in the same encoding: UTF-8 with or without a byte order mark,
// UTF-16 with one (as Word's "Unicode text" saves), or, for bytes that are not
// valid UTF-8, Windows-1252 (the superset of Latin-1 that Windows and older
// editors save). Every byte has its own character in Windows-1252, so such a
// file comes back byte for byte. Bytes that are not valid in a UTF-16 file are
// never replaced on the way back: such a file is not fixable.
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'windows-1252';

export interface DecodedFile {
  text: string;
  encoding: Encoding;
  /** Why the file cannot be written back unchanged apart from the fixes, if it cannot. */
  unsafe?: string;
}

export function decode(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', 'utf16be');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8', 'utf8-bom');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function decodeWith(bytes: Uint8Array, label: string, encoding: Encoding): DecodedFile {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
    return { text, encoding, unsafe: `it is not valid ${label === 'utf-8' ? 'UTF-8' : label.toUpperCase()}, so writing it back would change bytes the fixes do not touch` };
  }
}

let cp1252: Map<number, number> | undefined;
/** Each character Windows-1252 can hold, with its byte. */
function cp1252Bytes(): Map<number, number> {
  if (!cp1252) {
    const chars = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    cp1252 = new Map([...chars].map((c, i) => [c.charCodeAt(0), i]));
  }
  return cp1252;
}

/** Thrown when the text holds a character the file's encoding cannot (a fix added it). */
export class UnencodableError extends Error {}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case 'windows-1252': {
      const map = cp1252Bytes();
      const out = Buffer.allocUnsafe(text.length);
      for (let i = 0; i < text.length; i++) {
        const b = map.get(text.charCodeAt(i));
        if (b === undefined) throw new UnencodableError(`the fixes would add ${JSON.stringify(text[i])}, which its encoding (Windows-1252) cannot hold`);
        out[i] = b;
      }
      return out;
    }
  }
}
