// Walking around the Geneva graph: what is next to a record, how two records are linked, what
// was raised but not agreed, and search in English and Arabic.
//
//   pnpm example explore
import {
  buildGraph,
  connection,
  discussedButNotAgreed,
  neighborhood,
  type RecordEntry,
  search,
  sharedTopics,
} from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";

const graph = buildGraph(geneva2021);

const short = (text: string) => (text.length > 64 ? `${text.slice(0, 63)}…` : text);

/** A short readable label for any record, in both languages where the record has both. */
function label(entry: RecordEntry): string {
  switch (entry.kind) {
    case "actor":
    case "event":
      return [entry.record.name.en, entry.record.name.ar].filter(Boolean).join(" / ");
    case "topic":
      return [entry.record.label.en, entry.record.label.ar].filter(Boolean).join(" / ");
    case "source":
      return short(entry.record.title);
    default:
      return short(`${entry.record.kind}: ${entry.record.summary.en}`);
  }
}

const heading = (text: string) => console.log(`\n== ${text}`);

heading("Next to the Minsk agreement (one step, either direction)");
for (const entry of neighborhood(graph, "minsk-diplomacy", 1))
  console.log(`  ${entry.depth} ${entry.kind.padEnd(10)} ${entry.record.id}`);

heading("Within two steps of Vladimir Putin: counts by kind");
const counts = new Map<string, number>();
for (const entry of neighborhood(graph, "vladimir-putin", 2))
  counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
console.log(`  ${[...counts].map(([kind, n]) => `${kind} ${n}`).join(", ")}`);

for (const [a, b] of [
  ["vladimir-putin", "ukraine"],
  ["cybercrime", "iran"],
] as const) {
  heading(`How ${a} and ${b} are linked (shortest chain)`);
  for (const step of connection(graph, a, b)) {
    const via =
      step.via === undefined
        ? "   "
        : step.via.direction === "forward"
          ? `—${step.via.relation}→ `
          : `←${step.via.relation}— `;
    console.log(`  ${via}${step.kind} ${step.record.id}`);
  }
}

heading("Topics both leaders dealt with");
console.log(
  `  ${sharedTopics(graph, "joe-biden", "vladimir-putin")
    .map((topic) => topic.id)
    .join(", ")}`,
);

heading("Raised between Biden and Putin, but covered by no agreement between them");
for (const topic of discussedButNotAgreed(graph, ["joe-biden", "vladimir-putin"]))
  console.log(`  ${topic.id.padEnd(30)} ${topic.label.en}`);

for (const text of ["putin", "بوتين", "الولايات المتحدة", "الولايات المتحده", "cyber"]) {
  heading(`search ${JSON.stringify(text)}`);
  for (const hit of search(graph, text).slice(0, 4))
    console.log(`  ${hit.match.padEnd(7)} ${hit.kind.padEnd(10)} ${label(hit)}`);
}
