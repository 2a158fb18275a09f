// Reading Word (.docx) and PDF strategies as Markdown. This sits outside the
// pure core because it reads bytes; the core sees only the Markdown it makes.
// Every failure the person can act on is a ConvertError with a plain message.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { convertDocx } from './docx';
import { ConvertError } from './errors';
import { convertPdf } from './pdf';
import type { Converted } from './markdown';

export { ConvertError } from './errors';
export { describePlace, placeAt, type Converted, type Place } from './markdown';

import { DEFAULT_MAX_FILE_MB, type ConvertOptions } from './names';
export { CONVERTIBLE, DEFAULT_MAX_FILE_MB, isConvertible, type ConvertOptions } from './names';

export async function convertFile(path: string, options: ConvertOptions = {}): Promise<Converted> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_MB * 1024 * 1024;
  const what = options.name ?? path;
  const size = statSync(path).size;
  if (size > maxBytes) throw new ConvertError(`${what} is ${sizeText(size)}, over the limit of ${sizeText(maxBytes)} (set --max-file-size to read larger files)`);
  return convertBytes(readFileSync(path), what, extname(path).toLowerCase());
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Converts a file's bytes; `ext` (".docx", ".pdf" or ".doc") says what the file claims to be, the bytes decide. */
export async function convertBytes(bytes: Buffer, what: string, ext: string): Promise<Converted> {
  const head = bytes.subarray(0, 1024);
  if (head.subarray(0, 8).equals(OLE2)) {
    if (ext === '.docx') throw new ConvertError(`${what} is password-protected or is an old Word 97-2003 file renamed; remove the password, or open it in Word and save it as a Word Document (.docx)`);
    throw new ConvertError(`${what} is an old Word 97-2003 document (.doc), which strategy-lint cannot read; open it in Word (or LibreOffice) and save it as a Word Document (.docx)`);
  }
  if (head.includes('%PDF-')) return convertPdf(bytes, what);
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) || head.subarray(0, 4).equals(Buffer.from('PK\x05\x06', 'latin1'))) return convertDocx(bytes, what);
  if (ext === '.pdf') throw new ConvertError(`${what} is not a readable PDF (it does not start as a PDF does; it may be damaged or another kind of file)`);
  if (ext === '.doc') throw new ConvertError(`${what} is not a Word 97-2003 document; if it is a Word file, open it in Word and save it as a Word Document (.docx)`);
  throw new ConvertError(`${what} is not a Word document (.docx files are zip files, and this is not one; it may be damaged)`);
}

const sizeText = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`);
