// Word and PDF documents the tests make themselves, each from a strategy
// written as blocks, so the test knows the Markdown it should convert back to.
// The PDF is laid out by hand, as a designer's board paper is: a contents
// page, two columns, a running header, page numbers, bold headings, bullets,
// and a long word hyphenated at the end of a line.
import { deflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
// pdfkit reads its font metrics from its own folder, so the tests load it unbundled.
import PDFDocument from 'pdfkit';

export type Spec =
  | { h: 1 | 2 | 3; text: string }
  | { p: string }
  | { bullets: string[] }
  | { numbers: string[] };

/** A strategy with something for most rules to find, and nothing from any real document. */
export const STRATEGY: Spec[] = [
  { h: 1, text: 'Digital strategy 2025 to 2028' },
  { p: 'This strategy sets out how the trust will use digital services to improve care for patients and make work easier for staff over the next three years. It was written with clinicians, patients and the digital team, and the board approved it in March.' },
  { h: 2, text: 'Where we are now' },
  { p: 'Today we run an electronic patient record in two of our three hospitals, and staff re-key about 40% of orders between systems. Our network was upgraded last year and now reaches every ward and clinic, including the community teams.' },
  { p: 'We will leverage synergies to deliver a world-class transformation that unlocks value across the organisation and its partners.' },
  { h: 2, text: 'Our priorities' },
  { p: 'Over the next three years we will do these things, in this order:' },
  { bullets: ['Replace the patient administration system by March 2027, so that no order is typed twice.', 'Give every nurse a handheld device on the ward by the end of 2026.', 'Move the community teams onto the same record by September 2027.'] },
  { h: 3, text: 'How we will measure progress' },
  { p: 'We will report to the board every quarter on the share of orders re-keyed, the time staff spend logging in and what patients tell us about waiting for results. The interoperability programme will publish its figures each month.' },
  { h: 2, text: 'What we will not do' },
  { numbers: ['We will not build our own patient app.', 'We will not buy systems that cannot share data with the record.'] },
  { h: 2, text: 'Governance' },
  { p: 'The chief executive owns this strategy, and the board will review it every year in April. The digital committee will check the plan at each of its meetings and report what has slipped.' },
];

/** The Markdown the strategy is written as, and should convert back to. */
export function toMarkdown(spec: Spec[]): string {
  return (
    spec
      .map((b) => {
        if ('h' in b) return `${'#'.repeat(b.h)} ${b.text}`;
        if ('p' in b) return b.p;
        if ('bullets' in b) return b.bullets.map((t) => `- ${t}`).join('\n');
        return b.numbers.map((t, i) => `${i + 1}. ${t}`).join('\n');
      })
      .join('\n\n') + '\n'
  );
}

// A 1x1 transparent PNG, for an image with alt text.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export interface DocxExtras {
  /** Add a footnote, a comment and a picture (with alt text) to the first paragraph. */
  extras?: boolean;
  /** Add a table after the priorities. */
  table?: { header: string[]; rows: string[][] };
}

export async function makeDocx(spec: Spec[], opts: DocxExtras = {}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let firstParagraph = true;
  for (const b of spec) {
    if ('h' in b) children.push(new Paragraph({ text: b.text, heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][b.h - 1] }));
    else if ('p' in b) {
      if (opts.extras && firstParagraph) {
        children.push(
          new Paragraph({
            children: [new CommentRangeStart(0), new TextRun(b.p), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }), new FootnoteReferenceRun(1)],
          }),
        );
        children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 }, altText: { name: 'chart', title: 'chart', description: 'A chart of orders re-keyed by month' } })] }));
      } else children.push(new Paragraph({ text: b.p }));
      firstParagraph = false;
    } else if ('bullets' in b) {
      for (const t of b.bullets) children.push(new Paragraph({ text: t, bullet: { level: 0 } }));
      if (opts.table) {
        const row = (cells: string[], header = false) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })), tableHeader: header });
        children.push(new Table({ rows: [row(opts.table.header, true), ...opts.table.rows.map((r) => row(r))] }));
      }
    } else for (const t of b.numbers) children.push(new Paragraph({ text: t, numbering: { reference: 'numbers', level: 0 } }));
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    ...(opts.extras
      ? {
          footnotes: { 1: { children: [new Paragraph('A footnote that should not reach the Markdown.')] } },
          comments: { children: [{ id: 0, author: 'Reviewer', date: new Date(0), children: [new Paragraph('A comment that should not reach the Markdown.')] }] },
        }
      : {}),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export interface PdfOptions {
  userPassword?: string;
  /** Draw only shapes, no text: what a scanned page looks like to a text reader. */
  noText?: boolean;
  /** Repeat the body until the document has this many pages (for the benchmark). */
  pages?: number;
  /** Columns of body text (default 2). */
  columns?: 1 | 2;
  /** Page size (default A5, so that the strategy runs over pages and columns). */
  size?: 'A4' | 'A5';
}

const HEADER = 'Example Trust · Digital strategy 2025 to 2028';
const BODY = 10;
const LEADING = 13;

export function makePdf(spec: Spec[], opts: PdfOptions = {}): Promise<Buffer> {
  const size = opts.size ?? 'A5';
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, ...(opts.userPassword ? { userPassword: opts.userPassword, ownerPassword: 'owner' } : {}), info: { Title: 'Test strategy' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const [W, H] = size === 'A4' ? [595.28, 841.89] : [419.53, 595.28];
  const margin = 40;
  const gap = 18;
  const cols = opts.columns ?? 2;
  const colWidth = (W - 2 * margin - (cols - 1) * gap) / cols;
  const top = 80;
  const bottom = H - 70;
  let page = 0;
  const newPage = () => {
    doc.addPage();
    page++;
    if (opts.noText) return;
    doc.font('Helvetica').fontSize(8).text(HEADER, margin, 40, { lineBreak: false });
    doc.font('Helvetica').fontSize(8).text(`Page ${page}`, W / 2 - 12, H - 40, { lineBreak: false });
  };
  if (opts.noText) {
    for (let i = 0; i < 3; i++) {
      newPage();
      doc.rect(60, 60, 400, 600).fill('#999');
    }
    doc.end();
    return done;
  }
  // The contents page: a title and entries with page numbers.
  newPage();
  doc.font('Helvetica-Bold').fontSize(20).text('Contents', margin, top, { lineBreak: false });
  let y = top + 40;
  for (const b of spec) {
    if (!('h' in b) || b.h !== 2) continue;
    doc.font('Helvetica').fontSize(12).text(b.text, margin, y, { lineBreak: false });
    doc.text(String(2 + Math.floor((y - top) / 100)), W - margin - 20, y, { lineBreak: false });
    y += 20;
  }
  newPage();
  let col = 0;
  y = top;
  const x = () => margin + col * (colWidth + gap);
  let full = false;
  const advance = (h: number) => {
    if (y + h > bottom) {
      col++;
      if (col >= cols) {
        if (opts.pages && page >= opts.pages) full = true;
        else newPage();
        col = 0;
      }
      y = top;
    }
  };
  const write = (text: string, font: string, size: number, leading: number, indent = 0, bullet?: string) => {
    if (full) return;
    doc.font(font).fontSize(size);
    const width = colWidth - indent;
    const words = text.split(' ');
    let line = '';
    let first = true;
    const flush = (s: string) => {
      advance(leading);
      if (full) return;
      if (bullet && first) doc.text(bullet, x(), y, { lineBreak: false });
      doc.text(s, x() + indent, y, { lineBreak: false });
      y += leading;
      first = false;
    };
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const tryLine = line ? `${line} ${w}` : w;
      if (doc.widthOfString(tryLine) <= width) {
        line = tryLine;
        continue;
      }
      // Hyphenate a long word across the line end, as typesetters do.
      if (w.length >= 12 && /^[a-z]+$/.test(w)) {
        const cut = Math.floor(w.length / 2);
        const head = `${line ? `${line} ` : ''}${w.slice(0, cut)}-`;
        if (doc.widthOfString(head) <= width) {
          flush(head);
          line = w.slice(cut);
          continue;
        }
      }
      flush(line);
      line = w;
    }
    if (line) flush(line);
  };
  for (let r = 0; r === 0 || (opts.pages && !full); r++) {
    for (const b of spec) {
      if ('h' in b) {
        const size = b.h === 1 ? 20 : b.h === 2 ? 14 : BODY;
        advance(size * 3);
        y += b.h === 1 ? 0 : 8;
        write(b.text, 'Helvetica-Bold', size, size * 1.3);
        y += 4;
      } else if ('p' in b) {
        write(b.p, 'Helvetica', BODY, LEADING);
        y += 9;
      } else {
        const items = 'bullets' in b ? b.bullets : b.numbers;
        items.forEach((t, i) => {
          write(t, 'Helvetica', BODY, LEADING, 12, 'bullets' in b ? '•' : `${i + 1}.`);
          y += 3;
        });
        y += 6;
      }
    }
  }
  doc.end();
  return done;
}

/** A .docx-shaped zip whose document.xml says it is small but unpacks to `bytes` bytes. */
export function zipBomb(bytes: number): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(Buffer.alloc(bytes, 0x20), { level: 9 });
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1000, 22); // the lie
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = 30 + name.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + name.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, eocd]);
}
