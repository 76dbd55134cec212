import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { AccordGraph } from "@accordkg/core";
import { writeGexf, writeGraphml, writePlover, XmlCharacterError } from "@accordkg/formats";
import { type RdfFormat, writeRdf } from "@accordkg/rdf";
import { CliError, EXIT, usageError } from "../cliError";
import type { Context } from "../context";
import type { CliStream } from "../io";
import type { Progress } from "../progress";

/** The names `accordkg export --format` takes. */
export const EXPORT_FORMAT_NAMES = [
  "ttl",
  "trig",
  "nq",
  "jsonld",
  "gexf",
  "graphml",
  "plover",
] as const;
export type ExportFormat = (typeof EXPORT_FORMAT_NAMES)[number];

/** What each format is, the file extension that implies it, and the RDF serialization behind it. */
export const EXPORT_FORMATS: Readonly<
  Record<ExportFormat, { extension: string; what: string; rdf?: RdfFormat }>
> = Object.freeze({
  ttl: { extension: ".ttl", what: "RDF Turtle, the sources' graphs in one", rdf: "turtle" },
  trig: { extension: ".trig", what: "RDF TriG, a named graph per source", rdf: "trig" },
  nq: { extension: ".nq", what: "RDF N-Quads, for a triple store's bulk loader", rdf: "n-quads" },
  jsonld: { extension: ".jsonld", what: "RDF JSON-LD with the package's @context", rdf: "json-ld" },
  gexf: { extension: ".gexf", what: "GEXF 1.3, for Gephi" },
  graphml: { extension: ".graphml", what: "GraphML, for networkx, yEd, Cytoscape and igraph" },
  plover: { extension: ".jsonl", what: "PLOVER event records, JSON Lines" },
});

// The libraries' own names of the formats, accepted as well.
const ALIASES: Readonly<Record<string, ExportFormat>> = Object.freeze({
  turtle: "ttl",
  "n-quads": "nq",
  nquads: "nq",
  "json-ld": "jsonld",
  jsonl: "plover",
});

const isExportFormat = (name: string): name is ExportFormat =>
  (EXPORT_FORMAT_NAMES as readonly string[]).includes(name);

/** The formats, each with what it is, as --help and the errors list them. */
export const formatList = () =>
  EXPORT_FORMAT_NAMES.map((name) => `${name} (${EXPORT_FORMATS[name].what})`).join(", ");

/** A --format value, or undefined if it names no format. */
export function exportFormatNamed(name: string): ExportFormat | undefined {
  const lower = name.toLowerCase();
  return isExportFormat(lower) ? lower : ALIASES[lower];
}

/**
 * The format to write: --format, or else the one --out's extension implies (`.ttl .trig .nq
 * .jsonld .gexf .graphml .jsonl`). A usage error when neither says, before any data is read.
 */
export function exportFormatFor(format: ExportFormat | undefined, out: string | undefined) {
  if (format !== undefined) return format;
  const extension = out === undefined ? "" : extname(out).toLowerCase();
  const implied = EXPORT_FORMAT_NAMES.find((name) => EXPORT_FORMATS[name].extension === extension);
  if (implied !== undefined) return implied;
  throw usageError(
    out === undefined
      ? "which format? give --format"
      : `which format? ${JSON.stringify(out)} does not end in an extension of one; give --format`,
    `Formats: ${formatList()}.\nWithout --format, --out's extension chooses: ${EXPORT_FORMAT_NAMES.map((name) => `${EXPORT_FORMATS[name].extension} ${name}`).join(", ")}.`,
  );
}

/**
 * Standard output as a stream with backpressure: the process's own, or, for a `CliStream` that
 * only has `write` (a program embedding the command line), a Writable over it.
 */
function streamOf(stream: CliStream): Writable {
  if (stream instanceof Writable) return stream;
  return new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      stream.write(chunk);
      callback();
    },
  });
}

/**
 * A stream into `target` that counts the bytes written, for the progress line. It waits for
 * `target` to drain before taking more, so the writers feel `target`'s backpressure, and fails
 * with `target`'s error.
 */
function counted(target: Writable, count: (bytes: number) => void): Writable {
  const counter = new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      count(Buffer.byteLength(chunk));
      if (target.write(chunk)) callback();
      else target.once("drain", () => callback());
    },
  });
  target.once("error", (error) => counter.destroy(error));
  return counter;
}

const megabytes = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

const codeOf = (error: unknown) =>
  (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);

/** The options of `accordkg export` beyond the data's. */
export interface ExportOptions {
  readonly out?: string;
  readonly invalidCharacters: "error" | "replace";
  readonly quiet?: true;
  readonly progress?: true;
}

/**
 * Writes `graph` as `format` into `target` through a byte counter that feeds the progress line,
 * and resolves once every byte has been handed to `target` (which stays open). Returns the bytes.
 */
async function writeCounted(
  format: ExportFormat,
  graph: AccordGraph,
  target: Writable,
  progress: Progress,
  invalidCharacters: "error" | "replace",
): Promise<number> {
  let bytes = 0;
  const phase = progress.writing(`writing ${format}`, graph.order);
  const counter = counted(target, (n) => {
    bytes += n;
    phase.update(bytes);
  });
  try {
    await write(format, graph, counter, invalidCharacters);
    counter.end();
    await finished(counter);
  } finally {
    // Stopped on failure too: a bar left running keeps its timer, and the process, alive.
    phase.finish(bytes);
  }
  return bytes;
}

/**
 * `accordkg export`: the graph `graphOf` builds, written as `format` to --out (relative to the
 * current folder) or to standard output (no --out, or `-`), streamed with the stream's backpressure respected. A
 * file is written under a hidden temporary name in its folder and renamed once complete: a
 * failed export leaves no file that looks whole, and an existing file is replaced only then. The
 * folder is checked (the temporary file opened) before any data is read.
 */
export async function exportGraph(
  ctx: Context,
  format: ExportFormat,
  options: ExportOptions,
  graphOf: () => Promise<AccordGraph>,
): Promise<number> {
  const progress = ctx.progress(options);
  if (options.out === undefined || options.out === "-") {
    const graph = await graphOf();
    await writeCounted(format, graph, streamOf(ctx.io.stdout), progress, options.invalidCharacters);
    return EXIT.ok;
  }
  const started = performance.now();
  const path = resolve(ctx.io.cwd, options.out);
  const partial = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(4).toString("hex")}.partial`,
  );
  const cannotWrite = (error: unknown) =>
    new CliError(`cannot write ${JSON.stringify(options.out)} (${codeOf(error)})`, EXIT.failed);
  const file = createWriteStream(partial, { flags: "wx" });
  // The first error of the file's stream (a missing folder, a full disk): the export stops
  // with it, and says so.
  let failure: unknown;
  file.on("error", (error) => {
    failure ??= error;
  });
  try {
    await new Promise<void>((opened, failed) => {
      file.once("ready", () => opened());
      file.once("error", failed);
    });
    const graph = await graphOf();
    const bytes = await writeCounted(format, graph, file, progress, options.invalidCharacters);
    file.end();
    await finished(file);
    await rename(partial, path);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    ctx.note(
      `Wrote ${options.out} (${EXPORT_FORMATS[format].what}): ${megabytes.format(bytes / 1e6)} MB, ${graph.order.toLocaleString("en-US")} records and ${graph.size.toLocaleString("en-US")} relations, in ${seconds} s.`,
    );
    return EXIT.ok;
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    // The file's own failures (and the rename's) are said as such; anything else goes on as it is.
    if (failure !== undefined) throw cannotWrite(failure);
    if (error instanceof Error && "syscall" in error) throw cannotWrite(error);
    throw error;
  }
}

/** Writes `graph` as `format`; text XML cannot carry is refused with the option that replaces it. */
async function write(
  format: ExportFormat,
  graph: AccordGraph,
  sink: Writable,
  invalidCharacters: "error" | "replace",
): Promise<void> {
  const { rdf } = EXPORT_FORMATS[format];
  try {
    if (rdf !== undefined) await writeRdf(graph, sink, { format: rdf, end: false });
    else if (format === "gexf") await writeGexf(graph, sink, { invalidCharacters });
    else if (format === "graphml") await writeGraphml(graph, sink, { invalidCharacters });
    else await writePlover(graph, sink);
  } catch (error) {
    if (!(error instanceof XmlCharacterError)) throw error;
    throw new CliError(
      `${error.problems.length.toLocaleString("en-US")} character${error.problems.length === 1 ? "" : "s"} in the data that XML 1.0 cannot carry; nothing was written`,
      EXIT.failed,
      [
        ...error.problems
          .slice(0, 10)
          .map(
            (p) =>
              `  U+${p.codeUnit.toString(16).toUpperCase().padStart(4, "0")} at offset ${p.offset} of ${p.attribute} of ${p.element} ${p.key}`,
          ),
        ...(error.problems.length > 10 ? [`  and ${error.problems.length - 10} more`] : []),
        "Remove them from the dataset, or add --invalid-characters replace to write U+FFFD in their place (offsets keep their meaning).",
      ].join("\n"),
    );
  }
}
