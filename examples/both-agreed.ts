// What did the two sides agree on in Geneva? The library's main question, answered from every
// account the dataset holds (Biden's, Putin's and their joint statement), with how strong the
// evidence is that both subscribe to each agreement, and the exact words that prove it.
//
//   pnpm example both-agreed
import {
  accountsOf,
  agreedByAll,
  buildGraph,
  gradeOf,
  nodeKey,
  unilateralCommitments,
} from "@accordkg/core";
import { EVIDENCE_GRADES, geneva2021 } from "@accordkg/data";
import { bold, dim, nameOf, spansOf, speakers, voiceOf } from "./_accounts";

const graph = buildGraph(geneva2021);
const PARTIES = ["joe-biden", "vladimir-putin"];

console.log(bold("What the two sides agreed on in Geneva, 16 June 2021"));
console.log(
  "Every agreement that binds both sides, graded by how strong the evidence is that both subscribe to it, with each account of it: who says so, where, and in which words.",
);
console.log(
  dim(
    `Grades, best first: ${EVIDENCE_GRADES.join(" › ")}. joint: a text both sides issued together; concordant: each side's own account; one-sided: one side's account only; reported: a third party only.`,
  ),
);
console.log(dim("Quotes are verbatim; offsets are [start, end) in UTF-16 code units."));

// Each leader stands for the state they represent: name both, as the agreements bind the states.
const sides = PARTIES.map((id) => {
  const node = graph.getNodeAttributes(nodeKey("actor", id));
  const states = node.kind === "actor" ? (node.record.represents ?? []) : [];
  return `${nameOf(graph, "actor", id)} for ${states.map((state) => nameOf(graph, "actor", state)).join(", ")}`;
});
const agreements = agreedByAll(graph, PARTIES);
console.log(`\n${agreements.length} agreements bind both sides (${sides.join("; ")}):`);

agreements.forEach((agreement, i) => {
  const accounts = accountsOf(graph, agreement.id);
  console.log(`\n${bold(`${i + 1}. ${agreement.summary.en}`)}`);
  console.log(`   id         ${agreement.id}`);
  console.log(`   grade      ${gradeOf(graph, agreement.id)}`);
  console.log(
    `   parties    ${agreement.parties.map((id) => nameOf(graph, "actor", id)).join(" · ")}`,
  );
  if (agreement.recipients)
    console.log(
      `   concerning ${agreement.recipients.map((id) => nameOf(graph, "actor", id)).join(" · ")} (not bound)`,
    );
  console.log(
    `   topics     ${agreement.topics.map((id) => nameOf(graph, "topic", id)).join(" · ")}`,
  );
  console.log(`   accounts   ${accounts.length}`);
  for (const account of accounts) {
    const where =
      account.statedAt === undefined ? "" : `, at ${nameOf(graph, "event", account.statedAt)}`;
    const framing = account.attests ? account.kind : `${account.kind}, not an agreement`;
    console.log(
      `   ▸ ${speakers(graph, account)}${where} (${voiceOf(graph, account)}): ${framing}`,
    );
    for (const span of spansOf(graph, agreement.id, account)) {
      console.log(`     [${span.start}, ${span.end}) in ${span.source} (${span.language})`);
      console.log(`     «${span.quote}»`);
    }
  }
});

// What one side said alone is not an agreement, however it is phrased: list it apart.
const alone = [
  ...unilateralCommitments(graph, "united-states"),
  ...unilateralCommitments(graph, "russia"),
];
console.log(`\n${bold("Not agreements")} ${dim("(one side alone):")}`);
for (const commitment of alone)
  console.log(
    `   ${commitment.kind.padEnd(9)} ${commitment.summary.en} ${dim(`(${gradeOf(graph, commitment.id)})`)}`,
  );
