// Quads → a dataset input: the inverse of describe.ts. Every problem is collected as an RdfIssue
// with the subject and property it is about (and the dataset path it would land at), so one read
// reports everything wrong with a document, as defineDataset does for JSON.
import type { DatasetInput, IssuePath } from "@accordkg/data";
import type { Quad, Term as RdfTerm } from "n3";
import type { RdfErrorCode, RdfIssue } from "../rdfError";
import {
  ACTOR_CLASSES,
  CLAIM_CLASSES,
  CLASSES,
  COMMITMENT_CLASSES,
  EVENT_CLASSES,
  IDENTIFYING,
  NAMESPACE,
  PREFIXES,
  RDF_FIRST,
  RDF_NIL,
  RDF_REST,
  RDF_TYPE,
  TERMS,
  type Term,
  type TermName,
  WIKIDATA,
  XSD,
} from "../vocabulary";
import { TextOffsets } from "./offsets";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Input = Mutable<DatasetInput>;
type Record_ = Record<string, unknown>;

/** The quads of a document by subject, then by predicate; subjects keyed by term id. */
class Quads {
  // Values keyed by their term id: the same triple in two named graphs is one value, found
  // without scanning (a subject with 100,000 values of one property must not cost 10^10 steps).
  private readonly bySubject = new Map<string, Map<string, Map<string, RdfTerm>>>();
  private readonly byType = new Map<string, string[]>();

  constructor(quads: readonly Quad[]) {
    for (const { subject, predicate, object } of quads) {
      const key = subject.id;
      let properties = this.bySubject.get(key);
      if (properties === undefined) {
        properties = new Map();
        this.bySubject.set(key, properties);
      }
      let values = properties.get(predicate.value);
      if (values === undefined) {
        values = new Map();
        properties.set(predicate.value, values);
      }
      if (values.has(object.id)) continue;
      values.set(object.id, object);
      if (predicate.value === RDF_TYPE && object.termType === "NamedNode") {
        const list = this.byType.get(object.value);
        if (list === undefined) this.byType.set(object.value, [key]);
        else list.push(key);
      }
    }
  }

  values(subject: string, predicate: string): readonly RdfTerm[] {
    const values = this.bySubject.get(subject)?.get(predicate);
    return values === undefined ? [] : [...values.values()];
  }

  predicates(subject: string): IterableIterator<string> {
    return (this.bySubject.get(subject) ?? new Map<string, unknown>()).keys();
  }

  /** True if `subject` has `predicate` with the IRI `object` (an IRI's term id is the IRI). */
  has(subject: string, predicate: string, object: string): boolean {
    return this.bySubject.get(subject)?.get(predicate)?.has(object) ?? false;
  }

  ofType(classIri: string): readonly string[] {
    return this.byType.get(classIri) ?? [];
  }
}

/** The record types, by collection: their class and the node kind that names their IRIs. */
const RECORDS = [
  { collection: "sources", kind: "source", class: CLASSES.Source },
  { collection: "actors", kind: "actor", class: CLASSES.Actor },
  { collection: "topics", kind: "topic", class: CLASSES.Topic },
  { collection: "events", kind: "event", class: CLASSES.Event },
  { collection: "commitments", kind: "commitment", class: CLASSES.Commitment },
  { collection: "claims", kind: "claim", class: CLASSES.Claim },
  { collection: "accounts", kind: "account", class: CLASSES.Account },
] as const;
type RecordKind = (typeof RECORDS)[number]["kind"];
type Collection = (typeof RECORDS)[number]["collection"];

/** The kind classes of each record type, and the kind each stands for. */
const KIND_CLASSES: Partial<Record<RecordKind, ReadonlyMap<string, string>>> = {
  actor: inverse(ACTOR_CLASSES),
  event: inverse(EVENT_CLASSES),
  commitment: inverse(COMMITMENT_CLASSES),
  claim: inverse(CLAIM_CLASSES),
};

function inverse(table: Readonly<Record<string, keyof typeof CLASSES>>): Map<string, string> {
  return new Map(Object.entries(table).map(([kind, name]) => [CLASSES[name], kind]));
}

/** Every commitment and claim kind, by its class: what an account's `acc:framedAs` may be. */
const STATEMENT_KINDS = new Map([...inverse(COMMITMENT_CLASSES), ...inverse(CLAIM_CLASSES)]);

// The accordkg properties each type of node may have; any other acc: property is reported.
const STATEMENT_TERMS: readonly TermName[] = [
  "index",
  "grade",
  "parties",
  "partyList",
  "recipients",
  "recipientList",
  "topicList",
  "statedByList",
  "event",
  "statedAt",
  "corroboratedBy",
  "corroborationList",
];
const OWN_TERMS: Readonly<Record<RecordKind | "dataset" | "annotation", readonly TermName[]>> = {
  dataset: ["jsonSchema"],
  source: ["index", "issuedByList", "translationOf"],
  actor: ["index", "aliasList", "represents", "representsList"],
  topic: ["index"],
  event: ["index", "place", "participants", "participantList", "topicList", "follows"],
  commitment: STATEMENT_TERMS,
  claim: STATEMENT_TERMS,
  account: ["index", "of", "framedAs", "statedByList", "statedAt"],
  annotation: ["index"],
};

const ACC_TERMS = [
  ...new Set(
    Object.values(TERMS)
      .map((term) => term.iri)
      .filter((iri) => iri.startsWith(NAMESPACE)),
  ),
];

/** `acc:partyList` for an IRI in a known namespace, else the IRI. */
function short(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES))
    if (iri.startsWith(namespace)) return `${prefix}:${iri.slice(namespace.length)}`;
  return iri;
}

function describeTerm(term: RdfTerm): string {
  switch (term.termType) {
    case "NamedNode":
      return `<${term.value}>`;
    case "BlankNode":
      return "a blank node";
    case "Literal":
      return `the literal ${JSON.stringify(term.value.length > 40 ? `${term.value.slice(0, 40)}…` : term.value)}${term.language ? `@${term.language}` : term.datatype.value === XSD.string ? "" : `^^${short(term.datatype.value)}`}`;
    default:
      return `a ${term.termType}`;
  }
}

/** The closest of `candidates` to `word` by edit distance, if it is close. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] as number;
}

interface Located {
  subject: string;
  path: IssuePath;
}

/** A record found in the document: where it goes in the dataset. */
interface Found {
  kind: RecordKind;
  collection: Collection;
  subject: string;
  /** Undefined when the identifier is missing or malformed (reported once, where it is). */
  id: string | undefined;
  index: number;
}

const isString = (term: RdfTerm) =>
  term.termType === "Literal" && term.language === "" && term.datatype.value === XSD.string;

const INTEGER_TYPES = new Set([
  XSD.integer,
  XSD.nonNegativeInteger,
  `${PREFIXES.xsd}int`,
  `${PREFIXES.xsd}long`,
  `${PREFIXES.xsd}positiveInteger`,
]);

class Reader {
  readonly issues: RdfIssue[] = [];
  private readonly records = new Map<string, Found>();

  constructor(private readonly quads: Quads) {}

  report(
    code: RdfErrorCode,
    message: string,
    at: Partial<Located> & { predicate?: string },
    suggestion?: string,
  ): undefined {
    this.issues.push({
      code,
      message,
      ...(at.subject !== undefined ? { subject: at.subject.replace(/^_:/, "_:") } : {}),
      ...(at.predicate !== undefined ? { predicate: at.predicate } : {}),
      ...(at.path !== undefined ? { path: at.path } : {}),
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
    return undefined;
  }

  /** The values of one property; reports a second value. */
  private single(at: Located, term: Term, required: boolean, what: string): RdfTerm | undefined {
    const values = this.quads.values(at.subject, term.iri);
    if (values.length > 1)
      return this.report(
        "too_many_values",
        `Has ${values.length} values of ${short(term.iri)} (${values.map(describeTerm).join(", ")}); ${what} takes one`,
        { ...at, predicate: term.iri },
      );
    const [value] = values;
    if (value === undefined && required)
      return this.report("missing_value", `Has no ${short(term.iri)} (${what})`, {
        ...at,
        predicate: term.iri,
      });
    return value;
  }

  private wrong(at: Located, term: Term, value: RdfTerm, expected: string): undefined {
    return this.report(
      "wrong_value",
      `Expected ${expected} for ${short(term.iri)}, got ${describeTerm(value)}`,
      { ...at, predicate: term.iri },
    );
  }

  /** One value of a term, decoded by the term's kind. */
  private decode(at: Located, term: Term, value: RdfTerm): string | number | undefined {
    switch (term.kind) {
      case "ref":
      case "refList":
      case "vocab":
        return value.termType === "NamedNode" ? value.value : this.wrong(at, term, value, "an IRI");
      case "string":
      case "stringList":
        return isString(value) ? value.value : this.wrong(at, term, value, "a plain string");
      case "text":
        return value.termType === "Literal" && value.language !== ""
          ? value.value
          : this.wrong(at, term, value, "a string with a language tag");
      case "integer":
      case "nonNegativeInteger": {
        if (
          value.termType === "Literal" &&
          INTEGER_TYPES.has(value.datatype.value) &&
          /^\+?\d{1,15}$/.test(value.value)
        )
          return Number(value.value);
        return this.wrong(at, term, value, "a whole number of zero or more");
      }
      case "date":
      case "anyURI":
      case "language": {
        const datatype = XSD[term.kind];
        return value.termType === "Literal" && value.datatype.value === datatype
          ? value.value
          : this.wrong(at, term, value, `a literal of type ${short(datatype)}`);
      }
      case "localized":
        return this.wrong(at, term, value, "a label");
    }
  }

  string(at: Located, name: TermName, required: boolean, what: string): string | undefined {
    const term = TERMS[name];
    const value = this.single(at, term, required, what);
    if (value === undefined) return undefined;
    const decoded = this.decode(at, term, value);
    return typeof decoded === "string" ? decoded : undefined;
  }

  integer(at: Located, name: TermName, what: string): number | undefined {
    const term = TERMS[name];
    const value = this.single(at, term, true, what);
    if (value === undefined) return undefined;
    const decoded = this.decode(at, term, value);
    return typeof decoded === "number" ? decoded : undefined;
  }

  /** `{ en, ar? }` from language-tagged values. */
  localized(at: Located, name: TermName, what: string): { en: string; ar?: string } | undefined {
    const term = TERMS[name];
    const out: { en?: string; ar?: string } = {};
    let ok = true;
    for (const value of this.quads.values(at.subject, term.iri)) {
      const language = value.termType === "Literal" ? value.language : "";
      if (language !== "en" && language !== "ar") {
        ok = false;
        this.wrong(at, term, value, `${what} in English (@en) or Arabic (@ar)`);
      } else if (out[language] !== undefined) {
        ok = false;
        this.report(
          "too_many_values",
          `Has two ${short(term.iri)} values in @${language}; ${what} has one per language`,
          { ...at, predicate: term.iri },
        );
      } else out[language] = value.value;
    }
    if (out.en === undefined) {
      if (ok)
        this.report("missing_value", `Has no ${short(term.iri)} in English (@en) (${what})`, {
          ...at,
          predicate: term.iri,
        });
      return undefined;
    }
    return out.ar === undefined ? { en: out.en } : { en: out.en, ar: out.ar };
  }

  /** The items of the `rdf:List` starting at `head`, or undefined (reported) if malformed. */
  private listItems(at: Located, term: Term, head: RdfTerm): RdfTerm[] | undefined {
    const items: RdfTerm[] = [];
    const seen = new Set<string>();
    let node = head;
    while (!(node.termType === "NamedNode" && node.value === RDF_NIL)) {
      if (node.termType === "Literal" || seen.has(node.id))
        return this.report("bad_list", `${short(term.iri)} is not a well-formed rdf:List`, {
          ...at,
          predicate: term.iri,
        });
      seen.add(node.id);
      const first = this.quads.values(node.id, RDF_FIRST);
      const rest = this.quads.values(node.id, RDF_REST);
      if (first.length !== 1 || rest.length !== 1)
        return this.report(
          "bad_list",
          `${short(term.iri)} is not a well-formed rdf:List (a node needs one rdf:first and one rdf:rest)`,
          { ...at, predicate: term.iri },
        );
      items.push(first[0] as RdfTerm);
      node = rest[0] as RdfTerm;
    }
    return items;
  }

  /**
   * An ordered list field: the set property's values, in the order of the list property when it
   * is there (values sorted otherwise). Undefined when neither is present.
   */
  ordered(at: Located, setName: TermName, listName: TermName, what: string): string[] | undefined {
    const setTerm = TERMS[setName];
    const listTerm = TERMS[listName];
    const values: string[] = [];
    for (const value of this.quads.values(at.subject, setTerm.iri)) {
      const decoded = this.decode(at, setTerm, value);
      if (typeof decoded === "string") values.push(decoded);
    }
    const lists = this.quads.values(at.subject, listTerm.iri);
    if (lists.length > 1)
      return this.report("too_many_values", `Has ${lists.length} ${short(listTerm.iri)} lists`, {
        ...at,
        predicate: listTerm.iri,
      });
    const [head] = lists;
    if (head === undefined)
      return values.length === 0 ? undefined : values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const items = this.listItems(at, listTerm, head);
    if (items === undefined) return undefined;
    const ordered: string[] = [];
    for (const item of items) {
      const decoded = this.decode(at, listTerm, item);
      if (typeof decoded === "string") ordered.push(decoded);
    }
    const inList = new Set(ordered);
    const inSet = new Set(values);
    if (inList.size !== inSet.size || [...inSet].some((value) => !inList.has(value)))
      return this.report(
        "bad_list",
        `${short(listTerm.iri)} holds ${ordered.length} values and ${short(setTerm.iri)} ${values.length}, not the same ones (${what})`,
        { ...at, predicate: listTerm.iri },
        `Make ${short(listTerm.iri)} list exactly the ${short(setTerm.iri)} values, in order`,
      );
    return ordered;
  }

  /** Record IRIs → ids, checking each names a record of `kind`. */
  refs(at: Located, name: TermName, iris: readonly string[], kind: RecordKind): string[] {
    return iris.flatMap((iri, i) => {
      const id = this.ref(
        { subject: at.subject, path: [...at.path, i] },
        TERMS[name].iri,
        iri,
        kind,
      );
      return id === undefined ? [] : [id];
    });
  }

  ref(
    at: Located,
    predicate: string,
    iri: string,
    kind: RecordKind,
    alsoKind?: RecordKind,
  ): string | undefined {
    const found = this.records.get(iri);
    // undefined for a record whose id is reported where it is
    if (found !== undefined && (found.kind === kind || found.kind === alsoKind)) return found.id;

    return this.report(
      "unknown_reference",
      found === undefined
        ? `<${iri}> is not a record in this document (expected ${article(kind)} ${kind}${alsoKind === undefined ? "" : ` or ${article(alsoKind)} ${alsoKind}`})`
        : `<${iri}> is ${article(found.kind)} ${found.kind}, not ${article(kind)} ${kind}${alsoKind === undefined ? "" : ` or ${article(alsoKind)} ${alsoKind}`}`,
      { ...at, predicate },
    );
  }

  /** Reports accordkg properties a node of this type does not have. */
  checkTerms(at: Located, type: keyof typeof OWN_TERMS): void {
    const allowed = new Set(OWN_TERMS[type].map((name) => TERMS[name].iri));
    for (const predicate of this.quads.predicates(at.subject)) {
      if (!predicate.startsWith(NAMESPACE) || allowed.has(predicate)) continue;
      const near = closest(predicate, [...allowed]);
      this.report(
        "unknown_term",
        `${short(predicate)} is not a property of ${article(type)} ${type}${ACC_TERMS.includes(predicate) ? "" : " (nor of any accordkg record)"}`,
        { ...at, predicate },
        near === undefined ? undefined : `Did you mean ${short(near)}?`,
      );
    }
  }

  /**
   * Finds the records: every subject with a record class, its identifier and its position.
   * Returns them by collection, in order of position.
   */
  findRecords(): Record<Collection, Found[]> {
    const byCollection = {} as Record<Collection, Found[]>;
    const classOf = new Map<string, RecordKind>();
    for (const { collection, kind, class: classIri } of RECORDS) {
      const found: Found[] = [];
      for (const subject of this.quads.ofType(classIri)) {
        const other = classOf.get(subject);
        if (other !== undefined) {
          this.report(
            "wrong_record_classes",
            `Has the classes of ${article(other)} ${other} and of ${article(kind)} ${kind}`,
            { subject },
          );
          continue;
        }
        classOf.set(subject, kind);
        const index = this.integer(
          { subject, path: [collection] },
          "index",
          "the record's position in its collection",
        );
        const at = { subject, path: index === undefined ? [collection] : [collection, index] };
        const id = this.string(at, "identifier", true, "the record's id");
        if (index === undefined) continue;
        // A record without a usable id still holds its position, so the others' are checked.
        const record: Found = { kind, collection, subject, id, index };
        found.push(record);
        this.records.set(subject, record);
      }
      byCollection[collection] = this.positioned(found, collection);
    }
    return byCollection;
  }

  /** `found` sorted by position, reporting each repeated or missing position once. */
  private positioned<T extends { index: number; subject: string }>(found: T[], where: string): T[] {
    found.sort((a, b) => a.index - b.index);
    let next = 0;
    for (const record of found) {
      if (record.index !== next)
        this.report(
          "bad_index",
          record.index < next
            ? `Position ${record.index} in ${where} is taken twice`
            : `Position ${next} in ${where} is missing (the next one is ${record.index})`,
          { subject: record.subject, predicate: TERMS.index.iri },
          `Number ${where} 0, 1, 2, … in order`,
        );
      next = record.index + 1;
    }
    return found;
  }

  /** The kind of a record from its kind class (`acc:Agreement` → "agreement"). */
  kindOf(at: Located, kind: RecordKind): string | undefined {
    const classes = KIND_CLASSES[kind];
    if (classes === undefined) return undefined;
    const kinds = this.quads.values(at.subject, RDF_TYPE).flatMap((type) => {
      const value = classes.get(type.value);
      return value === undefined ? [] : [value];
    });
    if (kinds.length === 1) return kinds[0];
    return this.report(
      "wrong_record_classes",
      kinds.length === 0
        ? `Has no class saying which kind of ${kind} it is`
        : `Has ${kinds.length} kind classes (${kinds.join(", ")}); ${article(kind)} ${kind} has one`,
      { ...at, predicate: RDF_TYPE },
      `Give it one of ${[...classes.keys()].map(short).join(", ")}`,
    );
  }

  /** The kind an account frames its matter as, from its `acc:framedAs` kind class. */
  framedAs(at: Located): string | undefined {
    const iri = this.string(at, "framedAs", true, "how the account frames the matter");
    if (iri === undefined) return undefined;
    const kind = STATEMENT_KINDS.get(iri);
    if (kind !== undefined) return kind;
    return this.report(
      "wrong_value",
      `Expected a kind class of a commitment or claim (acc:Agreement, acc:Discussion…) for acc:framedAs, got <${iri}>`,
      { ...at, predicate: TERMS.framedAs.iri },
    );
  }

  wikidata(at: Located): string | undefined {
    const qids = this.quads
      .values(at.subject, TERMS.sameAs.iri)
      .filter((value) => value.termType === "NamedNode" && value.value.startsWith(WIKIDATA))
      .map((value) => value.value.slice(WIKIDATA.length));
    if (qids.length > 1)
      return this.report(
        "too_many_values",
        `Is owl:sameAs ${qids.length} Wikidata items (${qids.join(", ")}); a record has one`,
        { ...at, predicate: TERMS.sameAs.iri },
      );
    return qids[0];
  }

  has(subject: string, predicate: string, object: string): boolean {
    return this.quads.has(subject, predicate, object);
  }

  values(subject: string, predicate: string): readonly RdfTerm[] {
    return this.quads.values(subject, predicate);
  }

  ofType(classIri: string): readonly string[] {
    return this.quads.ofType(classIri);
  }

  record(subject: string): Found | undefined {
    return this.records.get(subject);
  }

  positionedList<T extends { index: number; subject: string }>(found: T[], where: string): T[] {
    return this.positioned(found, where);
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}

/** Sets `key` on `out` when `value` is defined (optional fields stay absent). */
function put(out: Record_, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

const pathed = (at: Located, ...more: (string | number)[]): Located => ({
  subject: at.subject,
  path: [...at.path, ...more],
});

/** The result of reading quads: a dataset input to validate, or what is wrong. */
export type ReadResult =
  | { input: DatasetInput; subjects: ReadonlyMap<string, string>; issues?: undefined }
  | { input?: undefined; issues: RdfIssue[] };

/**
 * Reads the dataset a document's quads describe. `subjects` maps `collection/index` to the
 * record's subject, so that a dataset issue can name the RDF subject it is about.
 */
export function readDataset(quads: readonly Quad[]): ReadResult {
  const reader = new Reader(new Quads(quads));
  const datasets = reader.ofType(CLASSES.Dataset);
  if (datasets.length === 0)
    return {
      issues: [
        {
          code: "no_dataset",
          message: "No subject has the class acc:Dataset: this is not a dataset export",
        },
      ],
    };
  if (datasets.length > 1)
    return {
      issues: [
        {
          code: "several_datasets",
          message: `${datasets.length} subjects have the class acc:Dataset (${datasets.map((d) => `<${d}>`).join(", ")})`,
          suggestion: "Read one dataset export at a time; merge datasets with mergeDatasets",
        },
      ],
    };
  const top: Located = { subject: datasets[0] as string, path: [] };
  const input: Record_ = {};
  put(input, "$schema", reader.string(top, "jsonSchema", false, "the dataset's $schema"));
  put(input, "id", reader.string(top, "identifier", true, "the dataset's id"));
  put(input, "title", reader.string(top, "title", true, "the dataset's title"));
  put(input, "description", reader.string(top, "description", false, "the dataset's description"));
  reader.checkTerms(top, "dataset");

  const found = reader.findRecords();
  const subjects = new Map<string, string>();
  const statements = new StatementReader(reader);
  for (const { collection } of RECORDS) {
    const records: Record_[] = [];
    for (const record of found[collection]) {
      const at: Located = { subject: record.subject, path: [collection, record.index] };
      subjects.set(`${collection}/${record.index}`, record.subject);
      reader.checkTerms(at, record.kind);
      if (record.id !== undefined) records.push({ id: record.id, ...statements.read(record, at) });
    }
    input[collection] = records;
  }
  if (reader.issues.length > 0) return { issues: reader.issues };
  return { input: input as unknown as Input, subjects };
}

/** Reads the fields of each kind of record; evidence and source texts are shared state. */
class StatementReader {
  /** Source subject → its text's offsets, for turning positions back into UTF-16 offsets. */
  private readonly texts = new Map<string, TextOffsets>();
  /** Record subject → its evidence annotations. */
  private readonly evidence = new Map<string, { subject: string; index: number }[]>();
  private evidenceFound = false;

  constructor(private readonly reader: Reader) {}

  read(record: Found, at: Located): Record_ {
    const reader = this.reader;
    const out: Record_ = {};
    const refs = (name: TermName, list: TermName, kind: RecordKind, field: string) => {
      const iris = reader.ordered(at, name, list, field);
      return iris && reader.refs(pathed(at, field), name, iris, kind);
    };
    const ref = (name: TermName, kind: RecordKind, field: string, what: string) => {
      const iri = reader.string(at, name, false, what);
      return iri === undefined
        ? undefined
        : reader.ref(pathed(at, field), TERMS[name].iri, iri, kind);
    };
    switch (record.kind) {
      case "source": {
        put(out, "title", reader.string(at, "title", true, "the source's title"));
        put(out, "language", reader.string(at, "language", true, "the source's language"));
        const text = reader.string(at, "text", true, "the source's text");
        put(out, "text", text);
        put(out, "publishedAt", reader.string(at, "publishedAt", false, "the publication date"));
        put(out, "publisher", reader.string(at, "publisher", false, "the publisher"));
        put(out, "url", reader.string(at, "url", false, "the source's address"));
        put(out, "issuedBy", refs("issuedBy", "issuedByList", "actor", "issuedBy"));
        put(out, "translationOf", ref("translationOf", "source", "translationOf", "the original"));
        if (text !== undefined) this.texts.set(record.subject, new TextOffsets(text));
        break;
      }
      case "actor":
        put(out, "kind", reader.kindOf(at, "actor"));
        put(out, "name", reader.localized(at, "name", "the actor's name"));
        put(out, "aliases", reader.ordered(at, "aliases", "aliasList", "the actor's aliases"));
        put(out, "represents", refs("represents", "representsList", "actor", "represents"));
        put(out, "wikidata", reader.wikidata(at));
        break;
      case "topic":
        put(out, "label", reader.localized(at, "label", "the topic's label"));
        put(out, "parent", ref("parent", "topic", "parent", "the topic's parent"));
        put(out, "wikidata", reader.wikidata(at));
        break;
      case "event": {
        put(out, "kind", reader.kindOf(at, "event"));
        put(out, "name", reader.localized(at, "name", "the event's name"));
        put(out, "date", reader.string(at, "date", true, "the event's date"));
        const place = reader.string(at, "place", false, "the event's place");
        if (place !== undefined)
          put(out, "place", this.place({ subject: place, path: [...at.path, "place"] }));
        put(
          out,
          "participants",
          refs("participants", "participantList", "actor", "participants") ?? [],
        );
        put(out, "topics", refs("topics", "topicList", "topic", "topics") ?? []);
        put(out, "follows", ref("follows", "event", "follows", "the event it follows"));
        out.evidence = this.evidenceOf(at);
        break;
      }
      case "commitment":
      case "claim":
        put(out, "kind", reader.kindOf(at, record.kind));
        put(out, "parties", refs("parties", "partyList", "actor", "parties") ?? []);
        put(out, "recipients", refs("recipients", "recipientList", "actor", "recipients"));
        put(out, "topics", refs("topics", "topicList", "topic", "topics") ?? []);
        put(out, "statedBy", refs("statedBy", "statedByList", "actor", "statedBy") ?? []);
        put(out, "event", ref("event", "event", "event", "the event it was made at"));
        put(out, "statedAt", ref("statedAt", "event", "statedAt", "the event it was stated at"));
        put(out, "summary", reader.localized(at, "summary", "the summary"));
        out.evidence = this.evidenceOf(at);
        put(out, "corroboratedBy", this.corroborations(at));
        break;
      case "account": {
        const of = reader.string(at, "of", true, "the commitment or claim it is an account of");
        if (of !== undefined)
          put(out, "of", reader.ref(pathed(at, "of"), TERMS.of.iri, of, "commitment", "claim"));
        put(out, "kind", reader.framedAs(at));
        put(out, "statedBy", refs("statedBy", "statedByList", "actor", "statedBy") ?? []);
        put(out, "statedAt", ref("statedAt", "event", "statedAt", "the event it was stated at"));
        put(out, "summary", reader.localized(at, "summary", "the summary"));
        out.evidence = this.evidenceOf(at);
        break;
      }
    }
    return out;
  }

  private place(at: Located): Record_ | undefined {
    const out: Record_ = {};
    put(out, "name", this.reader.localized(at, "name", "the place's name"));
    put(out, "wikidata", this.reader.wikidata(at));
    return out;
  }

  private corroborations(at: Located): Record_[] | undefined {
    const reader = this.reader;
    const iris = reader.ordered(at, "corroboratedBy", "corroborationList", "corroboratedBy");
    return iris?.map((subject, i) => {
      const here: Located = { subject, path: [...at.path, "corroboratedBy", i] };
      const out: Record_ = {};
      put(out, "title", reader.string(here, "title", true, "the corroborating document's title"));
      put(out, "url", reader.string(here, "url", false, "its address"));
      put(out, "date", reader.string(here, "date", false, "its date"));
      put(out, "note", reader.string(here, "note", false, "the editor's note"));
      return out;
    });
  }

  /** Annotations with the motivation oa:identifying, grouped by the record they support. */
  private findEvidence(): void {
    const reader = this.reader;
    for (const annotation of reader.ofType(CLASSES.Annotation)) {
      if (!reader.has(annotation, TERMS.motivation.iri, IDENTIFYING)) continue;
      const at: Located = { subject: annotation, path: [] };
      reader.checkTerms(at, "annotation");
      const body = reader.string(at, "body", true, "the record the evidence supports");
      const index = reader.integer(at, "index", "the span's position in the record's evidence");
      if (body === undefined) continue;
      const record = reader.record(body);
      if (record === undefined || !EVIDENCED.has(record.kind)) {
        reader.report(
          "unknown_reference",
          `<${body}> is not an event, commitment, claim or account in this document, so it cannot have evidence`,
          { subject: annotation, predicate: TERMS.body.iri },
        );
        continue;
      }
      if (index === undefined) continue;
      const list = this.evidence.get(record.subject);
      if (list === undefined) this.evidence.set(record.subject, [{ subject: annotation, index }]);
      else list.push({ subject: annotation, index });
    }
  }

  private evidenceOf(at: Located): Record_[] {
    if (!this.evidenceFound) {
      this.findEvidence();
      this.evidenceFound = true;
    }
    const annotations = this.reader.positionedList(
      this.evidence.get(at.subject) ?? [],
      `the evidence of <${at.subject}>`,
    );
    if (annotations.length === 0)
      this.reader.report(
        "missing_value",
        "Has no evidence: no oa:Annotation with oa:motivatedBy oa:identifying has it as oa:hasBody",
        { ...at, predicate: TERMS.body.iri },
      );
    return annotations.flatMap(({ subject }, i) => {
      const span = this.span({ subject, path: [...at.path, "evidence", i] });
      return span === undefined ? [] : [span];
    });
  }

  /** One evidence span: its target's source, its code point positions and its exact quote. */
  private span(at: Located): Record_ | undefined {
    const reader = this.reader;
    const target = reader.string(at, "target", true, "the span the evidence points at");
    if (target === undefined) return undefined;
    const here: Located = { subject: target, path: at.path };
    const source = reader.string(here, "source", true, "the source document of the span");
    const sourceId =
      source === undefined
        ? undefined
        : reader.ref(pathed(at, "source"), TERMS.source.iri, source, "source");
    let position: string | undefined;
    let quote: string | undefined;
    for (const selector of reader.values(target, TERMS.selector.iri)) {
      if (selector.termType === "Literal") continue;
      if (reader.has(selector.id, RDF_TYPE, CLASSES.TextPositionSelector)) {
        if (position !== undefined)
          return reader.report("too_many_values", "Has two TextPositionSelectors", here);
        position = selector.id;
      } else if (reader.has(selector.id, RDF_TYPE, CLASSES.TextQuoteSelector)) {
        if (quote !== undefined)
          return reader.report("too_many_values", "Has two TextQuoteSelectors", here);
        quote = selector.id;
      }
    }
    if (position === undefined || quote === undefined)
      return reader.report(
        "missing_value",
        `Has no ${position === undefined ? "oa:TextPositionSelector" : "oa:TextQuoteSelector"} among its oa:hasSelector values`,
        { ...here, predicate: TERMS.selector.iri },
      );
    const start = reader.integer({ subject: position, path: at.path }, "start", "the span's start");
    const end = reader.integer({ subject: position, path: at.path }, "end", "the span's end");
    const exact = reader.string(
      { subject: quote, path: at.path },
      "exact",
      true,
      "the span's quote",
    );
    if (
      source === undefined ||
      sourceId === undefined ||
      start === undefined ||
      end === undefined ||
      exact === undefined
    )
      return undefined;
    const text = this.texts.get(source);
    if (text === undefined) return undefined; // the source's own issue is reported
    const from = text.toUtf16(start);
    const to = text.toUtf16(end);
    if (from === undefined || to === undefined)
      return reader.report(
        "offset_out_of_range",
        `Positions [${start}, ${end}) run past the end of the source text (${text.codePoints} code points)`,
        {
          subject: position,
          predicate: TERMS[from === undefined ? "start" : "end"].iri,
          path: at.path,
        },
      );
    return { source: sourceId, start: from, end: to, quote: exact };
  }
}

const EVIDENCED: ReadonlySet<RecordKind> = new Set(["event", "commitment", "claim", "account"]);
