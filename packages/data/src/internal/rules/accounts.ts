import type { Account } from "../../account";
import type { Claim } from "../../claim";
import type { Commitment } from "../../commitment";
import type { Evidence } from "../../evidence";
import { KIND_COLLECTION, type Rule, type RuleContext, where } from "./context";

const KIND_OF = { commitments: "commitment", claims: "claim" } as const;

import { SPAN_CODES } from "./spans";

/** Who says it, and in which words: two accounts with the same key count one statement twice. */
function accountKey(of: string, statedBy: readonly string[], evidence: readonly Evidence[]) {
  const speakers = [...statedBy].sort().join(",");
  const spans = evidence
    .map((span) => `${span.source}:${span.start}:${span.end}`)
    .sort()
    .join(",");
  return `${of}\u0000${speakers}\u0000${spans}`;
}

/**
 * The commitment or claim `of` names: its collection and index in the dataset, or (index -1) the
 * record outside it; reports `unknown_statement` or `wrong_reference_kind` and returns undefined
 * if there is none.
 */
function matterOf(context: RuleContext, account: Account, index: number) {
  const found = context.find(account.of);
  if (found?.kind === "commitment" || found?.kind === "claim")
    return {
      collection: KIND_COLLECTION[found.kind],
      index: found.index,
      outside: found.record as Commitment | Claim | undefined,
    };
  if (found === undefined && (context.broken.has("commitments") || context.broken.has("claims")))
    return undefined;
  context.issues.push(
    found === undefined
      ? {
          path: ["accounts", index, "of"],
          code: "unknown_statement",
          message: `Unknown commitment or claim "${account.of}"`,
          ...context.suggestionFor(account.of, "commitment", "claim"),
        }
      : {
          path: ["accounts", index, "of"],
          code: "wrong_reference_kind",
          message: `"${account.of}" is a ${found.kind} (${found.outside === undefined ? "at " : "in "}${where(found.kind, found.index, found.outside)}), but a commitment or claim is expected here`,
          ...context.suggestionFor(account.of, "commitment", "claim"),
        },
  );
  return undefined;
}

/**
 * An account is of a commitment or claim that exists, its speakers, event and evidence are
 * checked like a statement's, and it does not repeat another account of the same matter (the
 * same speakers and the same spans), which would count the same words twice.
 */
export const accounts: Rule = {
  name: "accounts of commitments and claims",
  codes: [
    "unknown_statement",
    "unknown_actor",
    "unknown_event",
    "unknown_source",
    "wrong_reference_kind",
    "duplicate_reference",
    "duplicate_account",
    ...SPAN_CODES,
  ],
  check(context) {
    const records = context.list<Account>("accounts");
    // Key → the account with that key (`the account at commitments[3]` for a matter's own).
    const seen = new Map<string, string>();
    // Matters whose accounts outside the dataset are already in `seen`.
    const seeded = new Set<string>();
    for (let index = 0; index < records.length; index++) {
      if (context.isBroken("accounts", index)) continue;
      const account = records[index] as Account;
      const matter = matterOf(context, account, index);
      context.references(account.statedBy, "actor", "accounts", index, "statedBy");
      if (account.statedAt !== undefined)
        context.reference(account.statedAt, "event", "accounts", index, "statedAt");
      context.evidence(account.evidence, "accounts", index);
      if (matter === undefined) continue;

      if (matter.outside !== undefined) {
        const statement = matter.outside;
        const own = accountKey(statement.id, statement.statedBy, statement.evidence);
        if (!seen.has(own))
          seen.set(own, `the ${KIND_OF[matter.collection]} "${statement.id}" itself`);
      } else if (!context.isBroken(matter.collection, matter.index)) {
        const statement = context.list<Commitment | Claim>(matter.collection)[matter.index];
        if (statement !== undefined) {
          const own = accountKey(statement.id, statement.statedBy, statement.evidence);
          if (!seen.has(own)) seen.set(own, `the account at ${matter.collection}[${matter.index}]`);
        }
      }
      if (context.outside !== undefined && !seeded.has(account.of)) {
        // The matter's accounts outside the dataset (those it copies are checked as its own).
        seeded.add(account.of);
        for (const other of context.outside.accountsOf(account.of)) {
          if (context.table.get(other.id) !== -1) continue;
          const key = accountKey(other.of, other.statedBy, other.evidence);
          if (!seen.has(key)) seen.set(key, `the account "${other.id}"`);
        }
      }
      const key = accountKey(account.of, account.statedBy, account.evidence);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, `the account at accounts[${index}]`);
        continue;
      }
      context.issues.push({
        path: ["accounts", index],
        code: "duplicate_account",
        message: `Account "${account.id}" has the same speakers and evidence spans as ${first}`,
        suggestion:
          "Remove it: the same words would count twice. Another account has other words, or another speaker.",
      });
    }
  },
};
