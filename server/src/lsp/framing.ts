// A guard in front of the protocol reader on standard input. The reader from
// vscode-jsonrpc stops answering for good after one frame with a missing,
// negative or short Content-Length, and buffers whatever length a header
// claims. This passes on only well-formed frames: a bad header is skipped to
// the next "Content-Length:" header line (which cannot occur inside a JSON
// body, since JSON text never holds a raw line break in a string), and a frame
// larger than the limit is refused unread, with a log message in each case.
import { Transform, type TransformCallback } from 'node:stream';

/** Largest message taken: VS Code sends no file over 50 MB to extensions, and 5 MB is already far past a strategy. */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;
/** How far to look for the next header at a time, so that skipping junk costs time in proportion to it. */
const SCAN = 64 * 1024;
const HEADER = /Content-Length:([^\r\n]{0,64})\r\n/i;
const HEADER_LINES = /^(?:[A-Za-z][\w-]*:[^\r\n]*\r\n)*$/;

export class FrameGuard extends Transform {
  /** Where messages about skipped input go; set once the connection exists. */
  log: (message: string) => void = (m) => process.stderr.write(m + '\n');
  private parts: Buffer[] = [];
  private length = 0;
  /** The body length of the frame being read, or -1 while looking for a header. */
  private want = -1;
  /** Set after a problem is logged, until a good frame passes, so that one bad run of bytes is one message. */
  private quiet = false;

  constructor(private readonly maxBytes = MAX_FRAME_BYTES) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.parts.push(chunk);
    this.length += chunk.length;
    // Still short of a body's end: keep the pieces and join them once.
    if (this.want >= 0 && this.length < this.want) return done();
    this.pump();
    done();
  }

  private takeAll(): Buffer {
    const buf = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.length);
    this.parts = [];
    this.length = 0;
    return buf;
  }

  private keepRest(buf: Buffer): void {
    if (buf.length) {
      this.parts = [buf];
      this.length = buf.length;
    }
  }

  private problem(message: string): void {
    if (!this.quiet) this.log(`strategy-lint server: ${message}`);
    this.quiet = true;
  }

  private pump(): void {
    let buf = this.takeAll();
    for (;;) {
      if (this.want >= 0) {
        if (buf.length < this.want) break;
        this.push(`Content-Length: ${this.want}\r\n\r\n`, 'ascii');
        this.push(buf.subarray(0, this.want));
        buf = buf.subarray(this.want);
        this.want = -1;
        this.quiet = false;
        continue;
      }
      if (buf.length === 0) break;
      // A frame that starts where it should needs only its header read; junk is searched in larger steps.
      const atHeader = buf.length >= 15 && buf.toString('latin1', 0, 15).toLowerCase() === 'content-length:';
      const text = buf.toString('latin1', 0, Math.min(buf.length, atHeader ? 8192 : SCAN));
      const m = HEADER.exec(text);
      if (!m) {
        // Keep a tail that may be the start of a header still arriving.
        const drop = buf.length > SCAN ? SCAN - 96 : buf.length - Math.min(buf.length, 96);
        if (drop > 0) {
          if (text.slice(0, drop).trim()) this.problem(`skipped ${drop > 1 ? 'bytes' : 'a byte'} that were not part of a message (a header without a Content-Length?).`);
          buf = buf.subarray(drop);
          if (buf.length > 96) continue;
        }
        break;
      }
      if (m.index > 0) {
        const before = text.slice(0, m.index);
        if (!HEADER_LINES.test(before)) this.problem('skipped bytes that were not part of a message (a header without a Content-Length, or a body longer than its Content-Length said).');
        buf = buf.subarray(m.index);
        continue;
      }
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) {
        if (text.length >= 8192) {
          this.problem('a message header did not end within 8 KB; skipped to the next header.');
          buf = buf.subarray(m[0].length);
          continue;
        }
        break;
      }
      buf = buf.subarray(end + 4);
      const value = m[1].trim();
      if (!/^\d{1,16}$/.test(value)) {
        this.problem(`a message header gave Content-Length ${JSON.stringify(value.slice(0, 20))}, which is not a length; skipped to the next message.`);
        continue;
      }
      const n = Number(value);
      if (n > this.maxBytes) {
        this.log(`strategy-lint server: a message of ${n} bytes was refused unread: the most the server takes is ${this.maxBytes} bytes (${Math.round(this.maxBytes / 1048576)} MB). Skipping to the next message.`);
        this.quiet = true;
        continue;
      }
      this.want = n;
    }
    this.keepRest(buf);
  }
}
