// A dataset as RDF nodes: each record (and each node a record owns) becomes one `RdfNode`, its
// IRI, its named graph, its classes and its properties, named by the vocabulary's terms. The
// quad writer and the JSON-LD writer both consume these, one node at a time, so an export never
// holds more than one record's description.
import type {
  Account,
  Actor,
  Claim,
  Commitment,
  Corroboration,
  DatasetInput,
  Event,
  Evidence,
  EvidenceGrade,
  LocalizedText,
  Source,
  Topic,
} from "@accordkg/data";
import {
  ACTOR_CLASSES,
  CLAIM_CLASSES,
  CLASSES,
  type ClassName,
  COMMITMENT_CLASSES,
  EVENT_CLASSES,
  GRADES,
  IDENTIFYING,
  type TermName,
  WIKIDATA,
} from "../vocabulary";
import type { Iris } from "./iris";
import { backCodePoints, CONTEXT_CODE_POINTS, forwardCodePoints, TextOffsets } from "./offsets";

/** A literal in a language, such as a source's text. */
export interface TextValue {
  readonly value: string;
  readonly language: string;
}

/**
 * A property's value, shaped by its term's kind: an IRI or a string (`ref`, `string`, `date`, …),
 * a list of them (`ref` and `string` with `many`, `refList`, `stringList`), a number (`integer`,
 * `nonNegativeInteger`), a `LocalizedText` (`localized`) or a `TextValue` (`text`).
 */
export type PropertyValue = string | number | readonly string[] | LocalizedText | TextValue;

export interface Property {
  readonly term: TermName;
  readonly value: PropertyValue;
}

export interface RdfNode {
  readonly iri: string;
  /** The named graph: the dataset's for actors and topics, a source's for what it says. */
  readonly graph: string;
  readonly types: readonly ClassName[];
  readonly properties: readonly Property[];
}

const has = <T>(value: T | undefined): value is T => value !== undefined;

/**
 * The properties of an ordered list field: the set of values (what SPARQL queries match), and,
 * when the order cannot be read from the set, the list in order (`rdf:List`): for two values or
 * more, and for an optional field given as an empty list (`rdf:nil`), which is not the same as an
 * absent one.
 */
function ordered(
  out: Property[],
  set: TermName,
  list: TermName,
  values: readonly string[] | undefined,
): void {
  if (values === undefined) return;
  if (values.length > 0) out.push({ term: set, value: values });
  if (values.length !== 1) out.push({ term: list, value: values });
}

/** Distinct sources of a record's spans, in the order of the spans. */
function sourcesOf(evidence: readonly Evidence[]): string[] {
  const out: string[] = [];
  for (const span of evidence) if (!out.includes(span.source)) out.push(span.source);
  return out;
}

/**
 * The nodes of a dataset's export, record by record. It takes what `defineDataset` takes (the
 * benchmark describes generated input without validating it); exports describe valid datasets.
 * `gradeOf` gives each commitment and claim its evidence grade (derived from the accounts by
 * `@accordkg/core`), written as `acc:grade` when given.
 */
export function* describeDataset(
  dataset: DatasetInput,
  iris: Iris,
  gradeOf?: (id: string) => EvidenceGrade,
): Generator<RdfNode> {
  const datasetIri = iris.of("dataset", dataset.id);
  const header: Property[] = [
    { term: "identifier", value: dataset.id },
    { term: "title", value: dataset.title },
  ];
  if (has(dataset.description)) header.push({ term: "description", value: dataset.description });
  if (has(dataset.$schema)) header.push({ term: "jsonSchema", value: dataset.$schema });
  yield { iri: datasetIri, graph: datasetIri, types: ["Dataset"], properties: header };

  const ref = (kind: "actor" | "topic" | "event" | "source", ids: readonly string[]) =>
    ids.map((id) => iris.of(kind, id));
  const wikidata = (qid: string | undefined) => (qid === undefined ? undefined : WIKIDATA + qid);
  const sourceGraph = (evidence: readonly Evidence[]) =>
    iris.of("source", (evidence[0] as Evidence).source);

  // One source's offsets at a time: records usually come in the order of their sources.
  let offsets: TextOffsets | undefined;
  const texts = new Map(dataset.sources.map((source) => [source.id, source.text]));
  const offsetsOf = (sourceId: string) => {
    if (offsets === undefined || offsets.text !== texts.get(sourceId))
      offsets = new TextOffsets(texts.get(sourceId) ?? "");
    return offsets;
  };

  function* evidenceOf(
    recordIri: string,
    recordId: string,
    evidence: readonly Evidence[],
  ): Generator<RdfNode> {
    for (let i = 0; i < evidence.length; i++) {
      const span = evidence[i] as Evidence;
      const graph = iris.of("source", span.source);
      const target = iris.evidence(recordId, i, "target");
      const position = iris.evidence(recordId, i, "position");
      const quote = iris.evidence(recordId, i, "quote");
      yield {
        iri: iris.evidence(recordId, i),
        graph,
        types: ["Annotation"],
        properties: [
          { term: "motivation", value: IDENTIFYING },
          { term: "body", value: recordIri },
          { term: "target", value: target },
          { term: "index", value: i },
        ],
      };
      yield {
        iri: target,
        graph,
        types: ["SpecificResource"],
        properties: [
          { term: "source", value: iris.of("source", span.source) },
          { term: "selector", value: [position, quote] },
        ],
      };
      const text = offsetsOf(span.source);
      yield {
        iri: position,
        graph,
        types: ["TextPositionSelector"],
        properties: [
          { term: "start", value: text.toCodePoints(span.start) },
          { term: "end", value: text.toCodePoints(span.end) },
        ],
      };
      const before = text.text.slice(
        backCodePoints(text.text, span.start, CONTEXT_CODE_POINTS),
        span.start,
      );
      const after = text.text.slice(
        span.end,
        forwardCodePoints(text.text, span.end, CONTEXT_CODE_POINTS),
      );
      const selector: Property[] = [{ term: "exact", value: span.quote }];
      if (before !== "") selector.push({ term: "prefix", value: before });
      if (after !== "") selector.push({ term: "suffix", value: after });
      yield { iri: quote, graph, types: ["TextQuoteSelector"], properties: selector };
    }
  }

  function* corroborations(
    recordId: string,
    graph: string,
    list: readonly Corroboration[] | undefined,
  ): Generator<RdfNode> {
    for (let i = 0; i < (list?.length ?? 0); i++) {
      const corroboration = (list as readonly Corroboration[])[i] as Corroboration;
      const properties: Property[] = [{ term: "title", value: corroboration.title }];
      if (has(corroboration.url)) properties.push({ term: "url", value: corroboration.url });
      if (has(corroboration.date)) properties.push({ term: "date", value: corroboration.date });
      if (has(corroboration.note)) properties.push({ term: "note", value: corroboration.note });
      yield {
        iri: iris.corroboration(recordId, i),
        graph,
        types: ["Corroboration"],
        properties,
      };
    }
  }

  // The dataset's own graph first (its header, actors and topics), then each source's.
  for (let i = 0; i < dataset.actors.length; i++) {
    const actor = dataset.actors[i] as Actor;
    const properties: Property[] = [
      { term: "identifier", value: actor.id },
      { term: "index", value: i },
      { term: "name", value: actor.name },
    ];
    ordered(properties, "aliases", "aliasList", actor.aliases);
    ordered(
      properties,
      "represents",
      "representsList",
      actor.represents && ref("actor", actor.represents),
    );
    const same = wikidata(actor.wikidata);
    if (has(same)) properties.push({ term: "sameAs", value: same });
    yield {
      iri: iris.of("actor", actor.id),
      graph: datasetIri,
      types: ["Actor", "Agent", ACTOR_CLASSES[actor.kind]],
      properties,
    };
  }

  for (let i = 0; i < dataset.topics.length; i++) {
    const topic = dataset.topics[i] as Topic;
    const properties: Property[] = [
      { term: "identifier", value: topic.id },
      { term: "index", value: i },
      { term: "label", value: topic.label },
    ];
    if (has(topic.parent))
      properties.push({ term: "parent", value: iris.of("topic", topic.parent) });
    const same = wikidata(topic.wikidata);
    if (has(same)) properties.push({ term: "sameAs", value: same });
    yield {
      iri: iris.of("topic", topic.id),
      graph: datasetIri,
      types: ["Topic", "Concept"],
      properties,
    };
  }

  for (let i = 0; i < dataset.sources.length; i++) {
    const source = dataset.sources[i] as Source;
    const properties: Property[] = [
      { term: "identifier", value: source.id },
      { term: "index", value: i },
      { term: "title", value: source.title },
      { term: "language", value: source.language },
      // Language tags compare without case, and n3 writes them in lower case: so does JSON-LD
      // here. The tag as written (`en-GB`) is kept in dcterms:language.
      { term: "text", value: { value: source.text, language: source.language.toLowerCase() } },
    ];
    if (has(source.publishedAt))
      properties.push({ term: "publishedAt", value: source.publishedAt });
    if (has(source.publisher)) properties.push({ term: "publisher", value: source.publisher });
    if (has(source.url)) properties.push({ term: "url", value: source.url });
    ordered(
      properties,
      "issuedBy",
      "issuedByList",
      source.issuedBy && ref("actor", source.issuedBy),
    );
    if (has(source.translationOf)) {
      const original = iris.of("source", source.translationOf);
      properties.push({ term: "translationOf", value: original });
      // PROV's own word for it too: a translation is derived from its original.
      properties.push({ term: "derivedFrom", value: [original] });
    }
    const iri = iris.of("source", source.id);
    yield { iri, graph: iri, types: ["Source", "Entity"], properties };
  }

  for (let i = 0; i < dataset.events.length; i++) {
    const event = dataset.events[i] as Event;
    const iri = iris.of("event", event.id);
    const graph = sourceGraph(event.evidence);
    const properties: Property[] = [
      { term: "identifier", value: event.id },
      { term: "index", value: i },
      { term: "name", value: event.name },
      { term: "date", value: event.date },
    ];
    const place = has(event.place) ? iris.of("place", event.id) : undefined;
    if (has(place)) properties.push({ term: "place", value: place });
    ordered(properties, "participants", "participantList", ref("actor", event.participants));
    // `topics` is required on events but may be empty: no triple at all then means [].
    if (event.topics.length > 0)
      ordered(properties, "topics", "topicList", ref("topic", event.topics));
    if (has(event.follows))
      properties.push({ term: "follows", value: iris.of("event", event.follows) });
    properties.push({ term: "derivedFrom", value: ref("source", sourcesOf(event.evidence)) });
    yield { iri, graph, types: ["Event", EVENT_CLASSES[event.kind]], properties };
    if (has(place) && has(event.place)) {
      const placeProperties: Property[] = [{ term: "name", value: event.place.name }];
      const same = wikidata(event.place.wikidata);
      if (has(same)) placeProperties.push({ term: "sameAs", value: same });
      yield { iri: place, graph, types: ["Place"], properties: placeProperties };
    }
    yield* evidenceOf(iri, event.id, event.evidence);
  }

  function* statement(
    kind: "commitment" | "claim",
    record: Commitment | Claim,
    index: number,
    kindClass: ClassName,
  ): Generator<RdfNode> {
    const iri = iris.of(kind, record.id);
    const graph = sourceGraph(record.evidence);
    const properties: Property[] = [
      { term: "identifier", value: record.id },
      { term: "index", value: index },
      { term: "summary", value: record.summary },
    ];
    ordered(properties, "parties", "partyList", ref("actor", record.parties));
    ordered(
      properties,
      "recipients",
      "recipientList",
      record.recipients && ref("actor", record.recipients),
    );
    ordered(properties, "topics", "topicList", ref("topic", record.topics));
    ordered(properties, "statedBy", "statedByList", ref("actor", record.statedBy));
    if (has(record.event))
      properties.push({ term: "event", value: iris.of("event", record.event) });
    if (has(record.statedAt))
      properties.push({ term: "statedAt", value: iris.of("event", record.statedAt) });
    ordered(
      properties,
      "corroboratedBy",
      "corroborationList",
      record.corroboratedBy?.map((_, i) => iris.corroboration(record.id, i)),
    );
    properties.push({ term: "derivedFrom", value: ref("source", sourcesOf(record.evidence)) });
    if (gradeOf !== undefined)
      properties.push({ term: "grade", value: GRADES[gradeOf(record.id)] });
    yield {
      iri,
      graph,
      types: [kind === "commitment" ? "Commitment" : "Claim", kindClass, "Entity"],
      properties,
    };
    yield* corroborations(record.id, graph, record.corroboratedBy);
    yield* evidenceOf(iri, record.id, record.evidence);
  }

  for (let i = 0; i < dataset.commitments.length; i++) {
    const commitment = dataset.commitments[i] as Commitment;
    yield* statement("commitment", commitment, i, COMMITMENT_CLASSES[commitment.kind]);
  }
  const claims = dataset.claims ?? [];
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i] as Claim;
    yield* statement("claim", claim, i, CLAIM_CLASSES[claim.kind]);
  }

  // An account is attributed to its speakers and derived from its sources (PROV-O), and says how
  // it frames the matter (`acc:framedAs`, a kind class), never `a acc:Agreement` itself: asking
  // for agreements must not find accounts.
  const commitmentIds = new Set(dataset.commitments.map((c) => c.id));
  const accounts = dataset.accounts ?? [];
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i] as Account;
    const iri = iris.of("account", account.id);
    const properties: Property[] = [
      { term: "identifier", value: account.id },
      { term: "index", value: i },
      {
        term: "of",
        value: iris.of(commitmentIds.has(account.of) ? "commitment" : "claim", account.of),
      },
      { term: "framedAs", value: CLASSES[KIND_CLASSES[account.kind]] },
      { term: "summary", value: account.summary },
    ];
    ordered(properties, "statedBy", "statedByList", ref("actor", account.statedBy));
    if (has(account.statedAt))
      properties.push({ term: "statedAt", value: iris.of("event", account.statedAt) });
    properties.push({ term: "derivedFrom", value: ref("source", sourcesOf(account.evidence)) });
    yield { iri, graph: sourceGraph(account.evidence), types: ["Account", "Entity"], properties };
    yield* evidenceOf(iri, account.id, account.evidence);
  }
}

/** The kind class of every commitment and claim kind (an account may frame a matter as any). */
const KIND_CLASSES: Readonly<Record<Account["kind"], ClassName>> = {
  ...COMMITMENT_CLASSES,
  ...CLAIM_CLASSES,
};
