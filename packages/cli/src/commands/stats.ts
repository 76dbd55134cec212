import { type AccordGraph, gradeOf } from "@accordkg/core";
import { COLLECTIONS, type Dataset, EVIDENCE_GRADES, type EvidenceGrade } from "@accordkg/data";
import type { Context } from "../context";
import { countBy, tallyCounts } from "../report";
import { renderTable } from "../table";

/** What `accordkg stats` reports, and prints as JSON with --json. */
export interface Stats {
  readonly dataset: { readonly id: string; readonly title: string };
  /** Records per collection, and per kind where records have one. */
  readonly records: Record<string, { count: number; kinds?: Record<string, number> }>;
  readonly evidenceSpans: number;
  readonly sources: {
    id: string;
    title: string;
    language: string;
    characters: number;
    spans: number;
    publisher?: string;
    publishedAt?: string;
  }[];
  /** Sources per language tag. */
  readonly languages: Record<string, number>;
  /**
   * Commitments, agreements among them, and claims by evidence grade (computed from their
   * accounts by `gradeOf`), best grade first.
   */
  readonly grades: Record<"commitments" | "agreements" | "claims", Record<EvidenceGrade, number>>;
  readonly graph: { nodes: number; edges: number; relations: Record<string, number> };
}

const hasKind = (record: object): record is { kind: string } =>
  "kind" in record && typeof record.kind === "string";

/** Counts of a dataset and its graph. */
export function statsOf(dataset: Dataset, graph: AccordGraph): Stats {
  const spansBySource = new Map<string, number>();
  let evidenceSpans = 0;
  for (const collection of COLLECTIONS)
    for (const record of dataset[collection] as readonly object[])
      if ("evidence" in record && Array.isArray(record.evidence))
        for (const span of record.evidence as readonly { source: string }[]) {
          evidenceSpans++;
          spansBySource.set(span.source, (spansBySource.get(span.source) ?? 0) + 1);
        }
  const byGrade = () =>
    Object.fromEntries(EVIDENCE_GRADES.map((grade) => [grade, 0])) as Record<EvidenceGrade, number>;
  const grades = { commitments: byGrade(), agreements: byGrade(), claims: byGrade() };
  for (const commitment of dataset.commitments) {
    const grade = gradeOf(graph, commitment.id);
    grades.commitments[grade]++;
    if (commitment.kind === "agreement") grades.agreements[grade]++;
  }
  for (const claim of dataset.claims) grades.claims[gradeOf(graph, claim.id)]++;
  const records: Stats["records"] = {};
  for (const collection of COLLECTIONS) {
    const list: readonly object[] = dataset[collection];
    const kinds = list.some(hasKind) ? countBy(list.filter(hasKind).map((r) => r.kind)) : undefined;
    records[collection] =
      kinds === undefined ? { count: list.length } : { count: list.length, kinds };
  }
  return {
    dataset: { id: dataset.id, title: dataset.title },
    records,
    evidenceSpans,
    sources: dataset.sources.map((source) => ({
      id: source.id,
      title: source.title,
      language: source.language,
      characters: source.text.length,
      spans: spansBySource.get(source.id) ?? 0,
      ...(source.publisher === undefined ? {} : { publisher: source.publisher }),
      ...(source.publishedAt === undefined ? {} : { publishedAt: source.publishedAt }),
    })),
    languages: countBy(dataset.sources.map((source) => source.language)),
    grades,
    graph: {
      nodes: graph.order,
      edges: graph.size,
      relations: countBy(graph.mapEdges((_, attributes) => attributes.relation)),
    },
  };
}

const n = (value: number) => value.toLocaleString("en-US");

/** `accordkg stats`: records by collection and kind, sources and their languages, the graph. */
export function printStats(ctx: Context, stats: Stats, json: boolean): void {
  if (json) {
    ctx.print(JSON.stringify(stats, null, 2));
    return;
  }
  ctx.print(`${ctx.out.bold(stats.dataset.id)}: ${stats.dataset.title}`);
  const rows = Object.entries(stats.records).map(([collection, { count, kinds }]) => [
    collection,
    n(count),
    kinds === undefined ? "" : tallyCounts(kinds),
  ]);
  rows.push(["evidence spans", n(stats.evidenceSpans), ""]);
  ctx.print(
    renderTable(
      [{ header: "records" }, { header: "count" }, { header: "by kind", wrap: true }],
      rows,
      ctx.width,
      ctx.out,
    ),
  );
  ctx.print(
    `\n${stats.sources.length === 1 ? "1 source" : `${n(stats.sources.length)} sources`}, by language: ${Object.entries(
      stats.languages,
    )
      .map(([tag, count]) => `${tag} ${n(count)}`)
      .join(", ")}`,
  );
  ctx.print(
    renderTable(
      [
        { header: "source" },
        { header: "language" },
        { header: "characters" },
        { header: "spans" },
        { header: "title (publisher, date)", wrap: true },
      ],
      stats.sources
        .slice(0, 50)
        .map((source) => [
          source.id,
          source.language,
          n(source.characters),
          n(source.spans),
          [source.title, [source.publisher, source.publishedAt].filter(Boolean).join(", ")]
            .filter(Boolean)
            .join("\n"),
        ]),
      ctx.width,
      ctx.out,
    ),
  );
  if (stats.sources.length > 50)
    ctx.print(`(the first 50 of ${n(stats.sources.length)} sources; --json lists them all)`);
  ctx.print(
    "\nEvidence grades, from each record's accounts (joint: a text all parties issued together):",
  );
  ctx.print(
    renderTable(
      [
        { header: "grade" },
        { header: "commitments" },
        { header: "agreements" },
        { header: "claims" },
      ],
      EVIDENCE_GRADES.map((grade) => [
        grade,
        n(stats.grades.commitments[grade]),
        n(stats.grades.agreements[grade]),
        n(stats.grades.claims[grade]),
      ]),
      ctx.width,
      ctx.out,
    ),
  );
  const relations = Object.entries(stats.graph.relations).sort((a, b) => b[1] - a[1]);
  ctx.print(
    `\nGraph: ${n(stats.graph.nodes)} nodes, ${n(stats.graph.edges)} edges (${relations.map(([r, c]) => `${r} ${n(c)}`).join(", ")})`,
  );
}
