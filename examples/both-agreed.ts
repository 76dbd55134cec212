// What did the two sides agree on in Geneva? The library's main question, answered from the
// Arabic report of Joe Biden's press conference, with the exact words that prove each answer.
//
//   pnpm example both-agreed
import {
  agreedByAll,
  buildGraph,
  evidenceOf,
  nodeKey,
  statedBy,
  unilateralCommitments,
} from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";

const graph = buildGraph(geneva2021);

/** The English name of an actor, topic or event, from its node. */
function nameOf(kind: "actor" | "topic" | "event", id: string): string {
  const node = graph.getNodeAttributes(nodeKey(kind, id));
  if (node.kind === "actor" || node.kind === "event") return node.record.name.en;
  if (node.kind === "topic") return node.record.label.en;
  return id;
}

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[22m` : text);

const SPEAKER = "joe-biden";
const PARTIES = ["joe-biden", "vladimir-putin"];
const source = geneva2021.sources[0];

// Agreements binding both leaders (or the states they represent), kept to those Biden states:
// in this report that is all of them, but the filter is what makes the account explicit.
const account = new Set(statedBy(graph, SPEAKER).map((statement) => statement.id));
const agreements = agreedByAll(graph, PARTIES).filter((agreement) => account.has(agreement.id));

console.log(bold("What the two sides agreed on in Geneva, 16 June 2021"));
console.log(
  `According to ${nameOf("actor", SPEAKER)}, as reported by one source: ${source?.title} (${source?.language}).`,
);
console.log(
  dim(
    "This is one side's account of a bilateral meeting, not a joint text. Quotes are verbatim; offsets are [start, end) in UTF-16 code units.",
  ),
);
// Each leader stands for the state they represent: name both, as the agreements bind the states.
const sides = PARTIES.map((id) => {
  const node = graph.getNodeAttributes(nodeKey("actor", id));
  const states = node.kind === "actor" ? (node.record.represents ?? []) : [];
  return `${nameOf("actor", id)} for ${states.map((state) => nameOf("actor", state)).join(", ")}`;
});
console.log(`\n${agreements.length} agreements bind both sides (${sides.join("; ")}):`);

agreements.forEach((agreement, i) => {
  console.log(`\n${bold(`${i + 1}. ${agreement.summary.en}`)}`);
  console.log(`   id         ${agreement.id}`);
  console.log(`   parties    ${agreement.parties.map((id) => nameOf("actor", id)).join(" · ")}`);
  if (agreement.recipients)
    console.log(
      `   concerning ${agreement.recipients.map((id) => nameOf("actor", id)).join(" · ")} (not bound)`,
    );
  console.log(`   topics     ${agreement.topics.map((id) => nameOf("topic", id)).join(" · ")}`);
  const where =
    agreement.statedAt === undefined ? "" : `, at ${nameOf("event", agreement.statedAt)}`;
  console.log(
    `   stated by  ${agreement.statedBy.map((id) => nameOf("actor", id)).join(", ")}${where}`,
  );
  for (const span of evidenceOf(graph, agreement.id)) {
    console.log(`   quote      [${span.start}, ${span.end}) in ${span.source}`);
    console.log(`              «${span.quote}»`);
  }
  for (const note of agreement.corroboratedBy ?? []) {
    const date = note.date === undefined ? "" : ` (${note.date})`;
    console.log(
      dim(`   editor's note, not part of the source: corroborated by "${note.title}"${date}`),
    );
    if (note.url !== undefined) console.log(dim(`              ${note.url}`));
  }
});

// What one side said alone is not an agreement, however it is phrased: list it apart.
const alone = [
  ...unilateralCommitments(graph, "united-states"),
  ...unilateralCommitments(graph, "russia"),
];
console.log(`\n${bold("Not agreements")} ${dim("(one side alone, per the same account):")}`);
for (const commitment of alone)
  console.log(`   ${commitment.kind.padEnd(9)} ${commitment.summary.en}`);
