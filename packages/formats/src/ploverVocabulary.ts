import type { Statement } from "@accordkg/core";
import type { ClaimKind, CommitmentKind } from "@accordkg/data";
import { deepFreeze } from "./internal/deepFreeze";

/** The PLOVER manual the records follow: draft 0.7b1, `openeventdata/PLOVER` at commit 5e0c24f. */
export const PLOVER_VERSION = "0.7b1";

/**
 * The 16 PLOVER event categories of the manual (draft 0.7b1), each with its quad category and its
 * base conflict–cooperation score from the manual's score table (the score with no mode).
 * `quad` numbers the quad categories as CAMEO's and GDELT's QuadClass does (the manual gives
 * `quad_code` as "1, 2, 3 or 4" without numbering them): 1 verbal cooperation, 2 material
 * cooperation, 3 verbal conflict, 4 material conflict.
 */
export const PLOVER_CATEGORIES = deepFreeze({
  AGREE: { quad: 1, score: 2.5 },
  CONSULT: { quad: 1, score: 2.5 },
  SUPPORT: { quad: 1, score: 5 },
  CONCEDE: { quad: 1, score: 4.5 },
  COOPERATE: { quad: 2, score: 9.5 },
  AID: { quad: 2, score: 10 },
  RETREAT: { quad: 2, score: 6.5 },
  REQUEST: { quad: 3, score: 0 },
  // The manual's table gives ACCUSE +3 (every other conflict category is negative); copied as is.
  ACCUSE: { quad: 3, score: 3 },
  REJECT: { quad: 3, score: -2 },
  THREATEN: { quad: 3, score: -3.5 },
  PROTEST: { quad: 4, score: -5 },
  SANCTION: { quad: 4, score: -6 },
  MOBILIZE: { quad: 4, score: -5.5 },
  COERCE: { quad: 4, score: -7 },
  ASSAULT: { quad: 4, score: -9 },
} as const);

/** One of the {@link PLOVER_CATEGORIES}. */
export type PloverCategory = keyof typeof PLOVER_CATEGORIES;

/** The 37 general contexts of the PLOVER manual (draft 0.7b1), in the manual's order. */
export const PLOVER_CONTEXTS = deepFreeze([
  "military",
  "intelligence",
  "executive",
  "legislative",
  "election",
  "political_institutions",
  "pro_democracy",
  "pro_autocracy",
  "economic",
  "legal",
  "reparations",
  "human_rights",
  "rights_freedoms",
  "repression",
  "human_security",
  "gender",
  "lgbt",
  "religion_ethnicity",
  "inequality",
  "diplomatic",
  "territory",
  "peacekeeping",
  "health",
  "asylum",
  "migration",
  "disasters",
  "natural_resource",
  "environment",
  "technology",
  "terrorism",
  "cbrn",
  "cyber",
  "misinformation",
  "crime",
  "corruption",
  "illegal_drugs",
  "trafficking",
] as const);

/** One of the {@link PLOVER_CONTEXTS}. */
export type PloverContext = (typeof PLOVER_CONTEXTS)[number];

// The nearest category of each kind, as the kind tables of @accordkg/data name it
// (COMMITMENT_KINDS[kind].plover, CLAIM_KINDS[kind].plover). `null`: the kind is a statement that
// PLOVER does not code as an event (it dropped CAMEO's comment categories 01 and 02).
const CATEGORY_OF_KIND: Readonly<Record<CommitmentKind | ClaimKind, PloverCategory | null>> =
  Object.freeze({
    agreement: "AGREE",
    pledge: "AGREE", // or SUPPORT: see ploverCategoryOf
    proposal: "REQUEST",
    warning: "THREATEN",
    demand: "REQUEST",
    discussion: "CONSULT",
    position: null,
    assessment: null,
    objective: null,
  });

/**
 * What {@link ploverCategoryOf} reads: a commitment or claim, or an account's kind with its
 * matter's parties and recipients.
 */
export type PloverCoded = Pick<Statement, "kind" | "parties"> & {
  readonly recipients?: readonly string[] | undefined;
};

/**
 * The PLOVER event category of a commitment or claim, from its kind, or `undefined` for the
 * kinds PLOVER does not code as events (`position`, `assessment`, `objective`).
 *
 * `agreement` is AGREE, `proposal` and `demand` REQUEST, `warning` THREATEN, `discussion`
 * CONSULT. A `pledge` is SUPPORT when it affirms support for a third party, which the record
 * shows by a recipient who is not one of its parties, and AGREE (a promise) otherwise: the rule
 * the kind table of `@accordkg/data` states, read from the record's fields.
 *
 * @example
 *   ploverCategoryOf(geneva2021.commitments[0]); // => "AGREE" (strategic-stability-dialogue)
 */
export function ploverCategoryOf(statement: PloverCoded): PloverCategory | undefined {
  if (statement.kind === "pledge") {
    const parties = new Set(statement.parties);
    const third = (statement.recipients ?? []).some((recipient) => !parties.has(recipient));
    return third ? "SUPPORT" : "AGREE";
  }
  return CATEGORY_OF_KIND[statement.kind] ?? undefined;
}
