import {
  CLASSES,
  type ClassName,
  GRADES,
  PREFIXES,
  TERMS,
  type Term,
  type TermName,
} from "./vocabulary";

type Definition = string | Readonly<Record<string, string>>;

const XSD_TYPES: Partial<Record<Term["kind"], string>> = {
  integer: "xsd:integer",
  nonNegativeInteger: "xsd:nonNegativeInteger",
  date: "xsd:date",
  anyURI: "xsd:anyURI",
  language: "xsd:language",
};

/** `acc:Agreement` for an IRI in one of the prefixes' namespaces. */
function compact(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES))
    if (iri.startsWith(namespace)) return `${prefix}:${iri.slice(namespace.length)}`;
  return iri;
}

function definition(term: Term): Definition {
  const id = compact(term.iri);
  switch (term.kind) {
    case "ref":
      return { "@id": id, "@type": "@id" };
    case "vocab":
      return { "@id": id, "@type": "@vocab" };
    case "refList":
      return { "@id": id, "@type": "@id", "@container": "@list" };
    case "stringList":
      return { "@id": id, "@container": "@list" };
    case "localized":
      return { "@id": id, "@container": "@language" };
    case "string":
    case "text":
      return id;
    default:
      return { "@id": id, "@type": XSD_TYPES[term.kind] as string };
  }
}

function build() {
  const context: Record<string, unknown> = { "@version": 1.1, ...PREFIXES };
  for (const name of Object.keys(CLASSES) as ClassName[]) context[name] = compact(CLASSES[name]);
  for (const [name, grade] of Object.entries(GRADES)) context[name] = compact(grade);
  for (const name of Object.keys(TERMS) as TermName[]) context[name] = definition(TERMS[name]);
  return context;
}

const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/**
 * The JSON-LD context of the export (`@accordkg/rdf/context.jsonld` is this object): the
 * prefixes, a short name for every class (`Agreement`) and property (`parties`, `statedBy`,
 * `summary`, …), and how each property's values are typed. JSON-LD exports embed it, so they
 * read the same offline and in any JSON-LD processor.
 */
export const JSONLD_CONTEXT: Readonly<Record<string, unknown>> = deepFreeze(build());
