/// <reference path="./jsonld.d.ts" />
// Text → quads, for each format: n3's parser for Turtle, TriG and N-Quads; for JSON-LD, the
// `jsonld` processor (expanding with accordkg's context only: it never fetches anything) to
// N-Quads, then n3's parser.
import jsonld from "jsonld";
import { Parser, type Quad } from "n3";
import { JSONLD_CONTEXT } from "../context";
import type { RdfFormat } from "../formats";
import type { RdfIssue } from "../rdfError";
import { CONTEXT_URL } from "../vocabulary";

const N3_FORMATS = { turtle: "Turtle", trig: "TriG", "n-quads": "N-Quads" } as const;

export type Parsed =
  | { quads: Quad[]; issues?: undefined }
  | { quads?: undefined; issues: RdfIssue[] };

function parseWithN3(text: string, format: keyof typeof N3_FORMATS): Parsed {
  try {
    return { quads: new Parser({ format: N3_FORMATS[format] }).parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = (error as { context?: { line?: unknown } } | null)?.context?.line;
    return {
      issues: [
        {
          code: "syntax_error",
          message: `Not valid ${N3_FORMATS[format]}: ${message}`,
          ...(typeof line === "number" ? { line } : {}),
        },
      ],
    };
  }
}

/** What jsonld reports, readably: its message, and the details that say where. */
function describeJsonLdError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = (error as { details?: { code?: unknown; event?: unknown } }).details;
  const event = details?.event as
    | { message?: unknown; details?: Record<string, unknown> }
    | undefined;
  const parts = [error.message];
  if (typeof details?.code === "string") parts.push(`(${details.code})`);
  if (typeof event?.message === "string") parts.push(event.message);
  // The value the processor stopped at: a property, an IRI, a term.
  for (const [key, value] of Object.entries(event?.details ?? {}))
    if (typeof value === "string" || typeof value === "number")
      parts.push(`${key}: ${JSON.stringify(value)}`);
  return parts.join(" ");
}

async function parseJsonLd(text: string): Promise<Parsed> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { issues: [{ code: "syntax_error", message: `Not valid JSON: ${message}` }] };
  }
  const refused: string[] = [];
  // The only document this loader serves is accordkg's context; it refuses every other URL.
  const documentLoader = async (url: string) => {
    if (url === CONTEXT_URL)
      return { contextUrl: null, documentUrl: url, document: { "@context": JSONLD_CONTEXT } };
    refused.push(url);
    throw new Error(`fromRdf fetches nothing: refused to load ${url}`);
  };
  let nquads: string;
  try {
    // Safe mode turns what JSON-LD would silently drop (a key the context does not define, a
    // malformed IRI) into an error, so nothing is lost without a word.
    nquads = await jsonld.toRDF(document, {
      format: "application/n-quads",
      documentLoader,
      safe: true,
    });
  } catch (error) {
    if (refused.length > 0)
      return {
        issues: refused.map((url) => ({
          code: "remote_context",
          message: `The document refers to a context at ${url}, which fromRdf does not fetch`,
          suggestion: `Embed the context, or refer to ${CONTEXT_URL}`,
        })),
      };
    return {
      issues: [
        { code: "syntax_error", message: `Not valid JSON-LD: ${describeJsonLdError(error)}` },
      ],
    };
  }
  return parseWithN3(nquads, "n-quads");
}

export async function parse(text: string, format: RdfFormat): Promise<Parsed> {
  return format === "json-ld" ? parseJsonLd(text) : parseWithN3(text, format);
}
