// Checks a .docx (a zip file) before mammoth opens it, so a damaged file or a
// zip bomb gets a clear error instead of exhausting memory. mammoth reads zips
// with JSZip, which trusts the sizes a zip declares and inflates a part whole;
// so every part mammoth may read is inflated here first with a hard cap on the
// output (zlib's maxOutputLength), which holds even when the declared sizes lie.
import { inflateRawSync } from 'node:zlib';
import { ConvertError } from './errors';

export interface ZipLimits {
  /** Most bytes all the parts mammoth reads may unpack to, added up. */
  maxUnpacked: number;
  /** Most entries the zip may hold. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUnpacked: 64 * 1024 * 1024, maxEntries: 5000 };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The zip's entries from its central directory; throws ConvertError when the zip is damaged or too big. */
export function checkZip(bytes: Buffer, what: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  const damaged = (why: string) => new ConvertError(`${what} is damaged (${why}); open it in Word and save it again`);
  const entries = readCentralDirectory(bytes, limits, damaged);
  let unpacked = 0;
  const tooBig = () =>
    new ConvertError(`${what} unpacks to more than ${Math.round(limits.maxUnpacked / 1024 / 1024)} MB of text and markup, more than any strategy needs; it may be a zip bomb, so it was not read`);
  // What the zip admits to first; then what it really holds, part by part.
  const declared = entries.filter((e) => /\.(xml|rels)$/i.test(e.name)).reduce((n, e) => n + e.uncompressedSize, 0);
  if (declared > limits.maxUnpacked) throw tooBig();
  for (const e of entries) {
    // Pictures and other media are never unpacked: images become their alt text.
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    if (e.localOffset + 30 > bytes.length || bytes.readUInt32LE(e.localOffset) !== LOCAL) throw damaged(`the entry for ${e.name} is missing`);
    const start = e.localOffset + 30 + bytes.readUInt16LE(e.localOffset + 26) + bytes.readUInt16LE(e.localOffset + 28);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw damaged(`${e.name} is cut short`);
    const budget = limits.maxUnpacked - unpacked;
    if (e.method === 0) {
      unpacked += e.compressedSize;
    } else if (e.method === 8) {
      let out: Buffer;
      try {
        out = inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, budget) + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooBig();
        throw damaged(`${e.name} cannot be unpacked`);
      }
      unpacked += out.length;
    } else {
      throw damaged(`${e.name} uses a compression method Word does not write`);
    }
    if (unpacked > limits.maxUnpacked) throw tooBig();
  }
  return entries.map((e) => e.name);
}

function readCentralDirectory(bytes: Buffer, limits: ZipLimits, damaged: (why: string) => Error): Entry[] {
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KB of comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('it is not a complete zip file');
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw damaged('it uses ZIP64, which no real .docx needs');
  if (count > limits.maxEntries) throw new ConvertError(`it holds ${count} parts, more than ${limits.maxEntries}; it is not an ordinary Word document, so it was not read`);
  if (offset + size > bytes.length) throw damaged('its table of contents is cut short');
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw damaged('its table of contents is broken');
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    entries.push({
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      uncompressedSize: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
