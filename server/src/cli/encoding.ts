// Reading a Markdown file as text without losing anything, and writing fixed
// text back in the same encoding: UTF-8 with or without a byte order mark, or
// UTF-16 with one (as Word's "Unicode text" saves). Bytes that are not valid in
// the encoding are never replaced on the way back: such a file is not fixable.
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export interface DecodedFile {
  text: string;
  encoding: Encoding;
  /** Why the file cannot be written back unchanged apart from the fixes, if it cannot. */
  unsafe?: string;
}

export function decode(bytes: Buffer): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', 'utf16be');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8', 'utf8-bom');
  return decodeWith(bytes, 'utf-8', 'utf8');
}

function decodeWith(bytes: Uint8Array, label: string, encoding: Encoding): DecodedFile {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
    return { text, encoding, unsafe: `it is not valid ${label === 'utf-8' ? 'UTF-8' : label.toUpperCase()} (perhaps Windows-1252 or Latin-1), so writing it back would change bytes the fixes do not touch` };
  }
}

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
  }
}
