import { InvalidArgumentsError } from "@accordkg/core";

/** The RDF serializations `toRdf`, `writeRdf` and `fromRdf` speak. */
export const RDF_FORMATS = Object.freeze(["turtle", "trig", "n-quads", "json-ld"] as const);

/**
 * One of {@link RDF_FORMATS}. Turtle has no named graphs, so a Turtle export is the union of the
 * graphs; TriG, N-Quads and JSON-LD keep one named graph per source document.
 */
export type RdfFormat = (typeof RDF_FORMATS)[number];

/** `format`, checked. */
export function checkedFormat(functionName: string, format: unknown): RdfFormat {
  if (typeof format === "string" && (RDF_FORMATS as readonly string[]).includes(format))
    return format as RdfFormat;
  throw new InvalidArgumentsError(
    functionName,
    `expected format to be one of ${RDF_FORMATS.map((f) => `"${f}"`).join(", ")}, got ${JSON.stringify(format) ?? String(format)}.`,
  );
}
