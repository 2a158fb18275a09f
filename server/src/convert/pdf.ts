// PDF to Markdown through PDF.js (the legacy build, which runs on Node 20):
// PDF.js gives each page's text runs with position, size and font; layout.ts
// recovers the structure. PDF.js's worker runs in this thread (it is bundled,
// and found through globalThis.pdfjsWorker), so nothing is fetched or spawned.
// The font's name (for bold) comes from a two-line patch to the worker that
// scripts/build.mjs applies: PDF.js's text styles otherwise name only a family.
import type { Heading, List, Paragraph } from 'mdast';
import { ConvertError } from './errors';
import { layout, type PageText, type Run } from './layout';
import { render, type Block, type Converted } from './markdown';

export interface PdfLimits {
  /** Most pages to read. */
  maxPages: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 2000 };

const BOLD = /bold|black|heavy|semibold|demi|extrabold|ultrabold/i;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;

/**
 * Loads PDF.js once, quietly. On load it makes one DOMMatrix (for rendering,
 * which this never does) and warns on the console that it cannot render; give
 * it a stand-in for the moment and keep the console quiet while it loads.
 */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    const saved = { log: console.log, warn: console.warn };
    const stub = g.DOMMatrix === undefined;
    if (stub) g.DOMMatrix = class DOMMatrixStandIn {};
    console.log = console.warn = () => {};
    const builtins = snapshotBuiltins();
    try {
      g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      restoreBuiltins(builtins);
      console.log = saved.log;
      console.warn = saved.warn;
      if (stub) delete g.DOMMatrix;
    }
  })();
  return loaded;
}

// The legacy build carries core-js polyfills, which on Node 20 replace some built-ins
// that exist (Array.prototype.push among them) with slower JavaScript versions for
// the whole process: in the editor, for every extension. Put back every built-in
// that was there before; what PDF.js adds (features Node 20 lacks) stays.
const BUILTIN_HOLDERS: object[] = [
  Object, Object.prototype, Array, Array.prototype, Function.prototype, String, String.prototype, Number, Number.prototype, Math, JSON, Promise, Promise.prototype,
  Map, Map.prototype, Set, Set.prototype, WeakMap.prototype, WeakSet.prototype, ArrayBuffer, ArrayBuffer.prototype, Uint8Array, Uint8Array.prototype,
  Object.getPrototypeOf(Uint8Array), Object.getPrototypeOf(Uint8Array.prototype), RegExp.prototype, Symbol, Error, Reflect, globalThis,
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
];

function snapshotBuiltins(): Map<object, Map<PropertyKey, PropertyDescriptor>> {
  const snap = new Map<object, Map<PropertyKey, PropertyDescriptor>>();
  for (const holder of BUILTIN_HOLDERS) {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(holder)) props.set(key, Object.getOwnPropertyDescriptor(holder, key)!);
    snap.set(holder, props);
  }
  return snap;
}

function restoreBuiltins(snap: Map<object, Map<PropertyKey, PropertyDescriptor>>): void {
  for (const [holder, props] of snap) {
    for (const [key, before] of props) {
      const now = Object.getOwnPropertyDescriptor(holder, key);
      if (now && now.value === before.value && now.get === before.get && now.set === before.set) continue;
      if (holder === globalThis && (key === 'pdfjsWorker' || key === 'DOMMatrix')) continue;
      try {
        Object.defineProperty(holder, key, before);
      } catch {
        // a property made non-configurable cannot be put back; leave it
      }
    }
  }
}

export async function readPdfPages(bytes: Uint8Array, what: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PageText[]> {
  const lib = await pdfjs();
  // PDF.js takes the buffer over, so give it a copy.
  const task = lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ConvertError(`${what} is protected by a password, so its text cannot be read; save a copy without the password and check that`);
    if (name === 'InvalidPDFException') throw new ConvertError(`${what} is not a readable PDF (it may be damaged or cut short)`);
    throw new ConvertError(`${what} cannot be read as a PDF: ${(e as Error).message}`);
  }
  try {
    if (doc.numPages > limits.maxPages) throw new ConvertError(`${what} has ${doc.numPages} pages, more than the ${limits.maxPages} this reads`);
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const styles = content.styles as Record<string, { fontName?: string; fontFamily?: string }>;
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const t = item.transform as number[];
        const style = styles[item.fontName] ?? {};
        runs.push({ str: item.str, x: t[4], y: t[5], width: item.width, size: Math.hypot(t[2], t[3]) || item.height, bold: BOLD.test(style.fontName ?? '') });
      }
      pages.push({ number: n, width: view.width, height: view.height, runs });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    if (e instanceof ConvertError) throw e;
    throw new ConvertError(`${what} is damaged: ${(e as Error).message}`);
  } finally {
    await doc.destroy();
  }
}

export async function convertPdf(bytes: Uint8Array, what: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<Converted> {
  const pages = await readPdfPages(bytes, what, limits);
  const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.str.trim().length, 0), 0);
  if (chars < 20 * Math.max(1, Math.min(pages.length, 3))) throw new ConvertError(`${what}: this looks like a scanned document; it has no text to check (run it through text recognition first)`);
  const { blocks, contentsPages, emptyPages } = layout(pages);
  const out: Block[] = blocks.map((b) => {
    const place = { page: b.page };
    if (b.kind === 'heading') return { node: { type: 'heading', depth: b.level as Heading['depth'], children: [{ type: 'text', value: b.text }] }, places: [place] };
    if (b.kind === 'paragraph') return { node: { type: 'paragraph', children: [{ type: 'text', value: b.text }] } as Paragraph, places: [place] };
    const list: List = {
      type: 'list',
      ordered: b.ordered,
      ...(b.ordered && b.start !== undefined ? { start: b.start } : {}),
      spread: false,
      children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: b.text }] }] }],
    };
    return { node: list, places: [place] };
  });
  const notes: string[] = [];
  if (contentsPages.length) notes.push(`left out the contents (page ${contentsPages.join(', ')})`);
  if (emptyPages.length) notes.push(`page ${emptyPages.join(', ')} ${emptyPages.length === 1 ? 'has' : 'have'} no text (perhaps only pictures)`);
  const { markdown, map } = render(out);
  return { kind: 'pdf', markdown, map, pages: pages.length, notes };
}
