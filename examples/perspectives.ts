// Each side's account of Geneva, matter by matter: what Biden says was agreed, what Putin says,
// what their joint statement says, how strong the evidence is that both agreed, and the quotes in
// their own language and direction.
//
//   pnpm example perspectives
import { buildGraph, type Perspective, perspectives, type StatementAccount } from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { bold, dim, isolated, nameOf, spansOf, speakers, voiceOf } from "./_accounts";

const graph = buildGraph(geneva2021);
const SIDES = ["united-states", "russia"] as const;
const view = perspectives(graph, [...SIDES]);

console.log(bold("Each side's account of the Geneva summit, 16 June 2021, matter by matter"));
console.log(
  "Joe Biden speaks for the United States and Vladimir Putin for Russia; a joint text is one both issued together. Two accounts are of one matter only where the data links them.",
);
console.log(
  dim(
    "Quotes are verbatim, each in its own direction (Unicode isolates: Arabic right to left); offsets are [start, end) in UTF-16 code units.",
  ),
);

/** One account: who, where, how they frame it, and their words. */
function printAccount(record: string, account: StatementAccount): void {
  const where =
    account.statedAt === undefined ? "" : `, ${nameOf(graph, "event", account.statedAt)}`;
  const framing = account.attests ? account.kind : bold(`${account.kind} (differs)`);
  console.log(`    ${speakers(graph, account)} (${voiceOf(graph, account)}${where}): ${framing}`);
  console.log(`      ${account.summary.en}`);
  for (const span of spansOf(graph, record, account)) {
    console.log(
      dim(
        `      ${nameOf(graph, "source", span.source)} (${span.language}) [${span.start}, ${span.end})`,
      ),
    );
    console.log(`      «${isolated(span.quote, span.language)}»`);
  }
}

function printMatter(p: Perspective): void {
  console.log(`\n  ${bold(p.record.summary.en)}`);
  console.log(
    dim(
      `  ${p.record.id} · recorded as ${p.record.kind} · grade ${p.grade} · agreed according to ${
        p.agreedAccordingTo.length === 0
          ? "no side"
          : p.agreedAccordingTo.map((id) => nameOf(graph, "actor", id)).join(" and ")
      }`,
    ),
  );
  for (const account of p.accounts) printAccount(p.record.id, account);
}

function section(title: string, matters: readonly Perspective[]): void {
  console.log(`\n${bold(`== ${title} (${matters.length})`)}`);
  if (matters.length === 0) console.log("  (none)");
  for (const p of matters) printMatter(p);
}

section("Agreed according to both sides, or their joint text", view.agreed);
for (const side of SIDES)
  section(
    `Agreed according to ${nameOf(graph, "actor", side)} only`,
    view.onlyAccordingTo[side] ?? [],
  );
section("Agreed according to third parties only", view.reported);

// Divergent matters were printed above with every account; here, how the framings differ.
console.log(`\n${bold(`== Where the accounts differ in kind (${view.divergent.length})`)}`);
for (const p of view.divergent) {
  console.log(`  ${p.record.id}:`);
  for (const account of p.accounts)
    console.log(`    ${speakers(graph, account).padEnd(28)} ${account.kind}`);
}
