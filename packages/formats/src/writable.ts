/**
 * Where the streaming writers write: any object with a Node.js `Writable`'s `write`, `once`, `on`
 * and `off`, such as `fs.createWriteStream(path)` or `process.stdout`. Text is written as strings;
 * the writers wait for `drain` whenever `write` returns `false`, and stop with the stream's error
 * if it fails while they write. They never call `end`: the stream stays the caller's.
 */
export interface TextWritable {
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  off(event: "error", listener: (error: Error) => void): unknown;
}
