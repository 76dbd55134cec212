import type { Account } from "./account";
import type { Actor } from "./actor";
import type { Claim } from "./claim";
import type { Commitment } from "./commitment";
import { COLLECTIONS, type Dataset } from "./dataset";
import type { Event } from "./event";
import type { Source } from "./source";
import type { Topic } from "./topic";

/** The kinds of record, one per collection of a dataset (`actors` holds `actor` records, …). */
export type RecordKind =
  | "source"
  | "actor"
  | "topic"
  | "event"
  | "commitment"
  | "claim"
  | "account";

/** The record type of each kind. */
export interface RecordsByKind {
  source: Source;
  actor: Actor;
  topic: Topic;
  event: Event;
  commitment: Commitment;
  claim: Claim;
  account: Account;
}

/** A record with its kind, as a {@link RecordLookup} finds it. */
export type FoundRecord =
  | { readonly kind: "source"; readonly record: Source }
  | { readonly kind: "actor"; readonly record: Actor }
  | { readonly kind: "topic"; readonly record: Topic }
  | { readonly kind: "event"; readonly record: Event }
  | { readonly kind: "commitment"; readonly record: Commitment }
  | { readonly kind: "claim"; readonly record: Claim }
  | { readonly kind: "account"; readonly record: Account };

/**
 * Valid records a dataset may refer to without holding them, for the `extends` option of
 * `defineDataset`: what its references are checked against besides its own records. Every
 * dataset given there is read through one; `@accordkg/core`'s `extendGraph` gives the records of
 * a graph through one, so that a new document is checked against a graph of a million records in
 * time that follows the document, not the graph. Implement it to check datasets against records
 * kept elsewhere (a database, say); the records it finds must be valid and frozen, as
 * `defineDataset` returns them.
 */
export interface RecordLookup {
  /** What holds the records, for messages: `dataset "geneva-2021"`, `the graph`. */
  readonly label: string;
  /** The record with this id, with its kind, or undefined if there is none. */
  find(id: string): FoundRecord | undefined;
  /** How many records of `kind` there are (suggestions are skipped when there are too many). */
  countOf(kind: RecordKind): number;
  /** The ids of the records of `kind`, for "did you mean" suggestions. */
  idsOf(kind: RecordKind): Iterable<string>;
  /** The other accounts (`accounts` records) of the commitment or claim `id`, in any order. */
  accountsOf(id: string): readonly Account[];
}

const KIND_OF_COLLECTION = {
  sources: "source",
  actors: "actor",
  topics: "topic",
  events: "event",
  commitments: "commitment",
  claims: "claim",
  accounts: "account",
} as const;

/** A dataset's records by id, built once per dataset (datasets are frozen, so it never goes stale). */
class DatasetLookup implements RecordLookup {
  readonly label: string;
  private readonly byId = new Map<string, FoundRecord>();
  private readonly accounts = new Map<string, Account[]>();

  constructor(private readonly dataset: Dataset) {
    this.label = `dataset "${dataset.id}"`;
    for (const collection of COLLECTIONS) {
      const kind = KIND_OF_COLLECTION[collection];
      for (const record of dataset[collection])
        if (!this.byId.has(record.id)) this.byId.set(record.id, { kind, record } as FoundRecord);
    }
    for (const account of dataset.accounts) {
      const list = this.accounts.get(account.of);
      if (list === undefined) this.accounts.set(account.of, [account]);
      else list.push(account);
    }
  }

  find(id: string): FoundRecord | undefined {
    return this.byId.get(id);
  }

  countOf(kind: RecordKind): number {
    return this.collection(kind).length;
  }

  idsOf(kind: RecordKind): Iterable<string> {
    return this.collection(kind).map((record) => record.id);
  }

  accountsOf(id: string): readonly Account[] {
    return this.accounts.get(id) ?? [];
  }

  private collection(kind: RecordKind): readonly { id: string }[] {
    for (const collection of COLLECTIONS)
      if (KIND_OF_COLLECTION[collection] === kind) return this.dataset[collection];
    return [];
  }
}

const lookups = new WeakMap<Dataset, DatasetLookup>();

/** The lookup of a valid dataset's records, built on first use and kept as long as the dataset. */
export function lookupOf(dataset: Dataset): RecordLookup {
  let lookup = lookups.get(dataset);
  if (lookup === undefined) {
    lookup = new DatasetLookup(dataset);
    lookups.set(dataset, lookup);
  }
  return lookup;
}

/** True if `value` has the methods of a {@link RecordLookup} (rather than being a dataset). */
export function isRecordLookup(value: unknown): value is RecordLookup {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<keyof RecordLookup, unknown>>;
  return (
    typeof candidate.find === "function" &&
    typeof candidate.countOf === "function" &&
    typeof candidate.idsOf === "function" &&
    typeof candidate.accountsOf === "function" &&
    typeof candidate.label === "string"
  );
}

/** Several lookups as one: the first that has an id answers for it. */
export class Lookups {
  constructor(readonly list: readonly RecordLookup[]) {}

  get size(): number {
    return this.list.length;
  }

  /** The record with `id` and the label of what holds it. */
  find(id: string): (FoundRecord & { readonly label: string }) | undefined {
    for (const lookup of this.list) {
      const found = lookup.find(id);
      if (found !== undefined) return { ...found, label: lookup.label };
    }
    return undefined;
  }

  countOf(kind: RecordKind): number {
    let count = 0;
    for (const lookup of this.list) count += lookup.countOf(kind);
    return count;
  }

  *idsOf(kind: RecordKind): Iterable<string> {
    for (const lookup of this.list) yield* lookup.idsOf(kind);
  }

  accountsOf(id: string): Account[] {
    const out: Account[] = [];
    const seen = new Set<string>();
    for (const lookup of this.list)
      for (const account of lookup.accountsOf(id))
        if (!seen.has(account.id)) {
          seen.add(account.id);
          out.push(account);
        }
    return out;
  }
}
