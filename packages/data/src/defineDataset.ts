import { z } from "zod";
import type { Actor } from "./actor";
import type { Claim } from "./claim";
import type { Commitment } from "./commitment";
import { COLLECTIONS, type Collection, Dataset } from "./dataset";
import { DatasetError, type DatasetIssue, type IssuePath } from "./datasetError";
import type { Event } from "./event";
import type { Evidence } from "./evidence";
import { IdTable } from "./internal/idTable";
import { keysAt } from "./internal/schemaKeys";
import { didYouMean } from "./internal/suggest";
import { fromZodIssues } from "./internal/zodIssues";
import type { Source } from "./source";
import type { Topic } from "./topic";

/** The result of `safeDefineDataset`, shaped like zod's `safeParse` result. */
export type SafeDefineResult =
  | { readonly success: true; readonly data: Dataset }
  | { readonly success: false; readonly error: DatasetError };

type RecordKind = "source" | "actor" | "topic" | "event" | "commitment" | "claim";
const COLLECTION_KIND = {
  sources: "source",
  actors: "actor",
  topics: "topic",
  events: "event",
  commitments: "commitment",
  claims: "claim",
} as const satisfies Record<Collection, RecordKind>;
const KIND_COLLECTION = {
  source: "sources",
  actor: "actors",
  topic: "topics",
  event: "events",
  commitment: "commitments",
  claim: "claims",
} as const satisfies Record<RecordKind, Collection>;

/** Record kinds in the order of their collections; a kind's code in the id table is its position. */
const KINDS = COLLECTIONS.map((collection) => COLLECTION_KIND[collection]);
/** The id table's code for JavaScript's built-in property names. */
const RESERVED = KINDS.length;

/** How many id comparisons "did you mean" suggestions may cost in one validation. */
const SUGGESTION_BUDGET = 100_000;

/** Names built into every JavaScript object; an id equal to one breaks code that indexes by id. */
const RESERVED_IDS = new Set(
  Object.getOwnPropertyNames(Object.prototype).map((n) => n.toLowerCase()),
);

// `z.compile` generates a parser for the schema (about twice as fast as zod's interpreter on valid
// input); on invalid input, or where code generation is not allowed (a strict CSP), zod falls back
// to the interpreter, so the issues are the same. Compiled on first use, not at import. Under
// `z.config({ jitless: true })`, zod's switch for pages whose CSP forbids eval, nothing is
// compiled: even a refused `new Function` is reported to the page as a CSP violation.
let compiled: typeof Dataset | undefined;
function compiledDataset(): typeof Dataset {
  if (z.config().jitless) return Dataset;
  compiled ??= z.compile(Dataset);
  return compiled;
}

// Datasets this module produced, so consumers can skip validating them twice.
const defined = new WeakSet<object>();

/** True if `value` was returned by `defineDataset` (or `mergeDatasets`) and so is valid and frozen. */
export function isDefinedDataset(value: unknown): value is Dataset {
  return typeof value === "object" && value !== null && defined.has(value);
}

/**
 * Validates `input` as a dataset and returns it deeply frozen, or returns every problem found.
 * Never throws for bad input.
 */
export function safeDefineDataset(input: unknown): SafeDefineResult {
  const parsed = compiledDataset().safeParse(input);
  const issues: DatasetIssue[] = [];
  let data: Dataset;
  // Records whose own shape is broken are left out of the cross-record rules (their problems are
  // already reported), but their ids still count as known so a reference to them is not "unknown".
  // A broken collection (`"actors": "…"`, or none at all) is recorded by its name alone: references
  // to its kind cannot be checked, and reporting each one as unknown would bury the real problem.
  const broken = new Set<string>();
  if (parsed.success) {
    data = parsed.data;
  } else {
    issues.push(...fromZodIssues(parsed.error.issues, input, (path) => keysAt(Dataset, path)));
    for (const issue of parsed.error.issues) {
      const [collection, index] = issue.path;
      if (typeof collection === "string" && typeof index === "number")
        broken.add(`${collection}/${index}`);
      else if (typeof collection === "string" && issue.path.length === 1) broken.add(collection);
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return { success: false, error: new DatasetError(issues) };
    }
    data = input as Dataset;
  }
  issues.push(...crossRecordIssues(data, broken));
  if (issues.length > 0) {
    return { success: false, error: new DatasetError(issues, datasetLabel(input)) };
  }
  // Already deeply frozen: every object and array schema in the model is `.readonly()`, so zod
  // freezes each one as it builds it (test/data/immutability.test.ts walks the schemas to keep it
  // so). Walking 100,000 records again to freeze them twice cost a tenth of the time.
  defined.add(data);
  return { success: true, data };
}

/**
 * Validates `input` as a dataset: its shape, then the rules that span records. Returns the dataset
 * deeply frozen, or throws a `DatasetError` listing every problem with its path and a suggestion.
 *
 * @example
 *   const mine = defineDataset(JSON.parse(fs.readFileSync("my-dataset.json", "utf8")));
 */
export function defineDataset(input: unknown): Dataset {
  const result = safeDefineDataset(input);
  if (!result.success) throw result.error;
  return result.data;
}

/** Parses JSON text and validates it; a syntax error is a `DatasetError` with code `invalid_json`. */
export function safeDefineDatasetFromJson(json: string): SafeDefineResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      error: new DatasetError([
        { path: [], code: "invalid_json", message: `Not valid JSON: ${message}` },
      ]),
    };
  }
  return safeDefineDataset(value);
}

/** `defineDataset` for JSON text. Throws a `DatasetError` (code `invalid_json` for bad syntax). */
export function defineDatasetFromJson(json: string): Dataset {
  const result = safeDefineDatasetFromJson(json);
  if (!result.success) throw result.error;
  return result.data;
}

function datasetLabel(input: unknown): string {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.length <= 128 ? `Dataset "${id}"` : "Dataset";
}

type Key = string | number;

/** `[collection, index, a, b, c]` without the undefined tail; built only for an issue. */
function pathOf(collection: string, index: number, a: Key, b?: Key, c?: Key): IssuePath {
  if (b === undefined) return [collection, index, a];
  return c === undefined ? [collection, index, a, b] : [collection, index, a, b, c];
}

function list<T>(data: Dataset, collection: Collection): readonly T[] {
  const value = (data as unknown as Record<string, unknown>)[collection];
  return Array.isArray(value) ? (value as T[]) : [];
}

/** True if `ids` holds at least two different ids. */
function hasTwoDistinct(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (ids[i] !== ids[0]) return true;
  return false;
}

const where = (kind: RecordKind, index: number) => `${KIND_COLLECTION[kind]}[${index}]`;
const isBrokenIn = (broken: ReadonlySet<string>, collection: string, index: number) =>
  broken.size > 0 && broken.has(`${collection}/${index}`);

/**
 * Rule 1: ids are unique across every kind of record. Returns the table of every id, with its kind
 * (a position in KINDS) and the index of its record. Collections are added in order, so of two
 * records with one id the later is reported. (Its own function: the optimizing compiler takes a
 * small loop sooner than one inside the whole of the cross-record rules.)
 */
function idTableOf(data: Dataset, broken: ReadonlySet<string>, issues: DatasetIssue[]): IdTable {
  let capacity = RESERVED_IDS.size;
  for (const collection of COLLECTIONS) capacity += list(data, collection).length;
  const table = new IdTable(capacity);
  // Built-in property names go in first, under a kind of their own: a record that takes one is
  // reported and then takes the entry over, so the check costs no lookup of its own.
  for (const name of RESERVED_IDS) table.add(name, RESERVED, -1);
  for (let code = 0; code < COLLECTIONS.length; code++) {
    const collection = COLLECTIONS[code] as Collection;
    const kind = KINDS[code] as RecordKind;
    const records = list<{ id?: unknown } | null>(data, collection);
    for (let index = 0; index < records.length; index++) {
      const id = records[index]?.id;
      if (typeof id !== "string") continue;
      const first = table.add(id, code, index);
      if (first === -1) continue;
      const firstCode = table.kinds[first] as number;
      if (firstCode === RESERVED) {
        table.kinds[first] = code;
        table.indexes[first] = index;
        if (!isBrokenIn(broken, collection, index))
          issues.push({
            path: [collection, index, "id"],
            code: "reserved_id",
            message: `Id "${id}" is a built-in JavaScript property name`,
            suggestion: `Choose another id, e.g. "${kind}-${id}".`,
          });
        continue;
      }
      const firstKind = KINDS[firstCode] as RecordKind;
      issues.push({
        path: [collection, index, "id"],
        code: "duplicate_id",
        message: `Id "${id}" is already used by ${firstKind} at ${where(firstKind, table.indexes[first] as number)}`,
        suggestion:
          "Ids are unique across sources, actors, topics, events, commitments and claims; rename one.",
      });
    }
  }

  return table;
}

// The rules that span records. This runs once per record of every dataset, so the success path
// allocates nothing per reference: issue paths are built only when an issue is reported, and each
// known id maps to one entry of a table of numbers rather than to an object.
function crossRecordIssues(data: Dataset, broken: ReadonlySet<string>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const table = idTableOf(data, broken, issues);
  /** The kind and index of the record with `id`, of whatever kind (a slow path). */
  const find = (id: string): { kind: RecordKind; index: number } | undefined => {
    const entry = table.get(id);
    if (entry === -1 || table.kinds[entry] === RESERVED) return undefined;
    return {
      kind: KINDS[table.kinds[entry] as number] as RecordKind,
      index: table.indexes[entry] as number,
    };
  };
  const isBroken = (collection: string, index: number) => isBrokenIn(broken, collection, index);

  // A renamed actor referenced by thousands of records gets its suggestion computed once, and a
  // file of thousands of different typos stops getting suggestions once SUGGESTION_BUDGET id
  // comparisons are spent: each search compares against every id of the kind, so without a
  // bound the report would take quadratic time. Every issue is still reported.
  const suggestions = new Map<string, { suggestion?: string }>();
  let comparisons = 0;
  const candidatesOf = new Map<RecordKind, readonly string[]>();
  const suggestionFor = (id: string, kind: RecordKind) => {
    const key = `${kind}\u0000${id}`;
    let found = suggestions.get(key);
    if (found === undefined) {
      let candidates = candidatesOf.get(kind);
      if (candidates === undefined) {
        const code = KINDS.indexOf(kind);
        candidates = table.ids.filter((_, entry) => table.kinds[entry] === code);
        candidatesOf.set(kind, candidates);
      }
      comparisons += candidates.length;
      found = comparisons <= SUGGESTION_BUDGET ? suggestion(id, candidates) : {};
      suggestions.set(key, found);
    }
    return found;
  };

  /**
   * Checks that `id`, found at `[collection, index, a, b, c]`, names a record of `expected` kind;
   * returns the index of that record, or -1.
   */
  const reference = (
    id: string,
    expected: RecordKind,
    collection: string,
    index: number,
    a: Key,
    b?: Key,
    c?: Key,
  ): number => {
    const entry = table.get(id);
    // KINDS[RESERVED] is undefined, so a built-in name no record took is not found.
    if (entry !== -1 && KINDS[table.kinds[entry] as number] === expected)
      return table.indexes[entry] as number;
    const found = find(id);
    if (found === undefined && broken.has(KIND_COLLECTION[expected])) return -1;
    const path = pathOf(collection, index, a, b, c);
    if (found !== undefined) {
      issues.push({
        path,
        code: "wrong_reference_kind",
        message: `"${id}" is a ${found.kind} (at ${where(found.kind, found.index)}), but a ${expected} is expected here`,
        ...suggestionFor(id, expected),
      });
    } else {
      issues.push({
        path,
        code: `unknown_${expected}` as "unknown_actor",
        message: `Unknown ${expected} "${id}"`,
        ...suggestionFor(id, expected),
      });
    }
    return -1;
  };
  const references = (
    ids: readonly string[] | undefined,
    expected: RecordKind,
    collection: string,
    index: number,
    field: string,
  ) => {
    if (!ids) return;
    // Lists are short (a few parties or topics), where indexOf beats building a Set.
    const seen = ids.length > 16 ? new Set<string>() : undefined;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      let repeated: boolean;
      if (seen) {
        repeated = seen.has(id);
        seen.add(id);
      } else repeated = ids.indexOf(id) < i;
      if (repeated)
        issues.push({
          path: [collection, index, field, i],
          code: "duplicate_reference",
          message: `"${id}" is listed twice`,
        });
      else reference(id, expected, collection, index, field, i);
    }
  };

  // 2. Sources: there must be text to point into.
  // Source index → text; no text for a malformed source (already reported).
  const sources = list<Source>(data, "sources");
  const texts: (string | undefined)[] = new Array(sources.length).fill(undefined);
  for (let index = 0; index < sources.length; index++) {
    if (isBroken("sources", index)) continue;
    const source = sources[index] as Source;
    texts[index] = source.text;
    if (!/\S/.test(source.text))
      issues.push({
        path: ["sources", index, "text"],
        code: "empty_source",
        message: `Source "${source.id}" has no text`,
      });
  }

  const evidence = (spans: readonly Evidence[], collection: string, index: number) => {
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i] as Evidence;
      const at = reference(span.source, "source", collection, index, "evidence", i, "source");
      if (at === -1) continue;
      const text = texts[at];
      if (text === undefined) continue; // the source itself is malformed and already reported
      if (isExactSpan(span, text)) continue;
      issues.push(...spanIssues([collection, index, "evidence", i], span, text));
    }
  };

  // 3. Actors: representation.
  const actors = list<Actor>(data, "actors");
  const actorKind = new Map<string, Actor["kind"]>();
  for (let index = 0; index < actors.length; index++) {
    if (!isBroken("actors", index))
      actorKind.set((actors[index] as Actor).id, (actors[index] as Actor).kind);
  }
  for (let index = 0; index < actors.length; index++) {
    if (isBroken("actors", index)) continue;
    const actor = actors[index] as Actor;
    if (!actor.represents) continue;
    if (actor.kind === "state" && actor.represents.length > 0) {
      issues.push({
        path: ["actors", index, "represents"],
        code: "state_cannot_represent",
        message: `State "${actor.id}" lists represents; states are represented, they do not represent`,
      });
      continue;
    }
    actor.represents.forEach((target, i) => {
      if (target === actor.id) {
        issues.push({
          path: ["actors", index, "represents", i],
          code: "self_representation",
          message: `"${actor.id}" lists itself in represents`,
          suggestion: "List the state or organization this actor acts for.",
        });
        return;
      }
      if (reference(target, "actor", "actors", index, "represents", i) === -1) return;
      const kind = actorKind.get(target);
      if (kind !== undefined && kind !== "state" && kind !== "organization")
        issues.push({
          path: ["actors", index, "represents", i],
          code: "invalid_represents_target",
          message: `"${actor.id}" represents "${target}", a ${kind}; only states and organizations can be represented`,
        });
    });
  }

  // 4. Topics: parents exist and form no cycle.
  const parentOf = new Map<string, string>();
  const topicIndex = new Map<string, number>();
  const topics = list<Topic>(data, "topics");
  for (let index = 0; index < topics.length; index++) {
    if (isBroken("topics", index)) continue;
    const topic = topics[index] as Topic;
    topicIndex.set(topic.id, index);
    if (
      topic.parent !== undefined &&
      reference(topic.parent, "topic", "topics", index, "parent") !== -1
    )
      parentOf.set(topic.id, topic.parent);
  }
  const inCycle = new Set<string>();
  const done = new Set<string>(); // topics whose chain of parents was already followed
  for (const start of parentOf.keys()) {
    if (inCycle.has(start) || done.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | undefined = start;
    while (
      current !== undefined &&
      !onChain.has(current) &&
      !inCycle.has(current) &&
      !done.has(current)
    ) {
      chain.push(current);
      onChain.add(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && onChain.has(current)) {
      const cycle = chain.slice(chain.indexOf(current));
      for (const id of cycle) inCycle.add(id);
      const first = [...cycle].sort()[0] as string;
      issues.push({
        path: ["topics", topicIndex.get(first) as number, "parent"],
        code: "topic_cycle",
        message: `Topic parents form a cycle: ${[...cycle, current].join(" → ")}`,
        suggestion: "Remove one parent link of the cycle.",
      });
    }
    for (const id of chain) if (!inCycle.has(id)) done.add(id);
  }

  // 5. Events.
  const events = list<Event>(data, "events");
  for (let index = 0; index < events.length; index++) {
    if (isBroken("events", index)) continue;
    const event = events[index] as Event;
    references(event.participants, "actor", "events", index, "participants");
    references(event.topics, "topic", "events", index, "topics");
    if (event.follows !== undefined) reference(event.follows, "event", "events", index, "follows");
    evidence(event.evidence, "events", index);
  }

  // 6. Commitments and claims.
  for (const collection of ["commitments", "claims"] as const) {
    const statements = list<Commitment | Claim>(data, collection);
    for (let index = 0; index < statements.length; index++) {
      if (isBroken(collection, index)) continue;
      const statement = statements[index] as Commitment | Claim;
      references(statement.parties, "actor", collection, index, "parties");
      references(statement.recipients, "actor", collection, index, "recipients");
      references(statement.topics, "topic", collection, index, "topics");
      references(statement.statedBy, "actor", collection, index, "statedBy");
      if (statement.event !== undefined)
        reference(statement.event, "event", collection, index, "event");
      if (statement.statedAt !== undefined)
        reference(statement.statedAt, "event", collection, index, "statedAt");
      evidence(statement.evidence, collection, index);
      if (statement.kind === "agreement" && !hasTwoDistinct(statement.parties)) {
        const distinct = new Set(statement.parties).size;
        issues.push({
          path: [collection, index, "parties"],
          code: "agreement_too_few_parties",
          message: `Agreement "${statement.id}" has ${distinct} distinct party; an agreement binds at least two`,
          suggestion:
            "Add the other party, or use a unilateral kind: pledge, proposal, warning or demand.",
        });
      }
    }
  }
  return issues;
}

function suggestion(id: string, candidates: readonly string[]): { suggestion?: string } {
  const hint = didYouMean(id, candidates);
  return hint ? { suggestion: hint } : {};
}

const COMBINING_MARK = /^\p{M}$/u;
// Invisible formatting characters that survive copy and paste differently across editors.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

function isHighSurrogate(code: number) {
  return code >= 0xd800 && code <= 0xdbff;
}

// Which UTF-16 code units are combining marks, as a table: every span's two ends are tested, and
// a regular expression per test cost a tenth of validation. Built on first use (64 KiB, a few
// milliseconds). Astral marks are not in it, as `COMBINING_MARK` never matched half a pair.
let markTable: Uint8Array | undefined;
function isCombiningMarkAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (!(code >= 0x300)) return false; // NaN past the end; no mark below U+0300
  if (markTable === undefined) {
    markTable = new Uint8Array(0x10000);
    for (let c = 0x300; c < 0x10000; c++)
      if (COMBINING_MARK.test(String.fromCharCode(c))) markTable[c] = 1;
  }
  return markTable[code] === 1;
}

/** The common case, checked without allocating: the span is non-empty, inside, and exact. */
function isExactSpan({ start, end, quote }: Evidence, text: string): boolean {
  return (
    end > start &&
    end <= text.length &&
    quote.length === end - start &&
    text.startsWith(quote, start) &&
    !isHighSurrogate(text.charCodeAt(start - 1)) &&
    !isHighSurrogate(text.charCodeAt(end - 1)) &&
    !isCombiningMarkAt(text, start) &&
    !isCombiningMarkAt(text, end)
  );
}

function spanIssues(path: IssuePath, span: Evidence, text: string): DatasetIssue[] {
  const { start, end, quote } = span;
  const where = `[${start}, ${end})`;
  if (end < start)
    return [
      {
        path: [...path, "end"],
        code: "span_reversed",
        message: `Span ${where} ends before it starts`,
        ...locate(quote, text),
      },
    ];
  if (end === start)
    return [
      {
        path: [...path, "end"],
        code: "span_empty",
        message: `Span ${where} is empty`,
        ...locate(quote, text),
      },
    ];
  if (end > text.length)
    return [
      {
        path: [...path, "end"],
        code: "span_out_of_bounds",
        message: `Span ${where} ends past the end of the source text (length ${text.length})`,
        ...locate(quote, text),
      },
    ];
  const slice = text.slice(start, end);
  if (slice !== quote) {
    if (slice.normalize("NFC") === quote.normalize("NFC"))
      return [
        {
          path: [...path, "quote"],
          code: "quote_normalization_mismatch",
          message: `Quote and source text at ${where} differ only in Unicode normalization (NFC versus NFD)`,
          suggestion: "Copy the quote from the source text itself.",
        },
      ];
    if (slice.replace(INVISIBLE, "") === quote.replace(INVISIBLE, ""))
      return [
        {
          path: [...path, "quote"],
          code: "quote_invisible_mismatch",
          message: `Quote and source text at ${where} differ only in invisible marks (bidi or zero-width characters)`,
          suggestion: `The source has ${JSON.stringify(slice)} here.`,
        },
      ];
    return [
      {
        path: [...path, "quote"],
        code: "quote_mismatch",
        message: `Quote does not match the source text at ${where}: the text there is ${JSON.stringify(clip(slice))}`,
        ...locate(quote, text),
      },
    ];
  }
  const issues: DatasetIssue[] = [];
  if (isHighSurrogate(text.charCodeAt(start - 1)) || isHighSurrogate(text.charCodeAt(end - 1)))
    issues.push({
      path: [...path, isHighSurrogate(text.charCodeAt(start - 1)) ? "start" : "end"],
      code: "span_splits_surrogate_pair",
      message: `Span ${where} cuts a character that takes two UTF-16 code units in half`,
      suggestion: "Move the offset by one so the whole character is inside or outside the span.",
    });
  else if (isCombiningMarkAt(text, start) || isCombiningMarkAt(text, end))
    issues.push({
      path: [...path, isCombiningMarkAt(text, start) ? "start" : "end"],
      code: "span_splits_combining_mark",
      message: `Span ${where} separates a combining mark from its letter`,
      suggestion: "Include the marks that follow the last letter, and start the span at a letter.",
    });
  return issues;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Where a quote occurs in the text, as offsets a contributor can paste. */
function locate(quote: string, text: string): { suggestion?: string } {
  if (quote === "") return {};
  const first = text.indexOf(quote);
  if (first === -1)
    return { suggestion: "The quote does not occur in the source text; copy it verbatim." };
  const second = text.indexOf(quote, first + 1);
  const offsets = `"start": ${first}, "end": ${first + quote.length}`;
  return {
    suggestion:
      second === -1
        ? `The quote occurs at ${offsets}.`
        : `The quote occurs more than once; the first is at ${offsets}.`,
  };
}
