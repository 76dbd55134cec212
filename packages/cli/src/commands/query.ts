import {
  type AccordGraph,
  accountsOf,
  agreedByAll,
  commitmentsAbout,
  commitmentsOf,
  connection,
  discussedButNotAgreed,
  evidenceOf,
  gradeOf,
  NODE_KINDS,
  neighborhood,
  nodeKey,
  type Perspective,
  perspectives,
  type Statement,
  search,
  statedBy,
  unilateralCommitments,
} from "@accordkg/core";
import type { CommitmentKind, EvidenceGrade, Topic } from "@accordkg/data";
import type { Context } from "../context";
import { actorNames, arabicOf, labelOf, nameOf, spanText } from "../describe";
import { type Column, renderTable } from "../table";

// The `query` commands: each asks one of the core queries and prints its answer as a table, or
// as JSON with --json (the records as the dataset holds them, in the query's documented order).

const plural = (n: number, word: string, many = `${word}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? word : many}`;

/** Names joined for a sentence: `A`, `A and B`, `A, B and C`. */
function joinNames(names: readonly string[]): string {
  return names.length < 2
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const STATEMENT_COLUMNS: readonly Column[] = [
  { header: "statement" },
  { header: "parties" },
  { header: "summary", wrap: true },
  { header: "evidence", wrap: true },
];

function statementRows(graph: AccordGraph, statements: readonly Statement[]): string[][] {
  return statements.map((statement) => [
    [
      statement.id,
      `${statement.kind}, graded ${gradeOf(graph, statement.id)}`,
      `stated by ${actorNames(graph, statement.statedBy).replaceAll("\n", ", ")}`,
    ].join("\n"),
    [
      actorNames(graph, statement.parties),
      ...(statement.recipients ?? []).map((id) => `${nameOf(graph, "actor", id)} (recipient)`),
    ].join("\n"),
    statement.summary.en,
    statement.evidence.map(spanText).join("\n"),
  ]);
}

/** Prints statements: a heading and a table, a sentence when there are none, or JSON. */
function printStatements(
  ctx: Context,
  graph: AccordGraph,
  statements: readonly Statement[],
  json: boolean,
  heading: string,
  none: string,
): void {
  if (json) ctx.print(JSON.stringify(statements, null, 2));
  else if (statements.length === 0) ctx.print(none);
  else {
    ctx.print(heading);
    ctx.print(renderTable(STATEMENT_COLUMNS, statementRows(graph, statements), ctx.width, ctx.out));
  }
}

function printTopics(
  ctx: Context,
  topics: readonly Topic[],
  json: boolean,
  heading: string,
  none: string,
) {
  if (json) {
    ctx.print(JSON.stringify(topics, null, 2));
    return;
  }
  if (topics.length === 0) {
    ctx.print(none);
    return;
  }
  ctx.print(heading);
  ctx.print(
    renderTable(
      [{ header: "topic" }, { header: "label", wrap: true }, { header: "Arabic", wrap: true }],
      topics.map((topic) => [topic.id, topic.label.en, topic.label.ar ?? ""]),
      ctx.width,
      ctx.out,
    ),
  );
}

const partyNames = (graph: AccordGraph, parties: readonly string[]) =>
  joinNames(parties.map((id) => nameOf(graph, "actor", id.replace(/^actor:/, ""))));

export function queryAgreed(
  ctx: Context,
  graph: AccordGraph,
  parties: string[],
  minGrade: EvidenceGrade | undefined,
  json: boolean,
) {
  const agreements = agreedByAll(graph, parties, minGrade === undefined ? {} : { minGrade });
  const names = partyNames(graph, parties);
  const graded = minGrade === undefined ? "" : ` with evidence graded ${minGrade} or better`;
  printStatements(
    ctx,
    graph,
    agreements,
    json,
    `${plural(agreements.length, "agreement")} ${agreements.length === 1 ? "binds" : "bind"} ${names}${graded}, each as its speaker (stated by) reports it:`,
    `No agreement binds ${names}${graded} in these datasets.`,
  );
}

/** Matters as `perspectives` reports them: each with its grade and how each account frames it. */
function printPerspectives(
  ctx: Context,
  graph: AccordGraph,
  heading: string,
  matters: readonly Perspective[],
) {
  ctx.print(`\n${heading} (${matters.length}):`);
  if (matters.length === 0) return;
  ctx.print(
    renderTable(
      [{ header: "matter" }, { header: "summary", wrap: true }, { header: "accounts", wrap: true }],
      matters.map(({ record, grade, accounts }) => [
        `${record.id}\n${record.kind}, graded ${grade}`,
        record.summary.en,
        accounts
          .map(
            (account) =>
              `${actorNames(graph, account.statedBy).replaceAll("\n", ", ")}: ${account.kind}`,
          )
          .join("\n"),
      ]),
      ctx.width,
      ctx.out,
    ),
  );
}

/**
 * `accordkg query perspectives --parties <ids>`: what each side's own accounts say was agreed,
 * what only one side's do, what only third parties say, and where accounts differ in kind.
 */
export function queryPerspectives(
  ctx: Context,
  graph: AccordGraph,
  parties: string[],
  json: boolean,
) {
  const answer = perspectives(graph, parties);
  if (json) {
    ctx.print(JSON.stringify(answer, null, 2));
    return;
  }
  const names = partyNames(graph, parties);
  ctx.print(`What ${names} agreed on, according to each side's own accounts:`);
  printPerspectives(
    ctx,
    graph,
    "Agreed according to every side, or in a text all of them issued",
    answer.agreed,
  );
  for (const [party, matters] of Object.entries(answer.onlyAccordingTo))
    printPerspectives(
      ctx,
      graph,
      `Agreed according to ${nameOf(graph, "actor", party)} only`,
      matters,
    );
  printPerspectives(ctx, graph, "Called agreed by third parties only", answer.reported);
  printPerspectives(ctx, graph, "Accounts that differ in kind", answer.divergent);
}

/** `accordkg query accounts <id>`: every account of a commitment or claim, and its grade. */
export function queryAccounts(ctx: Context, graph: AccordGraph, id: string, json: boolean) {
  const accounts = accountsOf(graph, id);
  if (json) {
    ctx.print(JSON.stringify(accounts, null, 2));
    return;
  }
  const entry = recordOf(graph, id);
  const record = entry?.kind === "commitment" || entry?.kind === "claim" ? entry.record : undefined;
  const grade = gradeOf(graph, id);
  ctx.print(
    `${plural(accounts.length, "account")} of ${record?.kind ?? "statement"} ${record?.id ?? id}, graded ${grade}: ${record?.summary.en ?? ""}`,
  );
  ctx.print(
    renderTable(
      [
        { header: "account" },
        { header: "stated by" },
        { header: "summary", wrap: true },
        { header: "evidence", wrap: true },
      ],
      accounts.map((account) => [
        [
          account.primary ? `${account.id} (its own)` : account.id,
          account.attests ? account.kind : `${account.kind}, not ${record?.kind ?? "the same"}`,
          ...(account.joint ? ["joint text"] : []),
        ].join("\n"),
        [
          actorNames(graph, account.statedBy),
          ...account.speaksFor.map((id) => `for ${nameOf(graph, "actor", id)}`),
        ].join("\n"),
        account.summary.en,
        account.evidence.map(spanText).join("\n"),
      ]),
      ctx.width,
      ctx.out,
    ),
  );
}

export function queryOf(
  ctx: Context,
  graph: AccordGraph,
  actor: string,
  kinds: CommitmentKind[] | undefined,
  json: boolean,
) {
  const found = commitmentsOf(graph, actor, kinds === undefined ? {} : { kinds });
  const name = nameOf(graph, "actor", actor);
  const which = kinds === undefined ? "" : ` (${kinds.join(", ")})`;
  printStatements(
    ctx,
    graph,
    found,
    json,
    `${name} is a party to ${plural(found.length, "commitment")}${which}:`,
    `${name} is a party to no commitment${which} in these datasets.`,
  );
}

export function queryAbout(ctx: Context, graph: AccordGraph, topic: string, json: boolean) {
  const found = commitmentsAbout(graph, topic);
  const label = nameOf(graph, "topic", topic);
  printStatements(
    ctx,
    graph,
    found,
    json,
    `${plural(found.length, "commitment")} about ${label} (or a topic under it):`,
    `No commitment is about ${label} in these datasets.`,
  );
}

export function queryUnilateral(ctx: Context, graph: AccordGraph, actor: string, json: boolean) {
  const found = unilateralCommitments(graph, actor);
  const name = nameOf(graph, "actor", actor);
  printStatements(
    ctx,
    graph,
    found,
    json,
    `${plural(found.length, "commitment")} ${name} made on its own (pledges, proposals, warnings, demands):`,
    `${name} made no commitment on its own in these datasets.`,
  );
}

export function queryStatedBy(ctx: Context, graph: AccordGraph, actor: string, json: boolean) {
  const found = statedBy(graph, actor);
  const name = nameOf(graph, "actor", actor);
  printStatements(
    ctx,
    graph,
    found,
    json,
    `${plural(found.length, "statement")} stated by ${name} (commitments and claims):`,
    `Nothing is stated by ${name} in these datasets.`,
  );
}

export function queryDiscussed(ctx: Context, graph: AccordGraph, parties: string[], json: boolean) {
  const topics = discussedButNotAgreed(graph, parties);
  const names = partyNames(graph, parties);
  printTopics(
    ctx,
    topics,
    json,
    `${plural(topics.length, "topic")} ${names} raised but did not agree on:`,
    `${names} agreed on every topic they raised together.`,
  );
}

export function querySearch(ctx: Context, graph: AccordGraph, text: string, json: boolean) {
  const hits = search(graph, text);
  if (json) {
    ctx.print(JSON.stringify(hits, null, 2));
    return;
  }
  if (hits.length === 0) {
    ctx.print(`Nothing matches «${text}».`);
    return;
  }
  ctx.print(`${plural(hits.length, "match", "matches")} for «${text}», best first:`);
  ctx.print(
    renderTable(
      [
        { header: "match" },
        { header: "kind" },
        { header: "id" },
        { header: "English", wrap: true },
        { header: "Arabic", wrap: true },
      ],
      hits.map((hit) => [hit.match, hit.kind, hit.record.id, labelOf(hit), arabicOf(hit) ?? ""]),
      ctx.width,
      ctx.out,
    ),
  );
}

export function queryEvidence(ctx: Context, graph: AccordGraph, id: string, json: boolean) {
  const spans = evidenceOf(graph, id);
  if (json) {
    ctx.print(JSON.stringify(spans, null, 2));
    return;
  }
  const entry = recordOf(graph, id);
  const what = entry === undefined ? id : `${entry.kind} ${entry.record.id}: ${labelOf(entry)}`;
  if (spans.length === 0) {
    ctx.print(`No evidence: ${what} (actors, topics and sources carry none of their own).`);
    return;
  }
  ctx.print(`${plural(spans.length, "evidence span")} of ${what}`);
  ctx.print(
    renderTable(
      [
        { header: "account, speaker" },
        { header: "[start, end)" },
        { header: "source" },
        { header: "quote", wrap: true },
      ],
      spans.map((span) => [
        [
          `${span.account ?? "its own"} #${span.index}`,
          ...span.statedBy.map((id) => nameOf(graph, "actor", id)),
        ].join("\n"),
        `[${span.start}, ${span.end})`,
        `${span.source}\n(${span.language})`,
        `«${span.quote}»`,
      ]),
      ctx.width,
      ctx.out,
    ),
  );
}

export function queryNeighborhood(
  ctx: Context,
  graph: AccordGraph,
  id: string,
  depth: number,
  json: boolean,
) {
  const entries = neighborhood(graph, id, depth);
  if (json) {
    ctx.print(JSON.stringify(entries, null, 2));
    return;
  }
  const reach = depth === Number.POSITIVE_INFINITY ? "any number of" : String(depth);
  ctx.print(
    `${plural(entries.length, "record")} within ${reach} edge${depth === 1 ? "" : "s"} of ${id}:`,
  );
  ctx.print(
    renderTable(
      [{ header: "depth" }, { header: "kind" }, { header: "id" }, { header: "label", wrap: true }],
      entries.map((entry) => [String(entry.depth), entry.kind, entry.record.id, labelOf(entry)]),
      ctx.width,
      ctx.out,
    ),
  );
}

export function queryConnection(
  ctx: Context,
  graph: AccordGraph,
  a: string,
  b: string,
  json: boolean,
) {
  const steps = connection(graph, a, b);
  if (json) {
    ctx.print(JSON.stringify(steps, null, 2));
    return;
  }
  if (steps.length === 0) {
    ctx.print(`Nothing links ${a} to ${b} in these datasets.`);
    return;
  }
  ctx.print(`${a} to ${b} in ${plural(steps.length - 1, "step")}:`);
  ctx.print(
    renderTable(
      [{ header: "via" }, { header: "kind" }, { header: "id" }, { header: "label", wrap: true }],
      steps.map((step) => [
        step.via === undefined
          ? "(start)"
          : `${step.via.direction === "forward" ? "→" : "←"} ${step.via.relation}`,
        step.kind,
        step.record.id,
        labelOf(step),
      ]),
      ctx.width,
      ctx.out,
    ),
  );
}

/** The record an id or node key names, whatever its kind. */
function recordOf(graph: AccordGraph, id: string) {
  for (const kind of NODE_KINDS) {
    const key = id.startsWith(`${kind}:`) ? id : nodeKey(kind, id);
    if (graph.hasNode(key)) return graph.getNodeAttributes(key);
  }
  return undefined;
}
