import type { Actor } from "./actor";
import type { Claim } from "./claim";
import type { Commitment } from "./commitment";
import { Dataset } from "./dataset";
import { DatasetError, type DatasetIssue, type IssuePath } from "./datasetError";
import type { Event } from "./event";
import type { Evidence } from "./evidence";
import { deepFreeze } from "./internal/deepFreeze";
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
} as const satisfies Record<string, RecordKind>;

/** Names built into every JavaScript object; an id equal to one breaks code that indexes by id. */
const RESERVED_IDS = new Set(
  Object.getOwnPropertyNames(Object.prototype).map((n) => n.toLowerCase()),
);

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
  const parsed = Dataset.safeParse(input);
  const issues: DatasetIssue[] = [];
  let data: Dataset;
  // Records whose own shape is broken are left out of the cross-record rules (their problems are
  // already reported), but their ids still count as known so a reference to them is not "unknown".
  const broken = new Set<string>();
  if (parsed.success) {
    data = parsed.data;
  } else {
    issues.push(...fromZodIssues(parsed.error.issues, input, (path) => keysAt(Dataset, path)));
    for (const issue of parsed.error.issues) {
      const [collection, index] = issue.path;
      if (typeof collection === "string" && typeof index === "number")
        broken.add(`${collection}/${index}`);
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
  deepFreeze(data);
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

interface Known {
  kind: RecordKind;
  path: IssuePath;
}

function list<T>(data: Dataset, collection: keyof typeof COLLECTION_KIND): readonly T[] {
  const value = (data as unknown as Record<string, unknown>)[collection];
  return Array.isArray(value) ? (value as T[]) : [];
}

function crossRecordIssues(data: Dataset, broken: ReadonlySet<string>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const known = new Map<string, Known>();
  const idsByKind: Record<RecordKind, string[]> = {
    source: [],
    actor: [],
    topic: [],
    event: [],
    commitment: [],
    claim: [],
  };

  // 1. Ids: unique across every kind of record.
  for (const [collection, kind] of Object.entries(COLLECTION_KIND) as [
    keyof typeof COLLECTION_KIND,
    RecordKind,
  ][]) {
    list<{ id?: unknown }>(data, collection).forEach((record, index) => {
      const id = record?.id;
      if (typeof id !== "string") return;
      const path = [collection, index, "id"];
      const first = known.get(id);
      if (first) {
        issues.push({
          path,
          code: "duplicate_id",
          message: `Id "${id}" is already used by ${first.kind} ${formatAt(first.path)}`,
          suggestion:
            "Ids are unique across sources, actors, topics, events, commitments and claims; rename one.",
        });
        return;
      }
      known.set(id, { kind, path });
      idsByKind[kind].push(id);
      if (RESERVED_IDS.has(id) && !broken.has(`${collection}/${index}`))
        issues.push({
          path,
          code: "reserved_id",
          message: `Id "${id}" is a built-in JavaScript property name`,
          suggestion: `Choose another id, e.g. "${kind}-${id}".`,
        });
    });
  }

  const valid = <T>(collection: keyof typeof COLLECTION_KIND) =>
    list<T>(data, collection)
      .map((record, index) => [record, index] as const)
      .filter(([, index]) => !broken.has(`${collection}/${index}`));

  const reference = (path: IssuePath, id: string, expected: RecordKind) => {
    const found = known.get(id);
    if (found?.kind === expected) return true;
    if (found) {
      issues.push({
        path,
        code: "wrong_reference_kind",
        message: `"${id}" is a ${found.kind} (${formatAt(found.path)}), but a ${expected} is expected here`,
        ...suggestion(id, idsByKind[expected]),
      });
    } else {
      issues.push({
        path,
        code: `unknown_${expected}` as "unknown_actor",
        message: `Unknown ${expected} "${id}"`,
        ...suggestion(id, idsByKind[expected]),
      });
    }
    return false;
  };
  const references = (
    path: IssuePath,
    ids: readonly string[] | undefined,
    expected: RecordKind,
  ) => {
    if (!ids) return;
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        issues.push({
          path: [...path, index],
          code: "duplicate_reference",
          message: `"${id}" is listed twice`,
        });
        return;
      }
      seen.add(id);
      reference([...path, index], id, expected);
    });
  };

  // 2. Sources: there must be text to point into.
  const texts = new Map<string, string>();
  for (const [source, index] of valid<Source>("sources")) {
    texts.set(source.id, source.text);
    if (source.text.trim() === "")
      issues.push({
        path: ["sources", index, "text"],
        code: "empty_source",
        message: `Source "${source.id}" has no text`,
      });
  }

  const evidence = (path: IssuePath, spans: readonly Evidence[]) => {
    spans.forEach((span, index) => {
      const at = [...path, index];
      if (!reference([...at, "source"], span.source, "source")) return;
      const text = texts.get(span.source);
      if (text === undefined) return; // the source itself is malformed and already reported
      issues.push(...spanIssues(at, span, text));
    });
  };

  // 3. Actors: representation.
  const actorKind = new Map<string, Actor["kind"]>();
  for (const [actor] of valid<Actor>("actors")) actorKind.set(actor.id, actor.kind);
  for (const [actor, index] of valid<Actor>("actors")) {
    const path = ["actors", index, "represents"];
    if (!actor.represents) continue;
    if (actor.kind === "state" && actor.represents.length > 0) {
      issues.push({
        path,
        code: "state_cannot_represent",
        message: `State "${actor.id}" lists represents; states are represented, they do not represent`,
      });
      continue;
    }
    actor.represents.forEach((target, i) => {
      if (target === actor.id) {
        issues.push({
          path: [...path, i],
          code: "self_representation",
          message: `"${actor.id}" lists itself in represents`,
          suggestion: "List the state or organization this actor acts for.",
        });
        return;
      }
      if (!reference([...path, i], target, "actor")) return;
      const kind = actorKind.get(target);
      if (kind !== undefined && kind !== "state" && kind !== "organization")
        issues.push({
          path: [...path, i],
          code: "invalid_represents_target",
          message: `"${actor.id}" represents "${target}", a ${kind}; only states and organizations can be represented`,
        });
    });
  }

  // 4. Topics: parents exist and form no cycle.
  const parentOf = new Map<string, string>();
  const topicIndex = new Map<string, number>();
  for (const [topic, index] of valid<Topic>("topics")) {
    topicIndex.set(topic.id, index);
    if (topic.parent !== undefined && reference(["topics", index, "parent"], topic.parent, "topic"))
      parentOf.set(topic.id, topic.parent);
  }
  const inCycle = new Set<string>();
  for (const start of parentOf.keys()) {
    if (inCycle.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && !onChain.has(current) && !inCycle.has(current)) {
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
  }

  // 5. Events.
  for (const [event, index] of valid<Event>("events")) {
    const path = ["events", index];
    references([...path, "participants"], event.participants, "actor");
    references([...path, "topics"], event.topics, "topic");
    if (event.follows !== undefined) reference([...path, "follows"], event.follows, "event");
    evidence([...path, "evidence"], event.evidence);
  }

  // 6. Commitments and claims.
  for (const collection of ["commitments", "claims"] as const) {
    for (const [statement, index] of valid<Commitment | Claim>(collection)) {
      const path = [collection, index];
      references([...path, "parties"], statement.parties, "actor");
      references([...path, "recipients"], statement.recipients, "actor");
      references([...path, "topics"], statement.topics, "topic");
      references([...path, "statedBy"], statement.statedBy, "actor");
      if (statement.event !== undefined) reference([...path, "event"], statement.event, "event");
      if (statement.statedAt !== undefined)
        reference([...path, "statedAt"], statement.statedAt, "event");
      evidence([...path, "evidence"], statement.evidence);
      if (statement.kind === "agreement" && new Set(statement.parties).size < 2)
        issues.push({
          path: [...path, "parties"],
          code: "agreement_too_few_parties",
          message: `Agreement "${statement.id}" has ${new Set(statement.parties).size} distinct party; an agreement binds at least two`,
          suggestion:
            "Add the other party, or use a unilateral kind: pledge, proposal, warning or demand.",
        });
    }
  }
  return issues;
}

function formatAt(path: IssuePath): string {
  return `at ${path
    .slice(0, 2)
    .map((p) => (typeof p === "number" ? `[${p}]` : p))
    .join("")}`;
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
  else if (COMBINING_MARK.test(text.charAt(start)) || COMBINING_MARK.test(text.charAt(end)))
    issues.push({
      path: [...path, COMBINING_MARK.test(text.charAt(start)) ? "start" : "end"],
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
