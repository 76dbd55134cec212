// Adding your own document: a source text, the actors and commitments in it, evidence offsets
// computed from the text itself, and another account of a commitment Geneva already holds; then
// one graph over it and the Geneva dataset, and questions that cross both.
//
//   pnpm example extend-dataset
import {
  accountsOf,
  agreedByAll,
  buildGraph,
  commitmentsAbout,
  discussedButNotAgreed,
  evidenceOf,
  gradeOf,
  nodeKey,
  search,
} from "@accordkg/core";
import { Dataset, geneva2021, mergeDatasets } from "@accordkg/data";

// 1. The text. It is invented for this example and says so; a real one would be pasted verbatim.
const SOURCE = "example-ministers-readout";
const text = [
  "Example readout, invented for this demonstration; it reports no real call.",
  "The foreign ministers of the United States and Russia spoke by phone.",
  "The two ministers agreed to hold the first session of the strategic stability dialogue in Geneva.",
  "The Russian minister proposed adding security in outer space to the agenda.",
  "The American minister called the exchange businesslike.",
  "The Russian minister recalled that the presidents had agreed in Geneva to launch the strategic stability dialogue.",
].join(" ");

/** An evidence span for `quote`, located in the text: offsets are never typed by hand. */
function evidence(quote: string) {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return { source: SOURCE, start, end: start + quote.length, quote };
}

// 2. Records shared with the Geneva dataset are copied as they are there: mergeDatasets keeps
// one of each identical record, and reports a conflict if the copies differ.
const shared = <T extends { id: string }>(records: readonly T[], ...wanted: string[]) =>
  records.filter((record) => wanted.includes(record.id));

// Dataset.parse checks the file's shape; the references that cross into Geneva (the account's
// \`of\`) are checked when the two are merged, by mergeDatasets (or buildGraph) below.
const mine = Dataset.parse({
  id: "ministers-readout",
  title: "An invented readout of a ministers' call",
  sources: [
    {
      id: SOURCE,
      title: "Readout of a call between foreign ministers (invented example)",
      language: "en",
      text,
    },
  ],
  actors: [
    ...shared(geneva2021.actors, "united-states", "russia"),
    {
      id: "us-foreign-minister",
      kind: "person",
      name: { en: "The US foreign minister (example)" },
      represents: ["united-states"],
    },
    {
      id: "russian-foreign-minister",
      kind: "person",
      name: { en: "The Russian foreign minister (example)" },
      represents: ["russia"],
    },
  ],
  topics: [
    ...shared(geneva2021.topics, "global-security", "strategic-stability"),
    {
      id: "space-security",
      label: { en: "Security in outer space" },
      parent: "global-security",
    },
  ],
  events: [
    {
      id: "ministers-call",
      kind: "other",
      name: { en: "Phone call between the foreign ministers (example)" },
      date: "2021-07-01",
      participants: ["us-foreign-minister", "russian-foreign-minister"],
      topics: ["strategic-stability", "space-security"],
      evidence: [evidence("The foreign ministers of the United States and Russia spoke by phone.")],
    },
  ],
  commitments: [
    {
      id: "first-dialogue-session",
      kind: "agreement",
      parties: ["united-states", "russia"],
      topics: ["strategic-stability"],
      statedBy: ["us-foreign-minister"],
      event: "ministers-call",
      summary: { en: "The ministers agreed to hold the first session of the dialogue in Geneva." },
      evidence: [
        evidence("agreed to hold the first session of the strategic stability dialogue in Geneva"),
      ],
    },
    {
      id: "space-on-the-agenda",
      kind: "proposal",
      parties: ["russian-foreign-minister"],
      recipients: ["united-states"],
      topics: ["space-security"],
      statedBy: ["us-foreign-minister"],
      event: "ministers-call",
      summary: {
        en: "The Russian minister proposed adding security in outer space to the agenda.",
      },
      evidence: [evidence("proposed adding security in outer space to the agenda")],
    },
  ],
  claims: [
    {
      id: "exchange-businesslike",
      kind: "assessment",
      parties: ["us-foreign-minister"],
      topics: ["strategic-stability"],
      statedBy: ["us-foreign-minister"],
      event: "ministers-call",
      summary: { en: "The American minister called the exchange businesslike." },
      evidence: [evidence("called the exchange businesslike")],
    },
  ],
  // Another account of an agreement the Geneva dataset already holds: linked by its id, so the
  // merged graph counts the agreement once, with one more account, rather than twice. The
  // agreement itself is not copied: `of` may name a record of a dataset this one is merged with.
  accounts: [
    {
      id: "russian-minister-on-the-dialogue",
      of: "strategic-stability-dialogue",
      kind: "agreement",
      statedBy: ["russian-foreign-minister"],
      statedAt: "ministers-call",
      summary: {
        en: "The Russian minister recalled that the presidents had agreed to launch the dialogue.",
      },
      evidence: [
        evidence(
          "recalled that the presidents had agreed in Geneva to launch the strategic stability dialogue",
        ),
      ],
    },
  ],
});

// 3. One graph over both datasets. buildGraph(geneva2021, mine) would merge them the same way.
const both = mergeDatasets(geneva2021, mine);
const graph = buildGraph(both);
console.log(
  `Merged "${both.title}": ${both.sources.length} sources, ${both.actors.length} actors, ${both.commitments.length} commitments, ${both.claims.length} claims.`,
);

const nameOf = (id: string) => {
  const node = graph.getNodeAttributes(nodeKey("actor", id));
  return node.kind === "actor" ? node.record.name.en : id;
};
const sourceOf = (id: string) => evidenceOf(graph, id)[0]?.source ?? "?";

// 4. Questions across both sources.
console.log("\nAgreements binding the United States and Russia, from either source:");
for (const agreement of agreedByAll(graph, ["united-states", "russia"]))
  console.log(
    `  ${agreement.id.padEnd(30)} stated by ${agreement.statedBy.map(nameOf).join(", ")}, in ${sourceOf(agreement.id)}`,
  );

console.log("\nThe same, asked of the two ministers (each stands for their state):");
console.log(
  `  ${agreedByAll(graph, ["us-foreign-minister", "russian-foreign-minister"]).length} agreements`,
);

console.log("\nCommitments about strategic stability or a topic below it:");
for (const commitment of commitmentsAbout(graph, "strategic-stability"))
  console.log(`  ${commitment.kind.padEnd(9)} ${commitment.id} (${sourceOf(commitment.id)})`);

console.log("\nRaised in the ministers' call but not agreed:");
for (const topic of discussedButNotAgreed(graph, [
  "us-foreign-minister",
  "russian-foreign-minister",
]))
  console.log(`  ${topic.id}: ${topic.label.en}`);

console.log("\nThe evidence for the new agreement, with its sentence:");
for (const span of evidenceOf(graph, "first-dialogue-session"))
  console.log(
    `  [${span.start}, ${span.end}) ${span.source} (${span.language})\n  "${span.sentence}"`,
  );

console.log("\nThe dialogue, now with one more account (the agreement is not counted twice):");
for (const account of accountsOf(graph, "strategic-stability-dialogue"))
  console.log(
    `  ${account.statedBy.map(nameOf).join(" and ").padEnd(46)} ${account.kind.padEnd(9)} ${account.sources.join(", ")}`,
  );
console.log(`  grade: ${gradeOf(graph, "strategic-stability-dialogue")}`);

console.log('\nSearch "minister":');
for (const hit of search(graph, "minister"))
  console.log(`  ${hit.match.padEnd(7)} ${hit.kind.padEnd(10)} ${hit.record.id}`);
