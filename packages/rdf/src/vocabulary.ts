// The vocabulary of the export: which RDF term stands for which field. One table drives the
// writers (quads and JSON-LD), the JSON-LD context and the reader, so they cannot disagree.

/** The namespace of accordkg's own terms, for what no standard vocabulary covers (`acc:`). */
export const NAMESPACE = "https://w3id.org/accordkg/ns#";

/** Where record IRIs are minted unless `base` says otherwise: `…/id/actor/joe-biden`. */
export const DEFAULT_BASE = "https://w3id.org/accordkg/id/";

/** The address the JSON-LD context is published under (the package ships it as `context.jsonld`). */
export const CONTEXT_URL = "https://w3id.org/accordkg/context.jsonld";

/** The prefixes of the vocabularies the export uses, as written in Turtle, TriG and SPARQL. */
export const PREFIXES = Object.freeze({
  acc: NAMESPACE,
  dcterms: "http://purl.org/dc/terms/",
  oa: "http://www.w3.org/ns/oa#",
  owl: "http://www.w3.org/2002/07/owl#",
  prov: "http://www.w3.org/ns/prov#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  schema: "https://schema.org/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  wd: "http://www.wikidata.org/entity/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const);

type Prefix = keyof typeof PREFIXES;
const iri = (prefix: Prefix, local: string) => `${PREFIXES[prefix]}${local}`;

/**
 * What a term's values are, which fixes how they are written in quads and in JSON-LD:
 * - `ref`: IRIs (`"@type": "@id"`); `refList`: an `rdf:List` of IRIs (`"@container": "@list"`);
 * - `vocab`: an IRI of the vocabulary, written in JSON-LD by its short name (`"@type": "@vocab"`:
 *   `"framedAs": "Agreement"`, `"grade": "joint"`);
 * - `string`: plain literals; `stringList`: an `rdf:List` of them;
 * - `localized`: language-tagged literals, one per language (`"@container": "@language"`);
 * - `text`: one language-tagged literal, written `{ "@value", "@language" }`;
 * - `integer`, `nonNegativeInteger`: numbers; `date`, `anyURI`, `language`: typed strings.
 */
export type ValueKind =
  | "ref"
  | "vocab"
  | "refList"
  | "string"
  | "stringList"
  | "localized"
  | "text"
  | "integer"
  | "nonNegativeInteger"
  | "date"
  | "anyURI"
  | "language";

/** One property of the export: its IRI, the kind of its values, and whether it may repeat. */
export interface Term {
  readonly iri: string;
  readonly kind: ValueKind;
  /** Written as a JSON array in JSON-LD (a list field of the dataset), else as one value. */
  readonly many: boolean;
}

const term = (prefix: Prefix, local: string, kind: ValueKind, many = false): Term =>
  Object.freeze({ iri: iri(prefix, local), kind, many });

/**
 * The properties, by their JSON-LD name. Several names may share an IRI (`name`, `label` and
 * `summary` are all `rdfs:label`): each record type uses the name of its own field.
 */
export const TERMS = Object.freeze({
  // Every record
  identifier: term("dcterms", "identifier", "string"),
  index: term("acc", "index", "integer"),
  // Dataset
  title: term("dcterms", "title", "string"),
  description: term("dcterms", "description", "string"),
  jsonSchema: term("acc", "jsonSchema", "string"),
  // Source
  language: term("dcterms", "language", "language"),
  text: term("rdf", "value", "text"),
  publishedAt: term("dcterms", "issued", "date"),
  publisher: term("dcterms", "publisher", "string"),
  url: term("schema", "url", "anyURI"),
  issuedBy: term("prov", "wasAttributedTo", "ref", true),
  issuedByList: term("acc", "issuedByList", "refList"),
  translationOf: term("acc", "translationOf", "ref"),
  // Labels
  name: term("rdfs", "label", "localized"),
  label: term("rdfs", "label", "localized"),
  summary: term("rdfs", "label", "localized"),
  // Actor
  aliases: term("skos", "altLabel", "string", true),
  aliasList: term("acc", "aliasList", "stringList"),
  represents: term("acc", "represents", "ref", true),
  representsList: term("acc", "representsList", "refList"),
  sameAs: term("owl", "sameAs", "ref"),
  // Topic
  parent: term("skos", "broader", "ref"),
  // Event
  date: term("dcterms", "date", "date"),
  place: term("acc", "place", "ref"),
  participants: term("acc", "participant", "ref", true),
  participantList: term("acc", "participantList", "refList"),
  follows: term("acc", "follows", "ref"),
  // Events and statements
  topics: term("dcterms", "subject", "ref", true),
  topicList: term("acc", "topicList", "refList"),
  derivedFrom: term("prov", "wasDerivedFrom", "ref", true),
  // Statement (commitment or claim)
  parties: term("acc", "party", "ref", true),
  partyList: term("acc", "partyList", "refList"),
  recipients: term("acc", "recipient", "ref", true),
  recipientList: term("acc", "recipientList", "refList"),
  statedBy: term("prov", "wasAttributedTo", "ref", true),
  statedByList: term("acc", "statedByList", "refList"),
  event: term("acc", "event", "ref"),
  statedAt: term("acc", "statedAt", "ref"),
  corroboratedBy: term("acc", "corroboratedBy", "ref", true),
  corroborationList: term("acc", "corroborationList", "refList"),
  grade: term("acc", "grade", "vocab"),
  // Account
  of: term("acc", "accountOf", "ref"),
  framedAs: term("acc", "framedAs", "vocab"),
  // Corroboration
  note: term("rdfs", "comment", "string"),
  // Evidence: W3C Web Annotation
  body: term("oa", "hasBody", "ref"),
  target: term("oa", "hasTarget", "ref"),
  motivation: term("oa", "motivatedBy", "ref"),
  source: term("oa", "hasSource", "ref"),
  selector: term("oa", "hasSelector", "ref", true),
  start: term("oa", "start", "nonNegativeInteger"),
  end: term("oa", "end", "nonNegativeInteger"),
  exact: term("oa", "exact", "string"),
  prefix: term("oa", "prefix", "string"),
  suffix: term("oa", "suffix", "string"),
} as const satisfies Record<string, Term>);

/** A property's JSON-LD name. */
export type TermName = keyof typeof TERMS;

/** The classes, by their JSON-LD name. */
export const CLASSES = Object.freeze({
  Dataset: iri("acc", "Dataset"),
  Source: iri("acc", "Source"),
  Actor: iri("acc", "Actor"),
  Person: iri("acc", "Person"),
  State: iri("acc", "State"),
  Organization: iri("acc", "Organization"),
  Group: iri("acc", "Group"),
  Topic: iri("acc", "Topic"),
  Concept: iri("skos", "Concept"),
  Event: iri("acc", "Event"),
  Summit: iri("acc", "Summit"),
  Meeting: iri("acc", "Meeting"),
  PressConference: iri("acc", "PressConference"),
  Negotiation: iri("acc", "Negotiation"),
  StatementEvent: iri("acc", "StatementEvent"),
  OtherEvent: iri("acc", "OtherEvent"),
  Place: iri("acc", "Place"),
  Commitment: iri("acc", "Commitment"),
  Agreement: iri("acc", "Agreement"),
  Pledge: iri("acc", "Pledge"),
  Proposal: iri("acc", "Proposal"),
  Warning: iri("acc", "Warning"),
  Demand: iri("acc", "Demand"),
  Claim: iri("acc", "Claim"),
  Discussion: iri("acc", "Discussion"),
  Position: iri("acc", "Position"),
  Assessment: iri("acc", "Assessment"),
  Objective: iri("acc", "Objective"),
  Corroboration: iri("acc", "Corroboration"),
  Account: iri("acc", "Account"),
  Entity: iri("prov", "Entity"),
  Agent: iri("prov", "Agent"),
  Annotation: iri("oa", "Annotation"),
  SpecificResource: iri("oa", "SpecificResource"),
  TextPositionSelector: iri("oa", "TextPositionSelector"),
  TextQuoteSelector: iri("oa", "TextQuoteSelector"),
} as const);

/** A class's JSON-LD name. */
export type ClassName = keyof typeof CLASSES;

/**
 * The evidence grades (`EVIDENCE_GRADES` of `@accordkg/data`), as IRIs of the vocabulary, by
 * their JSON-LD name: the value of `acc:grade`.
 */
export const GRADES = Object.freeze({
  joint: iri("acc", "joint"),
  concordant: iri("acc", "concordant"),
  "one-sided": iri("acc", "one-sided"),
  reported: iri("acc", "reported"),
} as const);

/** The Web Annotation motivation of an evidence annotation: the body is what the target says. */
export const IDENTIFYING = iri("oa", "identifying");

// The class of each kind of record, by the kind's value in the dataset.
export const ACTOR_CLASSES = Object.freeze({
  person: "Person",
  state: "State",
  organization: "Organization",
  group: "Group",
} as const satisfies Record<string, ClassName>);

export const EVENT_CLASSES = Object.freeze({
  summit: "Summit",
  meeting: "Meeting",
  "press-conference": "PressConference",
  negotiation: "Negotiation",
  statement: "StatementEvent",
  other: "OtherEvent",
} as const satisfies Record<string, ClassName>);

export const COMMITMENT_CLASSES = Object.freeze({
  agreement: "Agreement",
  pledge: "Pledge",
  proposal: "Proposal",
  warning: "Warning",
  demand: "Demand",
} as const satisfies Record<string, ClassName>);

export const CLAIM_CLASSES = Object.freeze({
  discussion: "Discussion",
  position: "Position",
  assessment: "Assessment",
  objective: "Objective",
} as const satisfies Record<string, ClassName>);

export const RDF_TYPE = iri("rdf", "type");
export const RDF_FIRST = iri("rdf", "first");
export const RDF_REST = iri("rdf", "rest");
export const RDF_NIL = iri("rdf", "nil");
export const RDF_LANG_STRING = iri("rdf", "langString");
export const XSD = {
  string: iri("xsd", "string"),
  integer: iri("xsd", "integer"),
  nonNegativeInteger: iri("xsd", "nonNegativeInteger"),
  date: iri("xsd", "date"),
  anyURI: iri("xsd", "anyURI"),
  language: iri("xsd", "language"),
} as const;
export const WIKIDATA = PREFIXES.wd;
