import { COLLECTIONS, type Collection, type Dataset } from "../../dataset";
import type { DatasetIssue, IssuePath } from "../../datasetError";
import type { DatasetErrorCode } from "../../errorCodes";
import type { Evidence } from "../../evidence";
import type { FoundRecord, Lookups, RecordKind, RecordsByKind } from "../../recordLookup";
import type { Source } from "../../source";
import { IdTable } from "../idTable";
import { didYouMean } from "../suggest";
import { isExactSpan, spanIssues } from "./spans";

export type { RecordKind };

type RecordOf<K extends RecordKind> = RecordsByKind[K];

const COLLECTION_KIND = {
  sources: "source",
  actors: "actor",
  topics: "topic",
  events: "event",
  commitments: "commitment",
  claims: "claim",
  accounts: "account",
} as const satisfies Record<Collection, RecordKind>;
export const KIND_COLLECTION = {
  source: "sources",
  actor: "actors",
  topic: "topics",
  event: "events",
  commitment: "commitments",
  claim: "claims",
  account: "accounts",
} as const satisfies Record<RecordKind, Collection>;

/** Record kinds in the order of their collections; a kind's code in the id table is its position. */
export const KINDS = COLLECTIONS.map((collection) => COLLECTION_KIND[collection]);
/** The id table's code for JavaScript's built-in property names. */
export const RESERVED = KINDS.length;

/** Names built into every JavaScript object; an id equal to one breaks code that indexes by id. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype).map((n) => n.toLowerCase()),
);

/** How many id comparisons "did you mean" suggestions may cost in one validation. */
const SUGGESTION_BUDGET = 100_000;

type Key = string | number;

/** `[collection, index, a, b, c]` without the undefined tail; built only for an issue. */
function pathOf(collection: string, index: number, a: Key, b?: Key, c?: Key): IssuePath {
  if (b === undefined) return [collection, index, a];
  return c === undefined ? [collection, index, a, b] : [collection, index, a, b, c];
}

/** `commitments[3]`, or `dataset "geneva-2021"` for a record outside: where it is, for messages. */
export const where = (kind: RecordKind, index: number, outside?: string) =>
  outside ?? `${KIND_COLLECTION[kind]}[${index}]`;

/** What `reference` returns for a reference to a record of the datasets (or graph) extended. */
export const OUTSIDE = -2;

/** A record found by id: in the dataset (`index` ≥ 0), or outside it (`outside` is its holder). */
export interface Found {
  readonly kind: RecordKind;
  /** Its index in its collection, or -1 for a record outside the dataset. */
  readonly index: number;
  /** For a record outside the dataset: what holds it (`dataset "geneva-2021"`). */
  readonly outside?: string;
  /** For a record outside the dataset: the record. */
  readonly record?: FoundRecord["record"];
}

/** A rule that spans records: what it checks, every code it can report, and the check. */
export interface Rule {
  /** What the rule checks, in a few words. */
  readonly name: string;
  /** Every code the rule can report, including those of the references it checks. */
  readonly codes: readonly DatasetErrorCode[];
  readonly check: (context: RuleContext) => void;
}

/**
 * What the rules share: the dataset, the records whose own shape is broken (left out of the rules,
 * their problems already reported), the table of every id, and the helpers that check a reference
 * or an evidence span and report what is wrong. Rules add their issues to `issues`.
 *
 * This runs once per record of every dataset, so the success path allocates nothing per
 * reference: issue paths are built only when an issue is reported, and each known id maps to one
 * entry of a table of numbers rather than to an object.
 */
export class RuleContext {
  readonly issues: DatasetIssue[] = [];
  /** Ids of this dataset's records that are identical copies of records outside it. */
  readonly shared = new Set<string>();
  /** Every id, with its kind (a position in KINDS) and the index of its record. */
  readonly table: IdTable;
  /** Source index → text; undefined for a malformed source (already reported). */
  readonly texts: readonly (string | undefined)[];

  // A renamed actor referenced by thousands of records gets its suggestion computed once, and a
  // file of thousands of different typos stops getting suggestions once SUGGESTION_BUDGET id
  // comparisons are spent: each search compares against every id of the kind, so without a
  // bound the report would take quadratic time. Every issue is still reported.
  private readonly suggestions = new Map<string, { suggestion?: string }>();
  private readonly candidatesOf = new Map<string, readonly string[]>();
  private comparisons = 0;

  /**
   * @param outside - The records of the datasets (or graph) this one extends: references may
   *   point at them, and they are known without being checked again.
   */
  constructor(
    readonly data: Dataset,
    readonly broken: ReadonlySet<string>,
    readonly outside?: Lookups,
  ) {
    this.table = idTableOf(this);
    const sources = this.list<Source>("sources");
    this.texts = sources.map((source, index) =>
      this.isBroken("sources", index) ? undefined : source.text,
    );
  }

  /** A collection's records; none for a collection that is not a list (already reported). */
  list<T>(collection: Collection): readonly T[] {
    const value = (this.data as unknown as Record<string, unknown>)[collection];
    return Array.isArray(value) ? (value as T[]) : [];
  }

  /** True if the record's own shape is broken, so the rules leave it out. */
  isBroken(collection: string, index: number): boolean {
    return this.broken.size > 0 && this.broken.has(`${collection}/${index}`);
  }

  /**
   * The kind and index of the record with `id`, of whatever kind, in the dataset or else outside
   * it (a slow path).
   */
  find(id: string): Found | undefined {
    const entry = this.table.get(id);
    if (entry !== -1 && this.table.kinds[entry] !== RESERVED)
      return {
        kind: KINDS[this.table.kinds[entry] as number] as RecordKind,
        index: this.table.indexes[entry] as number,
      };
    const found = this.outside?.find(id);
    return found === undefined
      ? undefined
      : { kind: found.kind, index: -1, outside: found.label, record: found.record };
  }

  /** The record with `id` outside the dataset, if it is of `kind`. */
  outsideRecord<K extends RecordKind>(id: string, kind: K): RecordOf<K> | undefined {
    const found = this.outside?.find(id);
    return found?.kind === kind ? (found.record as unknown as RecordOf<K>) : undefined;
  }

  /** "Did you mean" among the ids of `kinds`, within the budget. */
  suggestionFor(id: string, ...kinds: RecordKind[]): { suggestion?: string } {
    const key = `${kinds.join("|")}\u0000${id}`;
    let found = this.suggestions.get(key);
    if (found === undefined) {
      let candidates = this.candidatesOf.get(kinds.join("|"));
      if (candidates === undefined) {
        const codes = kinds.map((kind) => KINDS.indexOf(kind));
        const { table, outside } = this;
        const own = table.ids.filter((_, entry) => codes.includes(table.kinds[entry] as number));
        // Outside ids too, unless there are too many to compare against within the budget.
        const more = outside === undefined ? 0 : kinds.reduce((n, k) => n + outside.countOf(k), 0);
        candidates =
          more === 0 || own.length + more > SUGGESTION_BUDGET
            ? own
            : [...own, ...kinds.flatMap((kind) => [...(outside as Lookups).idsOf(kind)])];
        this.candidatesOf.set(kinds.join("|"), candidates);
      }
      this.comparisons += candidates.length;
      const hint = this.comparisons <= SUGGESTION_BUDGET ? didYouMean(id, candidates) : undefined;
      found = hint ? { suggestion: hint } : {};
      this.suggestions.set(key, found);
    }
    return found;
  }

  /**
   * Checks that `id`, found at `[collection, index, a, b, c]`, names a record of `expected` kind;
   * returns the index of that record, `OUTSIDE` for a record of the datasets extended, or -1 (and
   * reports `unknown_<kind>` or `wrong_reference_kind`).
   */
  reference(
    id: string,
    expected: RecordKind,
    collection: string,
    index: number,
    a: Key,
    b?: Key,
    c?: Key,
  ): number {
    const { table } = this;
    const entry = table.get(id);
    // KINDS[RESERVED] is undefined, so a built-in name no record took is not found.
    if (entry !== -1 && KINDS[table.kinds[entry] as number] === expected)
      return table.indexes[entry] as number;
    const found = this.find(id);
    if (found?.outside !== undefined && found.kind === expected) return OUTSIDE;
    if (found === undefined && this.broken.has(KIND_COLLECTION[expected])) return -1;
    const path = pathOf(collection, index, a, b, c);
    if (found !== undefined) {
      const at = found.outside === undefined ? "at " : "in ";
      this.issues.push({
        path,
        code: "wrong_reference_kind",
        message: `"${id}" is a ${found.kind} (${at}${where(found.kind, found.index, found.outside)}), but a ${expected} is expected here`,
        ...this.suggestionFor(id, expected),
      });
    } else {
      this.issues.push({
        path,
        code: `unknown_${expected}` as DatasetErrorCode,
        message: `Unknown ${expected} "${id}"`,
        ...this.suggestionFor(id, expected),
      });
    }
    return -1;
  }

  /** Checks a list of references: each names a record of `expected` kind, and none is repeated. */
  references(
    ids: readonly string[] | undefined,
    expected: RecordKind,
    collection: string,
    index: number,
    field: string,
  ): void {
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
        this.issues.push({
          path: [collection, index, field, i],
          code: "duplicate_reference",
          message: `"${id}" is listed twice`,
        });
      else this.reference(id, expected, collection, index, field, i);
    }
  }

  /** Checks evidence spans: each names a source, and its quote is exactly the text it covers. */
  evidence(spans: readonly Evidence[], collection: string, index: number): void {
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i] as Evidence;
      const at = this.reference(span.source, "source", collection, index, "evidence", i, "source");
      if (at === -1) continue;
      const text =
        at === OUTSIDE ? this.outsideRecord(span.source, "source")?.text : this.texts[at];
      if (text === undefined) continue; // the source itself is malformed and already reported
      if (isExactSpan(span, text)) continue;
      this.issues.push(...spanIssues([collection, index, "evidence", i], span, text));
    }
  }
}

/**
 * Ids are unique across every kind of record: builds the table of every id, with its kind (a
 * position in KINDS) and the index of its record, reporting `duplicate_id` and `reserved_id`.
 * Collections are added in order, so of two records with one id the later is reported. (Its own
 * function: the optimizing compiler takes a small loop sooner than one inside a larger body.)
 */
function idTableOf(context: RuleContext): IdTable {
  let capacity = RESERVED_IDS.size;
  for (const collection of COLLECTIONS) capacity += context.list(collection).length;
  const table = new IdTable(capacity);
  // Built-in property names go in first, under a kind of their own: a record that takes one is
  // reported and then takes the entry over, so the check costs no lookup of its own.
  for (const name of RESERVED_IDS) table.add(name, RESERVED, -1);
  for (let code = 0; code < COLLECTIONS.length; code++) {
    const collection = COLLECTIONS[code] as Collection;
    const kind = KINDS[code] as RecordKind;
    const records = context.list<{ id?: unknown } | null>(collection);
    for (let index = 0; index < records.length; index++) {
      const id = records[index]?.id;
      if (typeof id !== "string") continue;
      const first = table.add(id, code, index);
      if (first === -1) continue;
      const firstCode = table.kinds[first] as number;
      if (firstCode === RESERVED) {
        table.kinds[first] = code;
        table.indexes[first] = index;
        if (!context.isBroken(collection, index))
          context.issues.push({
            path: [collection, index, "id"],
            code: "reserved_id",
            message: `Id "${id}" is a built-in JavaScript property name`,
            suggestion: `Choose another id, e.g. "${kind}-${id}".`,
          });
        continue;
      }
      const firstKind = KINDS[firstCode] as RecordKind;
      context.issues.push({
        path: [collection, index, "id"],
        code: "duplicate_id",
        message: `Id "${id}" is already used by ${firstKind} at ${where(firstKind, table.indexes[first] as number)}`,
        suggestion:
          "Ids are unique across sources, actors, topics, events, commitments, claims and accounts; rename one.",
      });
    }
  }
  return table;
}

/** The codes the id table reports while it is built (see `idTableOf`). */
export const UNIQUE_ID_CODES: readonly DatasetErrorCode[] = Object.freeze([
  "duplicate_id",
  "reserved_id",
]);
