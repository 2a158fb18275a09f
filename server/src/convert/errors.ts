// The one error a converter throws for input it cannot read: its message is
// for the person who gave the file, and the command line exits 2 with it.
export class ConvertError extends Error {
  override name = 'ConvertError';
}
