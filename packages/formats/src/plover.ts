import {
  type AccordGraph,
  accountsOf,
  gradeOf,
  InvalidArgumentsError,
  NotFoundError,
  type Statement,
} from "@accordkg/core";
import type {
  ActorKind,
  Corroboration,
  EvidenceGrade,
  Source,
  StatementKind,
} from "@accordkg/data";
import { CodePointOffsets } from "./internal/codePoints";
import { deepFreeze } from "./internal/deepFreeze";
import { assertGraph, isRecordNode, recordIn } from "./internal/graphRecords";
import { ChunkedSink } from "./internal/sink";
import {
  PLOVER_CATEGORIES,
  PLOVER_CONTEXTS,
  PLOVER_VERSION,
  type PloverCategory,
  type PloverContext,
  ploverCategoryOf,
} from "./ploverVocabulary";
import type { TextWritable } from "./writable";

/**
 * A PLOVER entity object (the manual's "Information object for entities"): an actor or a
 * recipient. `identifier_id` is the actor's Wikidata QID where the dataset has one;
 * `identifier_text` its English name in the dataset. The dataset has no ISO country codes or
 * sectors, so `code` and `sector` are never set. `accordkg` is this library's extension.
 */
export interface PloverEntity {
  readonly identifier_id?: string;
  readonly identifier_text?: string;
  readonly accordkg: {
    /** The actor's id in the dataset. */
    readonly id: string;
    readonly kind?: ActorKind;
    readonly name_ar?: string;
    /** The states or organizations a person or group acts for (ids). */
    readonly represents?: readonly string[];
  };
}

/**
 * Where the record's first evidence span is in its source (the manual's "Information object for
 * text"): `start` inclusive and `end` exclusive, counted in Unicode code points, as Python and
 * most tools count characters (the dataset's own UTF-16 offsets are in `accordkg.evidence`).
 */
export interface PloverTextInfo {
  readonly start: number;
  readonly end: number;
}

/** The source of the record's first evidence span (the manual's "Information object for citations"). */
export interface PloverCiteInfo {
  /** The `corpus` option, when given. */
  readonly corpus?: string;
  /** The source's id in the dataset. */
  readonly citation: string;
  readonly title?: string;
  readonly url?: string;
  /** The ISO 639-1 code of the text's language (left out when the language tag has none). */
  readonly language?: string;
  /** The publisher. */
  readonly publication?: string;
  /** How the record was coded: the kinds of accordkg, mapped to PLOVER categories. */
  readonly codebook: string;
}

/** The place of the record's event (the manual's location object, with only what the dataset has). */
export interface PloverLocation {
  /** The place's English name. */
  readonly resolved_place: string;
  readonly accordkg: { readonly wikidata?: string; readonly name_ar?: string };
}

/** A topic of the record, in the `accordkg` extension. */
export interface PloverTopic {
  readonly id: string;
  readonly label: string;
  readonly label_ar?: string;
  readonly wikidata?: string;
}

/** An evidence span as the dataset has it: UTF-16 offsets into the source's text. */
export interface PloverEvidence {
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/**
 * One account of the record (see `accountsOf` in `@accordkg/core`): the record's own first
 * (`primary`), then the dataset's other accounts of it.
 */
export interface PloverAccount {
  /** The account's id; for the record's own account, the record's id. */
  readonly id: string;
  readonly primary: boolean;
  /** How this account frames the matter (agreement, discussion…). */
  readonly kind: StatementKind;
  /** True when `kind` is the record's own kind: only such accounts count for the grade. */
  readonly attests: boolean;
  /** The PLOVER category of the account's kind (with the record's parties and recipients). */
  readonly event: readonly PloverCategory[];
  /** Who gives this account. */
  readonly stated_by: readonly PloverEntity[];
  /** The id of the event at which they said so. */
  readonly stated_at?: string;
  /** The record's parties this account speaks for (ids). */
  readonly speaks_for: readonly string[];
  /** True when all the record's parties issued this account together. */
  readonly joint: boolean;
  readonly summary: { readonly en: string; readonly ar?: string };
  /** Its evidence spans: UTF-16 offsets into each source's text. */
  readonly evidence: readonly PloverEvidence[];
}

/** What accordkg knows about the record beyond PLOVER's fields. */
export interface PloverExtension {
  readonly record: "commitment" | "claim";
  /** The record's kind: agreement, pledge, proposal, warning, demand; discussion, position… */
  readonly kind: Statement["kind"];
  /** Who says so: the speakers whose account this is. */
  readonly stated_by: readonly PloverEntity[];
  readonly topics: readonly PloverTopic[];
  /** The id of the event at which it was made. */
  readonly event?: string;
  /** The id of the event at which the speaker said so. */
  readonly stated_at?: string;
  /** Where `date` comes from: the record's event, the event it was stated at, or its source's publication date. */
  readonly date_basis?: "event" | "stated_at" | "source_published";
  readonly summary: { readonly en: string; readonly ar?: string };
  /** Every evidence span, in the record's order (`event_text` has their quotes). */
  readonly evidence: readonly PloverEvidence[];
  /** Editors' notes that other documents corroborate the record (not part of the source). */
  readonly corroborated_by?: readonly Corroboration[];
  /** The evidence grade, from the accounts: joint, concordant, one-sided or reported. */
  readonly grade: EvidenceGrade;
  /** Every account of the record, its own first. */
  readonly accounts: readonly PloverAccount[];
}

/**
 * One PLOVER event record, with the field names of the PLOVER manual's JSON table (draft 0.7b1)
 * and, under `accordkg`, what the library knows beyond them.
 */
export interface PloverRecord {
  /** The record's id in the dataset (unique within it). */
  readonly id: string;
  /** False for claims PLOVER does not code as events (positions, assessments, objectives). */
  readonly has_event: boolean;
  /** YYYY-MM-DD; `null` when neither the record's events nor its source give a date. */
  readonly date: string | null;
  /** The parties: who is bound, or whose position or action it is. */
  readonly actor: readonly PloverEntity[];
  /** Who it is addressed to or meant for, without being bound. */
  readonly recipient?: readonly PloverEntity[];
  /** The event category, from the record's kind; `[]` when `has_event` is false. */
  readonly event: readonly PloverCategory[];
  readonly event_loc?: PloverLocation;
  /** The exact quotes of the record's evidence spans. */
  readonly event_text: readonly string[];
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad_code?: 1 | 2 | 3 | 4;
  /** The manual's conflict–cooperation score of the category. */
  readonly event_scale?: number;
  /** Always `null`: the dataset codes no PLOVER modes. */
  readonly mode: null;
  /** The contexts the `contexts` option gives the record's topics, or `null`. */
  readonly context: readonly PloverContext[] | null;
  /** The id of the event at which it was made: records of one meeting share it. */
  readonly link?: string;
  readonly text_info: PloverTextInfo;
  readonly cite_info: PloverCiteInfo;
  readonly accordkg: PloverExtension;
}

/** Options of {@link ploverRecords}, {@link toPlover} and {@link writePlover}. */
export interface PloverOptions {
  /**
   * The PLOVER contexts of topics, by topic id: a record gets the contexts of its topics and of
   * every topic above them. Without it, `context` is `null` (the dataset codes no contexts).
   */
  readonly contexts?: Readonly<Record<string, readonly PloverContext[]>>;
  /** A name for the collection the records come from, written as `cite_info.corpus`. */
  readonly corpus?: string;
}

const CODEBOOK = `accordkg-kinds+plover-${PLOVER_VERSION}`;
const CONTEXT_ORDER: ReadonlyMap<string, number> = new Map(PLOVER_CONTEXTS.map((c, i) => [c, i]));

/** The PLOVER contexts of each topic (its own and its ancestors'), from the `contexts` option. */
function contextResolver(
  graph: AccordGraph,
  contexts: PloverOptions["contexts"],
  functionName: string,
): (topics: readonly string[]) => PloverContext[] | null {
  if (contexts === undefined) return () => null;
  for (const [topic, list] of Object.entries(contexts)) {
    if (recordIn(graph, "topic", topic) === undefined)
      throw new NotFoundError(functionName, topic, "topic", []);
    for (const context of list)
      if (!CONTEXT_ORDER.has(context))
        throw new InvalidArgumentsError(
          functionName,
          `"${context}" (the context of topic "${topic}") is not a PLOVER context. The contexts are: ${PLOVER_CONTEXTS.join(", ")}.`,
        );
  }
  const memo = new Map<string, ReadonlySet<PloverContext>>();
  const ofTopic = (id: string, seen: Set<string>): ReadonlySet<PloverContext> => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const own = new Set<PloverContext>(Object.hasOwn(contexts, id) ? contexts[id] : []);
    const parent = recordIn(graph, "topic", id)?.parent;
    if (parent !== undefined && !seen.has(parent)) {
      seen.add(parent);
      for (const context of ofTopic(parent, seen)) own.add(context);
    }
    memo.set(id, own);
    return own;
  };
  return (topics) => {
    const all = new Set<PloverContext>();
    for (const topic of topics)
      for (const context of ofTopic(topic, new Set([topic]))) all.add(context);
    if (all.size === 0) return null;
    return [...all].sort(
      (a, b) => (CONTEXT_ORDER.get(a) as number) - (CONTEXT_ORDER.get(b) as number),
    );
  };
}

/** The ISO 639-1 code of a BCP 47 tag (its primary subtag, when that has two letters). */
function iso6391(tag: string): string | undefined {
  const primary = tag.split("-")[0]?.toLowerCase() ?? "";
  return /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

/** Reads one graph's records into PLOVER records, sharing the objects that repeat (frozen). */
class PloverReader {
  readonly #graph: AccordGraph;
  readonly #contextsOf: (topics: readonly string[]) => PloverContext[] | null;
  readonly #corpus: string | undefined;
  readonly #entities = new Map<string, PloverEntity>();
  readonly #topics = new Map<string, PloverTopic>();
  readonly #sources = new Map<string, { cite: PloverCiteInfo; offsets: CodePointOffsets } | null>();

  constructor(graph: AccordGraph, options: PloverOptions, functionName: string) {
    this.#graph = graph;
    this.#contextsOf = contextResolver(graph, options.contexts, functionName);
    this.#corpus = options.corpus;
  }

  #entity(id: string): PloverEntity {
    let entity = this.#entities.get(id);
    if (entity === undefined) {
      const actor = recordIn(this.#graph, "actor", id);
      entity = deepFreeze(
        actor === undefined
          ? { accordkg: { id } }
          : {
              ...(actor.wikidata === undefined ? {} : { identifier_id: actor.wikidata }),
              identifier_text: actor.name.en,
              accordkg: {
                id,
                kind: actor.kind,
                ...(actor.name.ar === undefined ? {} : { name_ar: actor.name.ar }),
                ...(actor.represents === undefined ? {} : { represents: [...actor.represents] }),
              },
            },
      );
      this.#entities.set(id, entity);
    }
    return entity;
  }

  #topic(id: string): PloverTopic {
    let topic = this.#topics.get(id);
    if (topic === undefined) {
      const record = recordIn(this.#graph, "topic", id);
      topic = deepFreeze({
        id,
        label: record?.label.en ?? id,
        ...(record?.label.ar === undefined ? {} : { label_ar: record.label.ar }),
        ...(record?.wikidata === undefined ? {} : { wikidata: record.wikidata }),
      });
      this.#topics.set(id, topic);
    }
    return topic;
  }

  #source(id: string) {
    let source = this.#sources.get(id);
    if (source === undefined) {
      const record: Source | undefined = recordIn(this.#graph, "source", id);
      const language = record === undefined ? undefined : iso6391(record.language);
      source =
        record === undefined
          ? null
          : {
              cite: deepFreeze({
                ...(this.#corpus === undefined ? {} : { corpus: this.#corpus }),
                citation: id,
                title: record.title,
                ...(record.url === undefined ? {} : { url: record.url }),
                ...(language === undefined ? {} : { language }),
                ...(record.publisher === undefined ? {} : { publication: record.publisher }),
                codebook: CODEBOOK,
              }),
              offsets: new CodePointOffsets(record.text),
            };
      this.#sources.set(id, source);
    }
    return source;
  }

  #date(statement: Statement): Pick<PloverRecord, "date"> & Pick<PloverExtension, "date_basis"> {
    const event =
      statement.event === undefined ? undefined : recordIn(this.#graph, "event", statement.event);
    if (event !== undefined) return { date: event.date, date_basis: "event" };
    const statedAt =
      statement.statedAt === undefined
        ? undefined
        : recordIn(this.#graph, "event", statement.statedAt);
    if (statedAt !== undefined) return { date: statedAt.date, date_basis: "stated_at" };
    const first = statement.evidence[0];
    const published =
      first === undefined ? undefined : recordIn(this.#graph, "source", first.source)?.publishedAt;
    if (published !== undefined) return { date: published, date_basis: "source_published" };
    return { date: null };
  }

  record(kind: "commitment" | "claim", statement: Statement): PloverRecord {
    const category = ploverCategoryOf(statement);
    const { date, date_basis } = this.#date(statement);
    const first = statement.evidence[0] as Statement["evidence"][number];
    const source = this.#source(first.source);
    const event =
      statement.event === undefined ? undefined : recordIn(this.#graph, "event", statement.event);
    const place = event?.place;
    return {
      id: statement.id,
      has_event: category !== undefined,
      date,
      actor: statement.parties.map((id) => this.#entity(id)),
      ...(statement.recipients === undefined || statement.recipients.length === 0
        ? {}
        : { recipient: statement.recipients.map((id) => this.#entity(id)) }),
      event: category === undefined ? [] : [category],
      ...(place === undefined
        ? {}
        : {
            event_loc: {
              resolved_place: place.name.en,
              accordkg: {
                ...(place.wikidata === undefined ? {} : { wikidata: place.wikidata }),
                ...(place.name.ar === undefined ? {} : { name_ar: place.name.ar }),
              },
            },
          }),
      event_text: statement.evidence.map((span) => span.quote),
      ...(category === undefined
        ? {}
        : {
            quad_code: PLOVER_CATEGORIES[category].quad,
            event_scale: PLOVER_CATEGORIES[category].score,
          }),
      mode: null,
      context: this.#contextsOf(statement.topics),
      ...(statement.event === undefined ? {} : { link: statement.event }),
      text_info:
        source === null
          ? { start: first.start, end: first.end }
          : { start: source.offsets.of(first.start), end: source.offsets.of(first.end) },
      cite_info: source?.cite ?? { citation: first.source, codebook: CODEBOOK },
      accordkg: {
        record: kind,
        kind: statement.kind,
        stated_by: statement.statedBy.map((id) => this.#entity(id)),
        topics: statement.topics.map((id) => this.#topic(id)),
        ...(statement.event === undefined ? {} : { event: statement.event }),
        ...(statement.statedAt === undefined ? {} : { stated_at: statement.statedAt }),
        ...(date_basis === undefined ? {} : { date_basis }),
        summary: {
          en: statement.summary.en,
          ...(statement.summary.ar === undefined ? {} : { ar: statement.summary.ar }),
        },
        evidence: statement.evidence.map((span) => ({
          source: span.source,
          start: span.start,
          end: span.end,
          quote: span.quote,
        })),
        ...(statement.corroboratedBy === undefined
          ? {}
          : { corroborated_by: statement.corroboratedBy }),
        grade: gradeOf(this.#graph, statement.id),
        accounts: accountsOf(this.#graph, statement.id).map((account) => {
          const accountCategory = ploverCategoryOf({
            kind: account.kind,
            parties: statement.parties,
            recipients: statement.recipients,
          });
          return {
            id: account.id,
            primary: account.primary,
            kind: account.kind,
            attests: account.attests,
            event: accountCategory === undefined ? [] : [accountCategory],
            stated_by: account.statedBy.map((id) => this.#entity(id)),
            ...(account.statedAt === undefined ? {} : { stated_at: account.statedAt }),
            speaks_for: [...account.speaksFor],
            joint: account.joint,
            summary: {
              en: account.summary.en,
              ...(account.summary.ar === undefined ? {} : { ar: account.summary.ar }),
            },
            evidence: account.evidence.map((span) => ({
              source: span.source,
              start: span.start,
              end: span.end,
              quote: span.quote,
            })),
          };
        }),
      },
    };
  }
}

/**
 * One PLOVER event record per commitment and claim of the graph, in the graph's order (the order
 * of the sources' text), read one at a time: a generator for graphs too large to hold their
 * records twice. The arguments are checked at the call; the records are read as they are asked
 * for. Records share their entity, topic and citation objects, which are frozen.
 *
 * @throws NotFoundError (from `@accordkg/core`) when `contexts` names a topic the graph lacks.
 * @throws InvalidArgumentsError (from `@accordkg/core`) for a context that is not PLOVER's, or
 *   when `graph` is not a graph.
 * @example
 *   const [first] = ploverRecords(buildGraph(geneva2021));
 *   first?.id; // => "areas-of-common-interest"
 */
export function ploverRecords(
  graph: AccordGraph,
  options: PloverOptions = {},
): Generator<PloverRecord, void, undefined> {
  return recordsOf(graph, options, "ploverRecords");
}

/** Checks the arguments at once (not on the first record), then reads the records lazily. */
function recordsOf(
  graph: AccordGraph,
  options: PloverOptions,
  functionName: string,
): Generator<PloverRecord, void, undefined> {
  assertGraph(graph, functionName);
  const reader = new PloverReader(graph, options, functionName);
  return (function* () {
    for (const { node, attributes } of graph.nodeEntries()) {
      if (attributes.kind !== "commitment" && attributes.kind !== "claim") continue;
      if (!isRecordNode(node, attributes, functionName)) continue;
      yield reader.record(attributes.kind, attributes.record);
    }
  })();
}

// JSON leaves these unescaped, but some line readers (Python's str.splitlines, for one) break
// lines at them: escaped, every record is one line for every reader.
const LINE_BREAKING = /[\u0085\u2028\u2029]/g;
const escapeLineBreaks = (json: string) =>
  json.replace(LINE_BREAKING, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** One record as a line of JSON Lines (with its newline). */
function line(record: PloverRecord): string {
  return `${escapeLineBreaks(JSON.stringify(record))}\n`;
}

/**
 * The graph's commitments and claims as PLOVER event records in JSON Lines: one JSON object per
 * line, each ending with a newline, in the graph's order. See {@link PloverRecord} for the fields
 * and the package README for what each holds and what PLOVER asks for that the dataset lacks.
 *
 * @throws the errors of {@link ploverRecords}.
 * @example
 *   const lines = toPlover(buildGraph(geneva2021)).split("\n");
 *   JSON.parse(lines[0] ?? "").event; // => []  (a position: not a PLOVER event)
 */
export function toPlover(graph: AccordGraph, options: PloverOptions = {}): string {
  const lines: string[] = [];
  for (const record of recordsOf(graph, options, "toPlover")) lines.push(line(record));
  return lines.join("");
}

/**
 * Streams what {@link toPlover} returns into `writable`, in chunks, waiting for the stream to
 * drain: memory stays flat in the number of records. Resolves once every record is handed to the
 * stream; does not end it.
 *
 * @throws the errors of {@link ploverRecords} (before anything is written).
 * @example
 *   const file = createWriteStream("geneva.plover.jsonl");
 *   await writePlover(buildGraph(geneva2021), file);
 *   file.end();
 */
export async function writePlover(
  graph: AccordGraph,
  writable: TextWritable,
  options: PloverOptions = {},
): Promise<void> {
  // Bad arguments throw here, before the stream is touched.
  const records = recordsOf(graph, options, "writePlover");
  const sink = new ChunkedSink(writable);
  try {
    for (const record of records) {
      sink.push(line(record));
      if (sink.full) await sink.flush();
    }
    await sink.flush();
  } finally {
    sink.close();
  }
}
