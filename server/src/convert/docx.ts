// Word (.docx) to Markdown through mammoth: mammoth maps Word's heading styles,
// lists and tables to HTML, and hast-util-to-mdast turns that into Markdown.
// Footnotes, endnotes and comments are dropped; an image becomes its alt text.
// Each block remembers which paragraph of the document it came from (counting
// paragraphs with text, headings, list items and table cells alike).
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { ConvertError } from './errors';
import { render, type Block, type Converted, type Place } from './markdown';
import { checkZip, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip';

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function convertDocx(bytes: Buffer, what: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<Converted> {
  const names = checkZip(bytes, what, limits);
  if (!names.includes('word/document.xml')) throw new ConvertError(`${what} is a zip file but not a Word document (it has no word/document.xml)`);
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        // Never read the picture itself: only its alt text is kept.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (e) {
    throw new ConvertError(`${what} is damaged or not a Word document (${(e as Error).message.split('\n')[0]}); open it in Word and save it again`);
  }
  const tree = fromHtml(html, { fragment: true });
  dropNotes(tree);
  const blocks: Block[] = [];
  let paragraph = 0;
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const places: Place[] = [];
    const first = paragraph + 1;
    paragraph = countParagraphs(child, paragraph, places);
    if (places.length === 0) places.push({ paragraph: first });
    const md = toMdast({ type: 'root', children: [imagesToAlt(child)] } as HastRoot);
    const nodes = md.type === 'root' ? md.children : [];
    for (const node of nodes) blocks.push({ node: node as Block['node'], places: node.type === 'list' ? places : [places[0]] });
  }
  const { markdown, map } = render(blocks);
  return { kind: 'docx', markdown, map, notes: [] };
}

/** Counts Word paragraphs in document order; for each list item, records where it is. */
function countParagraphs(el: Element, n: number, items: Place[]): number {
  if (el.tagName === 'li') {
    const own = el.children.some((c) => c.type === 'text' || (c.type === 'element' && !['ul', 'ol'].includes(c.tagName)));
    if (own) items.push({ paragraph: ++n });
    for (const c of el.children) if (c.type === 'element' && ['ul', 'ol'].includes(c.tagName)) n = countParagraphs(c, n, items);
    return n;
  }
  if (/^(p|h[1-6])$/.test(el.tagName)) return n + 1;
  for (const c of el.children) if (c.type === 'element') n = countParagraphs(c, n, items);
  return n;
}

/** Removes footnote and endnote references and the notes themselves (mammoth puts them at the end). */
function dropNotes(tree: HastRoot): void {
  const isNote = (c: HastContent | ElementContent) =>
    c.type === 'element' &&
    ((c.tagName === 'li' && /^(footnote|endnote)-/.test(String(c.properties.id ?? ''))) ||
      (c.tagName === 'a' && /^#(footnote|endnote)-/.test(String(c.properties.href ?? ''))) ||
      (c.tagName === 'sup' && c.children.length > 0 && c.children.every((k) => k.type === 'element' && k.tagName === 'a' && /^#(footnote|endnote)-/.test(String(k.properties.href ?? '')))));
  const walk = (node: HastRoot | Element) => {
    node.children = (node.children as ElementContent[]).filter((c) => !isNote(c));
    for (const c of node.children) if (c.type === 'element') walk(c);
  };
  walk(tree);
  tree.children = tree.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ol' || c.tagName === 'ul') && c.children.every((k) => k.type !== 'element')));
}

/** An image becomes the text of its alt attribute (or nothing when it has none). */
function imagesToAlt(el: Element): Element {
  const walk = (node: Element): Element => ({
    ...node,
    children: node.children.flatMap((c): ElementContent[] => {
      if (c.type !== 'element') return [c];
      if (c.tagName === 'img') {
        const alt = String(c.properties.alt ?? '').trim();
        return alt ? [{ type: 'text', value: alt }] : [];
      }
      return [walk(c)];
    }),
  });
  return walk(el);
}
