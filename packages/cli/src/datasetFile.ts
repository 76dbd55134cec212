import { open } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { CliError } from "./cliError";
import type { Progress } from "./progress";

// Reading a dataset file. Most files are parsed whole with JSON.parse. A file of a million
// commitments is about a gigabyte, longer than the longest string V8 can make (2^29 - 24 UTF-16
// code units), so it cannot be read as one string: above WHOLE_PARSE_LIMIT bytes the file's top
// level is walked in its bytes to find each record, and each record is parsed on its own with
// JSON.parse. The same walk counts the records before anything is parsed, so that a dataset too
// large for the heap is refused before the heap fills (see heap.ts). Streaming JSON parsers
// (stream-json, @streamparser/json) were measured at 12 and 19 MB/s on a generated 9.4 MB dataset,
// where JSON.parse reads 90 MB/s and the walk 220 MB/s: minutes at a million commitments.

/** Files up to this many bytes are parsed whole (and so report JSON errors with their position). */
export const WHOLE_PARSE_LIMIT = 64 * 1024 * 1024;

/** One top-level member of the file's object: a value, or an array whose elements are records. */
interface Member {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** For an array: each element's `[start, end)` in bytes, two numbers per element. */
  readonly elements?: readonly number[];
}

/** The top level of a JSON object, found without parsing it; `error` if it is not one. */
export interface Layout {
  readonly members: readonly Member[];
  readonly error?: { readonly message: string; readonly offset: number };
}

/** A dataset file read into memory, with its records counted but not yet parsed. */
export interface DatasetFile {
  /** The path as given. */
  readonly path: string;
  /** The file's name, as reports show it. */
  readonly name: string;
  readonly bytes: Buffer;
  /** How many records each top-level array holds (0 for a file whose top level is not readable). */
  readonly counts: ReadonlyMap<string, number>;
  /** Every record the file holds, all collections together. */
  readonly records: number;
  readonly layout: Layout;
}

/** A dataset file's JSON: its value, or what makes it not JSON (the `invalid_json` issue). */
export type ParsedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly path: readonly (string | number)[] };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

class LayoutError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function skipSpace(bytes: Buffer, at: number): number {
  let i = at;
  while (isSpace(bytes[i])) i++;
  return i;
}

/** The end (exclusive) of the string whose opening quote is at `at`. */
function stringEnd(bytes: Buffer, at: number): number {
  for (let i = at + 1, n = bytes.length; i < n; i++) {
    const byte = bytes[i];
    if (byte === BACKSLASH) i++;
    else if (byte === QUOTE) return i + 1;
  }
  throw new LayoutError("a string is not closed", at);
}

/**
 * The end (exclusive) of the JSON value starting at `at`, found by matching brackets outside
 * strings. What is inside is not checked here: JSON.parse checks each value it is given.
 */
function valueEnd(bytes: Buffer, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = at;
    for (let byte = bytes[i]; i < bytes.length; byte = bytes[++i]) {
      if (isSpace(byte) || byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET) break;
    }
    if (i === at) throw new LayoutError("a value is missing", at);
    return i;
  }
  let depth = 0;
  for (let i = at, n = bytes.length; i < n; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) i = stringEnd(bytes, i) - 1;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  throw new LayoutError("the file ends inside a value", at);
}

function expect(bytes: Buffer, at: number, byte: number, what: string): void {
  if (bytes[at] !== byte)
    throw new LayoutError(
      at >= bytes.length ? `the file ends where ${what} is expected` : `${what} is expected`,
      at,
    );
}

/**
 * The top level of the JSON object in `bytes`: each member's key and byte range, and for an array
 * the range of each element. Strings are skipped by their quotes and escapes; brackets are matched,
 * not checked (JSON.parse checks each piece).
 */
export function layoutOf(bytes: Buffer): Layout {
  const members: Member[] = [];
  try {
    let i = skipSpace(bytes, 0);
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf)
      throw new LayoutError(
        "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one",
        i,
      );
    expect(bytes, i, OPEN_BRACE, "an object ({)");
    i = skipSpace(bytes, i + 1);
    if (bytes[i] === CLOSE_BRACE) i = skipSpace(bytes, i + 1);
    else
      for (;;) {
        expect(bytes, i, QUOTE, "a key in quotes");
        const keyEnd = stringEnd(bytes, i);
        const key = JSON.parse(bytes.toString("utf8", i, keyEnd)) as string;
        i = skipSpace(bytes, keyEnd);
        expect(bytes, i, COLON, `":" after "${key}"`);
        const start = skipSpace(bytes, i + 1);
        let end: number;
        if (bytes[start] === OPEN_BRACKET) {
          const elements: number[] = [];
          let j = skipSpace(bytes, start + 1);
          if (bytes[j] !== CLOSE_BRACKET)
            for (;;) {
              const elementEnd = valueEnd(bytes, j);
              elements.push(j, elementEnd);
              j = skipSpace(bytes, elementEnd);
              if (bytes[j] === CLOSE_BRACKET) break;
              expect(bytes, j, COMMA, `"," or "]" in "${key}"`);
              j = skipSpace(bytes, j + 1);
            }
          end = j + 1;
          members.push({ key, start, end, elements });
        } else {
          end = valueEnd(bytes, start);
          members.push({ key, start, end });
        }
        i = skipSpace(bytes, end);
        if (bytes[i] === CLOSE_BRACE) {
          i = skipSpace(bytes, i + 1);
          break;
        }
        expect(bytes, i, COMMA, `"," or "}" after the value of "${key}"`);
        i = skipSpace(bytes, i + 1);
      }
    if (i < bytes.length) throw new LayoutError("there is more after the closing }", i);
    return { members };
  } catch (error) {
    if (!(error instanceof LayoutError)) throw error;
    return { members, error: { message: error.message, offset: error.offset } };
  }
}

/** Reads a file into memory in 8 MB pieces, showing progress; a file it cannot read is exit 2. */
async function readBytes(path: string, cwd: string, progress: Progress): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(resolve(cwd, path), "r");
    const { size } = await handle.stat();
    // readFile refuses files over 2 GiB; a Buffer holds up to 4 GiB here.
    const bytes = Buffer.allocUnsafe(size);
    const phase = progress.phase("reading", size, "bytes");
    let done = 0;
    while (done < size) {
      const { bytesRead } = await handle.read(bytes, done, Math.min(8 << 20, size - done), done);
      if (bytesRead === 0) break;
      done += bytesRead;
      phase.update(done);
    }
    phase.finish(done);
    return done === size ? bytes : bytes.subarray(0, done);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read ${JSON.stringify(path)} (${code ?? (error as Error).message})`,
      2,
      code === "ENOENT" ? `No such file, relative to the current folder ${cwd}.` : "",
    );
  } finally {
    await handle?.close();
  }
}

/** Reads `path` (relative to `cwd`) and counts its records without parsing them. */
export async function readDatasetFile(
  path: string,
  cwd: string,
  progress: Progress,
): Promise<DatasetFile> {
  const bytes = await readBytes(path, cwd, progress);
  const layout = layoutOf(bytes);
  const counts = new Map<string, number>();
  let records = 0;
  for (const member of layout.members)
    if (member.elements !== undefined) {
      counts.set(member.key, member.elements.length / 2);
      records += member.elements.length / 2;
    }
  return { path, name: basename(path), bytes, counts, records, layout };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Parses a file read by {@link readDatasetFile}: whole with JSON.parse up to `wholeLimit` bytes,
 * else record by record. Both give the value JSON.parse would (the last of two equal keys wins;
 * a `"__proto__"` key is an own property); an error says where, with the record's path when one
 * record is broken.
 */
export async function parseDatasetFile(
  file: DatasetFile,
  progress: Progress,
  wholeLimit = WHOLE_PARSE_LIMIT,
): Promise<ParsedJson> {
  const { bytes, layout } = file;
  if (bytes.length <= wholeLimit || layout.error !== undefined) {
    if (bytes.length > wholeLimit && layout.error !== undefined)
      return {
        ok: false,
        path: [],
        message: `Not valid JSON: ${layout.error.message}, at byte ${layout.error.offset}`,
      };
    const phase = progress.phase("parsing", file.records, "records");
    try {
      const value: unknown = JSON.parse(bytes.toString("utf8"));
      phase.finish();
      return { ok: true, value };
    } catch (error) {
      phase.finish(0);
      return { ok: false, path: [], message: `Not valid JSON: ${messageOf(error)}` };
    }
  }
  const phase = progress.phase("parsing", file.records, "records");
  const entries: [string, unknown][] = [];
  let done = 0;
  for (const { key, start, end, elements } of layout.members) {
    // The element being parsed, for the error's path; undefined for a value that is not an array.
    let index: number | undefined;
    try {
      if (elements === undefined) {
        entries.push([key, JSON.parse(bytes.toString("utf8", start, end))]);
        continue;
      }
      const values: unknown[] = new Array(elements.length / 2);
      for (index = 0; index < values.length; index++) {
        values[index] = JSON.parse(
          bytes.toString("utf8", elements[2 * index] as number, elements[2 * index + 1] as number),
        );
        if (++done % 4096 === 0) {
          phase.update(done);
          // Lets the progress line redraw between records of a long file.
          if (done % 65536 === 0) await new Promise((next) => setImmediate(next));
        }
      }
      entries.push([key, values]);
    } catch (error) {
      phase.finish(done);
      const at = index === undefined ? start : (elements?.[2 * index] as number);
      return {
        ok: false,
        path: index === undefined ? [key] : [key, index],
        message: `Not valid JSON: ${messageOf(error)} (in ${index === undefined ? `"${key}"` : `${key}[${index}]`}, which starts at byte ${at} of the file)`,
      };
    }
  }
  phase.finish(done);
  // fromEntries defines own properties, as JSON.parse does, even for a key named "__proto__".
  return { ok: true, value: Object.fromEntries(entries) };
}
