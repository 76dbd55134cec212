// The details panel: a record's names in English and Arabic, its fields, and for a commitment or
// claim who is bound, who says so, and each quote in its paragraph, in the source's language and
// direction, with the quoted words marked.
import {
  type AccordGraph,
  accountsOf,
  type EvidenceSpan,
  evidenceOf,
  gradeOf,
  type RecordEntry,
  type Statement,
} from "@accordkg/core";
import {
  CLAIM_KINDS,
  COMMITMENT_KINDS,
  type Corroboration,
  EVIDENCE_GRADE_DEFINITIONS,
  EVIDENCE_GRADES,
  type Source,
} from "@accordkg/data";
import { h, replaceChildren } from "./dom";
import { styleOf } from "./kinds";
import { directionOf, langSpan, nameOf, shorten } from "./text";

export type PanelActions = {
  select: (key: string) => void;
  expand: () => void;
  close: () => void;
  /** How many steps out the neighbourhood of this record is shown (0: not expanded). */
  focusDepth: number;
  /** For an actor: whether it is one of the "Agreed by all" parties, and how to change that. */
  party: { isParty: boolean; toggle: () => void } | undefined;
};

/** How many linked records of one relation the panel lists before "and N more". */
const LINKS_SHOWN = 25;

// How an edge reads from the side of the record shown, by relation and direction.
const RELATION_NAMES: Record<string, [outgoing: string, incoming: string]> = {
  "party-to": ["Party to", "Parties"],
  "stated-by": ["Stated by", "States"],
  about: ["Topics", "Statements about it"],
  recipient: ["Addressed to", "Addressed by"],
  represents: ["Represents", "Represented by"],
  participant: ["Took part in", "Participants"],
  discussed: ["Topics discussed", "Discussed at"],
  "subtopic-of": ["Under the topic", "Subtopics"],
  "occurred-at": ["At the event", "What happened there"],
  "stated-at": ["Said at", "Said there"],
  follows: ["Follows", "Followed by"],
  evidence: ["Quoted from", "Records quoting it"],
  "account-of": ["Account of", "Accounts"],
  "issued-by": ["Issued by", "Issued"],
  "translation-of": ["Translation of", "Translations"],
};

export function renderPanel(
  panel: HTMLElement,
  graph: AccordGraph,
  key: string,
  actions: PanelActions,
): void {
  const entry = graph.getNodeAttributes(key) as RecordEntry;
  const name = nameOf(entry);
  const style = styleOf(entry.kind);
  const link = (target: string) => recordLink(graph, target, actions.select);

  const expandLabel =
    actions.focusDepth === 0
      ? "Show only its neighbourhood"
      : `Expand: ${actions.focusDepth + 1} steps out`;
  const expand = h("button", { type: "button", id: "expand" }, expandLabel);
  expand.addEventListener("click", actions.expand);
  const close = h(
    "button",
    { type: "button", id: "close-panel", "aria-label": "Close the details" },
    "Close",
  );
  close.addEventListener("click", actions.close);

  const party =
    actions.party === undefined
      ? undefined
      : h(
          "button",
          { type: "button", id: "party-toggle", "aria-pressed": String(actions.party.isParty) },
          actions.party.isParty ? "Remove from “Agreed by all”" : "Add to “Agreed by all”",
        );
  if (party !== undefined && actions.party !== undefined)
    party.addEventListener("click", actions.party.toggle);

  const body: (Node | false | undefined)[] = [
    h("p", { class: "kind-badge" }, kindLine(entry, style.name)),
    h("h2", { tabindex: "-1", lang: "en", dir: entry.kind === "source" ? "auto" : "ltr" }, name.en),
    name.ar !== undefined && langSpan(name.ar, "ar", "p", { class: "name-ar" }),
    h("div", { class: "actions" }, expand, party, close),
    actions.focusDepth > 0 &&
      h(
        "p",
        { class: "hint" },
        `Showing the records within ${actions.focusDepth} step${actions.focusDepth === 1 ? "" : "s"} of this one.`,
      ),
  ];

  switch (entry.kind) {
    case "commitment":
    case "claim":
      body.push(...statementDetails(graph, key, entry.record, link));
      break;
    case "actor": {
      const actor = entry.record;
      body.push(
        fields([
          ["Kind", actor.kind],
          [
            "Represents",
            actor.represents?.length
              ? listOf(actor.represents.map((id) => link(`actor:${id}`)))
              : undefined,
          ],
          [
            "Also known as",
            actor.aliases?.length
              ? listOf(actor.aliases.map((alias) => h("span", { dir: "auto" }, alias)))
              : undefined,
          ],
          ["Wikidata", actor.wikidata],
        ]),
      );
      break;
    }
    case "topic":
      body.push(
        fields([
          [
            "Under",
            entry.record.parent === undefined ? undefined : link(`topic:${entry.record.parent}`),
          ],
          ["Wikidata", entry.record.wikidata],
        ]),
      );
      break;
    case "event": {
      const event = entry.record;
      body.push(
        fields([
          ["Kind", event.kind],
          ["Date", event.date],
          ["Place", event.place === undefined ? undefined : localized(event.place.name)],
        ]),
        evidenceSection(graph, key, "Evidence"),
      );
      break;
    }
    case "source":
      body.push(sourceDetails(entry.record, link));
      break;
    case "account": {
      const account = entry.record;
      body.push(
        fields([
          [
            "Account of",
            link(
              graph.hasNode(`commitment:${account.of}`)
                ? `commitment:${account.of}`
                : `claim:${account.of}`,
            ),
          ],
          ["Frames it as", account.kind],
          ["Stated by", listOf(account.statedBy.map((id) => link(`actor:${id}`)))],
          [
            "Said at",
            account.statedAt === undefined ? undefined : link(`event:${account.statedAt}`),
          ],
        ]),
        h("h3", {}, "Summary"),
        localized(account.summary, "p"),
        evidenceSection(graph, key, "Evidence"),
      );
      break;
    }
  }
  body.push(linksSection(graph, key, link));
  replaceChildren(panel, ...body);
}

function kindLine(entry: RecordEntry, kindName: string): string {
  if (entry.kind === "commitment" || entry.kind === "claim")
    return `${kindName} · ${entry.record.kind}`;
  return kindName;
}

function statementDetails(
  graph: AccordGraph,
  key: string,
  statement: Statement,
  link: (key: string) => HTMLElement,
): HTMLElement[] {
  const kinds: Record<string, { definition: string }> = { ...COMMITMENT_KINDS, ...CLAIM_KINDS };
  const ids = (prefix: string, list: readonly string[] | undefined) =>
    list?.length ? listOf(list.map((id) => link(`${prefix}:${id}`))) : undefined;
  return [
    h("p", { class: "definition" }, kinds[statement.kind]?.definition ?? ""),
    h("h3", {}, "Summary"),
    localized(statement.summary, "p"),
    fields([
      ["Parties", ids("actor", statement.parties)],
      ["Addressed to", ids("actor", statement.recipients)],
      ["Topics", ids("topic", statement.topics)],
      ["Stated by", ids("actor", statement.statedBy)],
      ["Event", statement.event === undefined ? undefined : link(`event:${statement.event}`)],
      [
        "Said at",
        statement.statedAt === undefined ? undefined : link(`event:${statement.statedAt}`),
      ],
    ]),
    ...accountsSection(graph, key, statement, link),
    ...(statement.corroboratedBy?.length ? [corroborations(statement.corroboratedBy)] : []),
  ];
}

// A statement's account: who states it, where, and the quotes that show it.
function accountsSection(
  graph: AccordGraph,
  key: string,
  statement: Statement,
  link: (key: string) => HTMLElement,
): HTMLElement[] {
  const grade = gradeOf(graph, key);
  const accounts = accountsOf(graph, key);
  const spans = evidenceOf(graph, key);
  const parties = (ids: readonly string[]) => listOf(ids.map((id) => link(`actor:${id}`)));
  return [
    h(
      "p",
      { class: "grade", id: "grade" },
      h("strong", {}, "Evidence grade: "),
      h("span", { class: `grade-${grade}` }, grade),
      ` (of ${EVIDENCE_GRADES.join(", ")}) — ${EVIDENCE_GRADE_DEFINITIONS[grade].definition}`,
    ),
    h(
      "section",
      { class: "accounts", "aria-labelledby": "accounts-heading" },
      h("h3", { id: "accounts-heading" }, `Accounts (${accounts.length})`),
      ...accounts.map((account, i) =>
        h(
          "article",
          { class: "account", "data-account": account.id },
          h(
            "p",
            { class: "account-line" },
            h(
              "strong",
              {},
              account.primary ? `${i + 1}. The record's own account` : `${i + 1}. Another account`,
            ),
            account.joint ? " — a text all the parties issued together" : "",
          ),
          h(
            "p",
            { class: "account-line" },
            "Stated by ",
            parties(account.statedBy),
            account.statedAt === undefined ? "" : " at ",
            account.statedAt === undefined ? "" : link(`event:${account.statedAt}`),
            account.speaksFor.length > 0 ? "; speaks for " : "; speaks for none of the parties",
            account.speaksFor.length > 0 ? parties(account.speaksFor) : "",
            ".",
          ),
          !account.attests &&
            h(
              "p",
              { class: "frames" },
              `This account calls it ${withArticle(account.kind)}, not ${withArticle(statement.kind)}: it does not count for the grade.`,
            ),
          !account.primary && localized(account.summary, "p"),
          ...spans
            .filter((span) => (span.account ?? statement.id) === account.id)
            .map((span) => quote(graph, span)),
        ),
      ),
    ),
  ];
}

function evidenceSection(graph: AccordGraph, key: string, title: string): HTMLElement {
  return h(
    "section",
    { class: "accounts" },
    h("h3", {}, title),
    ...evidenceOf(graph, key).map((span) => quote(graph, span)),
  );
}

/**
 * A quote inside its paragraph (the source's line that holds it), the quoted words marked. The
 * mark carries `dir`, which makes it a bidi isolate: bidi controls inside a quote cannot reorder
 * the words around it.
 */
function quote(graph: AccordGraph, span: EvidenceSpan): HTMLElement {
  const source = (graph.getNodeAttributes(`source:${span.source}`) as RecordEntry).record as Source;
  const text = source.text;
  const from = text.lastIndexOf("\n", span.start - 1) + 1;
  const newline = text.indexOf("\n", span.end);
  const to = newline === -1 ? text.length : newline;
  const before = text.slice(from, span.start);
  const after = text.slice(span.end, to);
  const dir = directionOf(source.language);
  return h(
    "figure",
    { class: "quote" },
    h(
      "blockquote",
      { lang: source.language, dir },
      h(
        "p",
        {},
        before.length > 600 ? `…${before.slice(-600)}` : before,
        h("mark", { dir }, span.quote),
        after.length > 600 ? `${after.slice(0, 600)}…` : after,
      ),
    ),
    h(
      "figcaption",
      {},
      h("span", { dir: "auto" }, shorten(source.title, 140)),
      ` · ${source.language}`,
      source.publisher === undefined ? "" : ` · `,
      source.publisher === undefined ? "" : h("span", { dir: "auto" }, source.publisher),
      source.publishedAt === undefined ? "" : ` · ${source.publishedAt}`,
      ` · characters [${span.start}, ${span.end})`,
    ),
  );
}

function corroborations(list: readonly Corroboration[]): HTMLElement {
  return h(
    "section",
    { class: "note" },
    h("h3", {}, "Editor's note, not part of the source"),
    h(
      "ul",
      {},
      ...list.map((c) =>
        h(
          "li",
          {},
          "Corroborated by ",
          h("cite", { dir: "auto" }, c.title),
          c.date === undefined ? "" : ` (${c.date})`,
          c.note === undefined ? "" : h("span", { dir: "auto" }, `: ${c.note}`),
          // The address is shown as text, not a link: the page opens nothing.
          c.url === undefined ? "" : h("span", { class: "address" }, c.url),
        ),
      ),
    ),
  );
}

function sourceDetails(source: Source, link: (key: string) => HTMLElement): HTMLElement {
  return fields([
    [
      "Issued by",
      source.issuedBy?.length
        ? listOf(source.issuedBy.map((id) => link(`actor:${id}`)))
        : undefined,
    ],
    [
      "Translation of",
      source.translationOf === undefined ? undefined : link(`source:${source.translationOf}`),
    ],
    ["Language", source.language],
    [
      "Publisher",
      source.publisher === undefined ? undefined : h("span", { dir: "auto" }, source.publisher),
    ],
    ["Published", source.publishedAt],
    ["Address", source.url === undefined ? undefined : h("span", { class: "address" }, source.url)],
    ["Length", `${source.text.length} characters`],
  ]);
}

/** Every record linked to `key`, grouped by relation and direction. */
function linksSection(
  graph: AccordGraph,
  key: string,
  link: (key: string) => HTMLElement,
): HTMLElement {
  const groups = new Map<string, Set<string>>();
  const add = (label: string, other: string) => {
    if (!groups.has(label)) groups.set(label, new Set());
    groups.get(label)?.add(other);
  };
  graph.forEachOutEdge(key, (_, attributes, __, target) =>
    add(RELATION_NAMES[attributes.relation]?.[0] ?? attributes.relation, target),
  );
  graph.forEachInEdge(key, (_, attributes, source) =>
    add(RELATION_NAMES[attributes.relation]?.[1] ?? attributes.relation, source),
  );
  const total = [...groups.values()].reduce((sum, set) => sum + set.size, 0);
  return h(
    "section",
    { class: "links", "aria-labelledby": "links-heading" },
    h("h3", { id: "links-heading" }, `Linked records (${total})`),
    ...[...groups].map(([label, others]) => {
      const shown = [...others].slice(0, LINKS_SHOWN);
      return h(
        "div",
        {},
        h("h4", {}, `${label} (${others.size})`),
        h(
          "ul",
          {},
          ...shown.map((other) => h("li", {}, link(other))),
          others.size > LINKS_SHOWN &&
            h("li", { class: "hint" }, `and ${others.size - LINKS_SHOWN} more`),
        ),
      );
    }),
  );
}

function recordLink(graph: AccordGraph, key: string, select: (key: string) => void): HTMLElement {
  if (!graph.hasNode(key)) return h("span", {}, key);
  const name = nameOf(graph.getNodeAttributes(key) as RecordEntry);
  const button = h(
    "button",
    { type: "button", class: "link", "data-key": key, lang: "en" },
    shorten(name.en, 90),
  );
  button.addEventListener("click", () => select(key));
  return button;
}

function localized(
  text: { en: string; ar?: string | undefined },
  tag: "span" | "p" = "span",
): HTMLElement {
  return h(
    "div",
    { class: "localized" },
    langSpan(text.en, "en", tag),
    text.ar === undefined ? false : langSpan(text.ar, "ar", tag),
  );
}

function listOf(items: HTMLElement[]): HTMLElement {
  return h(
    "span",
    { class: "list" },
    ...items.flatMap((item, i) => (i === 0 ? [item] : [", ", item])),
  );
}

function fields(rows: [string, Node | string | undefined][]): HTMLElement {
  return h(
    "dl",
    { class: "fields" },
    ...rows
      .filter((row): row is [string, Node | string] => row[1] !== undefined)
      .flatMap(([label, value]) => [h("dt", {}, label), h("dd", {}, value)]),
  );
}

/** "an assessment", "a pledge". */
function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}
