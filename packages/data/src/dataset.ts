import { z } from "zod";
import { Account } from "./account";
import { Actor } from "./actor";
import { Claim } from "./claim";
import { Commitment } from "./commitment";
import { Event } from "./event";
import { deepFreeze } from "./internal/deepFreeze";
import { Id, Text } from "./primitives";
import { Source } from "./source";
import { Topic } from "./topic";

/**
 * The shape of a dataset. This schema checks each record on its own; `defineDataset` adds the rules
 * that span records (unique ids, references, evidence quotes, the topic hierarchy) and is the way
 * to obtain a `Dataset`.
 */
export const Dataset = z
  .strictObject({
    /** Lets a JSON file name its schema (`@accordkg/data/schema.json`) for editor help. */
    $schema: z.string().optional(),
    id: Id,
    title: Text,
    description: Text.optional(),
    sources: z.array(Source).min(1, { error: "Needs at least one source" }).readonly(),
    actors: z.array(Actor).readonly(),
    topics: z.array(Topic).readonly(),
    events: z.array(Event).readonly(),
    commitments: z.array(Commitment).readonly(),
    /** Statements that are not commitments; optional in input, always present in a `Dataset`. */
    claims: z.array(Claim).default([]).readonly(),
    /**
     * More accounts of the commitments and claims (another side's words, a joint text); optional
     * in input, always present in a `Dataset`.
     */
    accounts: z.array(Account).default([]).readonly(),
  })
  .readonly();
export type Dataset = z.infer<typeof Dataset>;
/** What a dataset looks like before validation: `claims` and `accounts` may be left out. */
export type DatasetInput = z.input<typeof Dataset>;

/** The record collections of a dataset, in the order they are validated and merged. */
export const COLLECTIONS = deepFreeze([
  "sources",
  "actors",
  "topics",
  "events",
  "commitments",
  "claims",
  "accounts",
] as const);
export type Collection = (typeof COLLECTIONS)[number];
