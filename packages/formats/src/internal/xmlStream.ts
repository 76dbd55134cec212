import type { AccordGraph } from "@accordkg/core";
import xmlbuilder from "xmlbuilder";
import type { TextWritable } from "../writable";
import { flatEdges, flatNodes } from "./exportView";
import { ChunkedSink, TextCollector } from "./sink";
import { type InvalidCharacters, referenceLineBreaks, XmlTextGuard } from "./xmlText";

/** xmlbuilder's streaming (callback) document. */
export type XmlDocument = ReturnType<typeof xmlbuilder.begin>;

/**
 * Writes one XML document: given a document and an `indent(depth)` that writes a line break and
 * indentation, it yields after each node and edge so that a caller can flush.
 */
export type XmlParts = (
  document: XmlDocument,
  indent: (depth: number) => void,
  guard: XmlTextGuard,
) => Generator<void>;

/**
 * Starts xmlbuilder's streaming writer over `emit`. Line breaks and indentation are written as
 * text between elements when `pretty` (xmlbuilder's own pretty printing would also indent the text
 * of elements such as GraphML's <data>, and so change it). Characters XML cannot carry are the
 * guard's to report or repair: xmlbuilder's own check would throw at the first one, so it is told
 * to replace instead (which never happens once the guard has passed the text).
 */
function start(emit: (chunk: string) => void, pretty: boolean) {
  const document = xmlbuilder.begin({ invalidCharReplacement: "\uFFFD" }, emit);
  document.dec("1.0", "UTF-8");
  if (pretty) emit("\n"); // xmlbuilder has written the declaration: this follows it.
  const indent = (depth: number) => {
    if (pretty) document.text(`\n${"  ".repeat(depth)}`);
  };
  return { document, indent };
}

/** The whole document as one string. */
export function xmlString(
  parts: XmlParts,
  pretty: boolean,
  invalidCharacters: InvalidCharacters | undefined,
  functionName: string,
): string {
  const guard = new XmlTextGuard(functionName, invalidCharacters);
  const collector = new TextCollector(referenceLineBreaks);
  const { document, indent } = start((chunk) => collector.push(chunk), pretty);
  for (const _ of parts(document, indent, guard));
  guard.finish();
  if (pretty) collector.push("\n");
  return collector.text();
}

/**
 * Streams the document into `writable`. In `error` mode the graph is first read once to find any
 * text XML 1.0 cannot carry, so that nothing is written if something would be refused.
 */
export async function xmlStream(
  graph: AccordGraph,
  writable: TextWritable,
  parts: XmlParts,
  pretty: boolean,
  invalidCharacters: InvalidCharacters | undefined,
  functionName: string,
): Promise<void> {
  const mode = invalidCharacters ?? "error";
  if (mode === "error") {
    const check = new XmlTextGuard(functionName, "error");
    for (const _ of flatNodes(graph, check, functionName));
    for (const _ of flatEdges(graph, check));
    check.finish();
  }
  const guard = new XmlTextGuard(functionName, mode);
  const sink = new ChunkedSink(writable, referenceLineBreaks);
  try {
    const { document, indent } = start((chunk) => sink.push(chunk), pretty);
    for (const _ of parts(document, indent, guard)) if (sink.full) await sink.flush();
    guard.finish();
    if (pretty) sink.push("\n");
    await sink.flush();
  } finally {
    sink.close();
  }
}
