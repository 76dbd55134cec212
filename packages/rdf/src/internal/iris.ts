import { InvalidArgumentsError } from "@accordkg/core";
import { DEFAULT_BASE } from "../vocabulary";

/**
 * The kinds of IRI minted under a base, each its own path segment: records by their kind, and the
 * nodes a record owns (its evidence annotations, corroborations, an event's place) by the id of the
 * record, which is unique across a dataset.
 */
export const IRI_KINDS = [
  "dataset",
  "source",
  "actor",
  "topic",
  "event",
  "commitment",
  "claim",
  "account",
  "evidence",
  "corroboration",
  "place",
] as const;
export type IriKind = (typeof IRI_KINDS)[number];

// An absolute http(s) IRI that ends in "/", with no query, fragment, space or character that
// N-Triples or Turtle would have to escape inside <…>.
const BASE_PATTERN = /^https?:\/\/[^\s<>"{}|\\^`?#]+\/$/;

/** `base`, checked: record IRIs are `base` + `actor/joe-biden`. */
export function checkedBase(functionName: string, base: unknown): string {
  if (base === undefined) return DEFAULT_BASE;
  if (typeof base !== "string" || !BASE_PATTERN.test(base))
    throw new InvalidArgumentsError(
      functionName,
      `expected base to be an absolute http or https IRI ending in "/" (such as "https://example.org/kg/"), with no query or fragment, got ${JSON.stringify(base)}.`,
    );
  return base;
}

/** Mints the IRIs of one export. */
export class Iris {
  readonly base: string;
  private readonly prefixes: Readonly<Record<IriKind, string>>;

  constructor(base: string) {
    this.base = base;
    const prefixes = {} as Record<IriKind, string>;
    for (const kind of IRI_KINDS) prefixes[kind] = `${base}${kind}/`;
    this.prefixes = prefixes;
  }

  /** The namespace of one kind, for a prefix such as `actor:`. */
  namespace(kind: IriKind): string {
    return this.prefixes[kind];
  }

  of(kind: IriKind, id: string): string {
    return `${this.prefixes[kind]}${id}`;
  }

  /** The evidence annotation at `index` of a record, and the nodes it owns (`.target`, …). */
  evidence(recordId: string, index: number, part?: "target" | "position" | "quote"): string {
    const annotation = `${this.prefixes.evidence}${recordId}.${index}`;
    return part === undefined ? annotation : `${annotation}.${part}`;
  }

  corroboration(recordId: string, index: number): string {
    return `${this.prefixes.corroboration}${recordId}.${index}`;
  }
}
