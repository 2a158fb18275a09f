// Which files the Word and PDF converter reads, and its size limit: what the command line needs
// to know before it loads the converter itself (dist/convert.js, most of the code: PDF.js and
// mammoth), which it does only when a file needs converting.

/** The file names the converter reads (as well as .doc, only to say what to do with it). */
export const CONVERTIBLE = /\.(docx|pdf|doc)$/i;

export const DEFAULT_MAX_FILE_MB = 50;

export interface ConvertOptions {
  /** Largest file to read, in bytes. */
  maxBytes?: number;
  /** The name to give the file in messages (default: the path as given). */
  name?: string;
}

/** Whether a path names a Word or PDF file, by its extension. */
export function isConvertible(path: string): boolean {
  return CONVERTIBLE.test(path);
}
