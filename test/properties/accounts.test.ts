// Accounts and evidence grades under random data: datasets from the benchmark's generator with
// other accounts of their statements (another party's, a joint text's, a third party's).
import { accountsOf, agreedByAll, buildGraph, gradeOf, perspectives } from "@accordkg/core";
import {
  type Dataset,
  Dataset as DatasetSchema,
  defineDataset,
  EVIDENCE_GRADES,
} from "@accordkg/data";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { counter, type Draft, fresh, nth, validInputWithAccounts } from "./arbitraries";

const check = counter("accounts");
const rank = (grade: string) => EVIDENCE_GRADES.indexOf(grade as (typeof EVIDENCE_GRADES)[number]);
const statementIds = (dataset: Dataset) => [
  ...dataset.commitments.map((c) => c.id),
  ...dataset.claims.map((c) => c.id),
];
/** Parties to ask about: those of one of the dataset's agreements, so that answers are not empty. */
function agreementParties(dataset: Dataset, n: number): string[] {
  const agreements = dataset.commitments.filter((c) => c.kind === "agreement");
  return agreements.length === 0 ? [nth(dataset.actors, n).id] : [...nth(agreements, n).parties];
}

const withAccounts = validInputWithAccounts.filter((input) => (input.accounts ?? []).length > 0);

describe("evidence grades under random data", () => {
  test("a grade never rises when an account is removed", () => {
    let lowered = 0;
    check(
      60,
      fc.property(withAccounts, fc.nat(), (input, n) => {
        const before = buildGraph(defineDataset(input));
        const fewer = fresh(input);
        const accounts = fewer.accounts ?? [];
        const removed = accounts.splice(n % accounts.length, 1)[0];
        const after = buildGraph(defineDataset(fewer));
        for (const id of statementIds(defineDataset(fewer))) {
          const was = rank(gradeOf(before, id));
          const is = rank(gradeOf(after, id));
          expect(is, `${id} after removing ${removed?.id}`).toBeGreaterThanOrEqual(was);
          if (is > was) lowered++;
          if (id !== removed?.of) expect(is, `${id} is not the matter of ${removed?.id}`).toBe(was);
        }
      }),
    );
    expect(lowered, "runs where removing an account lowered a grade").toBeGreaterThan(0);
  });

  test("agreedByAll with a higher minGrade returns a subset, in the same order", () => {
    check(
      80,
      fc.property(validInputWithAccounts, fc.nat(), (input, n) => {
        const dataset = defineDataset(input);
        const graph = buildGraph(dataset);
        const parties = agreementParties(dataset, n);
        let previous = agreedByAll(graph, parties).map((c) => c.id);
        for (const grade of [...EVIDENCE_GRADES].reverse()) {
          const kept = agreedByAll(graph, parties, { minGrade: grade }).map((c) => c.id);
          expect(previous.filter((id) => kept.includes(id))).toEqual(kept);
          for (const id of kept) expect(rank(gradeOf(graph, id))).toBeLessThanOrEqual(rank(grade));
          previous = kept;
        }
      }),
    );
  });

  test("perspectives puts every agreement binding the parties in exactly one of agreed, onlyAccordingTo or reported, or in none when no account calls it agreed", () => {
    check(
      60,
      fc.property(validInputWithAccounts, fc.nat(), (input, n) => {
        const dataset = defineDataset(input);
        const graph = buildGraph(dataset);
        const parties = agreementParties(dataset, n);
        const view = perspectives(graph, parties);
        const placed = [
          ...view.agreed,
          ...new Set(Object.values(view.onlyAccordingTo).flat()),
          ...view.reported,
        ].map((p) => p.record.id);
        expect(new Set(placed).size).toBe(placed.length);
        for (const agreement of agreedByAll(graph, parties)) {
          const calledAgreed = accountsOf(graph, agreement.id).some((a) => a.kind === "agreement");
          expect(placed.includes(agreement.id), agreement.id).toBe(calledAgreed);
        }
        for (const p of view.divergent)
          expect(new Set(p.accounts.map((a) => a.kind)).size).toBeGreaterThan(1);
      }),
    );
  });
});

describe("accounts across datasets", () => {
  test("merging an account from another dataset links to the existing record instead of duplicating it", () => {
    check(
      60,
      fc.property(validInputWithAccounts, fc.nat(), (input, n) => {
        const base = defineDataset(input);
        const matter = nth(statementIds(base), n);
        const text = "Another side's words on the matter, in a document of its own.";
        // A file of another contributor: one source and one account of a record of `base`.
        const other: Draft = {
          id: "another-document",
          title: "Another document",
          sources: [
            { id: "another-document-text", title: "Another document", language: "en", text },
          ],
          actors: [],
          topics: [],
          events: [],
          commitments: [],
          accounts: [
            {
              id: "another-account",
              of: matter,
              kind: "agreement",
              statedBy: [nth(base.actors, n).id],
              summary: { en: text },
              evidence: [
                { source: "another-document-text", start: 0, end: text.length, quote: text },
              ],
            },
          ],
        };
        const graphBefore = buildGraph(base);
        const graph = buildGraph(base, DatasetSchema.parse(other));
        expect(graph.order).toBe(graphBefore.order + 2); // the source and the account, nothing else
        expect(
          statementIds(base).every(
            (id) => graph.hasNode(`commitment:${id}`) || graph.hasNode(`claim:${id}`),
          ),
        ).toBe(true);
        const accounts = accountsOf(graph, matter);
        expect(accounts.map((a) => a.id)).toEqual([
          ...accountsOf(graphBefore, matter).map((a) => a.id),
          "another-account",
        ]);
        // One more account can only keep or raise the grade.
        expect(rank(gradeOf(graph, matter))).toBeLessThanOrEqual(
          rank(gradeOf(graphBefore, matter)),
        );
      }),
    );
  });
});
