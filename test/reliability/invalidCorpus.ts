// The hostile-input corpus. Each case is test/fixtures/valid/minimal.json with one mistake a
// contributor makes (or an attacker tries), with the error codes it must produce and where. This
// file is the one place the expectations are written: running it writes test/fixtures/invalid/*.json
// and manifest.json, and corpus.test.ts fails if the committed files differ from what it generates.
//
//   npx tsx test/reliability/invalidCorpus.ts
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DatasetErrorCode, DatasetInput } from "@accordkg/data";

const here = fileURLToPath(new URL(".", import.meta.url));
export const FIXTURES = join(here, "../fixtures");
export const INVALID_DIR = join(FIXTURES, "invalid");
export const MINIMAL_PATH = join(FIXTURES, "valid/minimal.json");

/** One manifest entry: the file, and what validating it must report. */
export interface InvalidCase {
  file: string;
  /** The distinct codes of the issues, no more and no fewer. */
  codes: DatasetErrorCode[];
  /** Where the issue with `codes[0]` is (`formatPath` form). */
  path: string;
  /** How many issues in all, when more than one. */
  issues?: number;
  /** The file is valid alone; merging it with this file (relative to it) gives the error. */
  mergeWith?: string;
  why: string;
}

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;
type Draft = DeepMutable<DatasetInput>;
type Span = Draft["commitments"][number]["evidence"][number];

export const minimalJson = (): string => readFileSync(MINIMAL_PATH, "utf8");
const base = (): Draft => JSON.parse(minimalJson());
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function at<T>(list: readonly T[] | undefined, index: number): T {
  const item = list?.[index];
  if (item === undefined) throw new Error(`invalidCorpus: no item ${index} in the base fixture`);
  return item;
}
/** For mistakes the types forbid: a string where a list goes, a field that does not exist. */
const loose = (record: object) => record as Record<string, unknown>;

function replaceOnce(text: string, find: string, by: string): string {
  const index = text.indexOf(find);
  if (index === -1) throw new Error(`invalidCorpus: ${JSON.stringify(find)} not in the base text`);
  return text.slice(0, index) + by + text.slice(index + find.length);
}

const SOURCE = "geneva-2021-report-excerpt-ar";
const agreement = (d: Draft) => at(d.commitments, 0);
const proposal = (d: Draft) => at(d.commitments, 1);
const agreementSpan = (d: Draft) => at(agreement(d).evidence, 0);
const proposalSpan = (d: Draft) => at(proposal(d).evidence, 0);

function spanOf(source: string, text: string, quote: string): Span {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`invalidCorpus: ${JSON.stringify(quote)} not in ${source}`);
  return { source, start, end: start + quote.length, quote };
}

/** Adds a second source and a span in it to the agreement; returns that span to spoil. */
function withSecondSource(d: Draft, id: string, language: string, title: string, text: string) {
  d.sources.push({ id, title, language, text });
  return (quote: string): Span => {
    const span = spanOf(id, text, quote);
    agreement(d).evidence.push(span);
    return span;
  };
}

// A post with emoji: 🤝 and each regional-indicator letter of a flag take two UTF-16 code units.
const POST_ID = "geneva-2021-post-en";
const POST =
  "Biden and Putin agreed in Geneva 🇺🇸🤝🇷🇺 to launch a bilateral dialogue on strategic stability.";
const POST_TITLE = "A social-media post about the Geneva summit (test fixture)";
// The agreement's opening words, fully vocalized (with harakat, shadda and sukun).
const VOCALIZED_ID = "geneva-2021-quote-vocalized-ar";
const VOCALIZED = "اتَّفَقْنَا الْيَوْمَ عَلَى أَنْ نُطْلِقَ حِوَارًا ثُنَائِيًّا";
const VOCALIZED_TITLE = "The agreement's opening words with full diacritics (test fixture)";

interface Definition extends InvalidCase {
  content: () => string;
}

const edit =
  (change: (d: Draft) => void): (() => string) =>
  () => {
    const d = base();
    change(d);
    return json(d);
  };

const CASES: Definition[] = [
  // Not JSON at all.
  {
    file: "json-empty-file.json",
    codes: ["invalid_json"],
    path: "(dataset)",
    why: "An empty file.",
    content: () => "",
  },
  {
    file: "json-trailing-comma.json",
    codes: ["invalid_json"],
    path: "(dataset)",
    why: "A comma after the last commitment, as JavaScript allows and JSON does not.",
    content: () => replaceOnce(minimalJson(), "    }\n  ]\n}\n", "    },\n  ]\n}\n"),
  },
  {
    file: "json-truncated.json",
    codes: ["invalid_json"],
    path: "(dataset)",
    why: "A download cut off half way.",
    content: () => minimalJson().slice(0, Math.floor(minimalJson().length / 2)),
  },
  {
    file: "json-comments.json",
    codes: ["invalid_json"],
    path: "(dataset)",
    why: "A `//` comment, as an editor's JSONC mode allows and JSON does not.",
    content: () => replaceOnce(minimalJson(), '  "sources"', '  // The one source.\n  "sources"'),
  },
  {
    file: "json-utf8-bom.json",
    codes: ["invalid_json"],
    path: "(dataset)",
    why: "A byte-order mark before the first brace, as some Windows editors save UTF-8.",
    content: () => `\uFEFF${minimalJson()}`,
  },

  // Valid JSON, not a dataset.
  {
    file: "not-an-object-array.json",
    codes: ["invalid_type"],
    path: "(dataset)",
    why: "The dataset wrapped in a list.",
    content: () => json([base()]),
  },
  {
    file: "not-an-object-null.json",
    codes: ["invalid_type"],
    path: "(dataset)",
    why: "`null` instead of a dataset.",
    content: () => "null\n",
  },

  // Wrong types.
  {
    file: "wrong-type-parties-string.json",
    codes: ["invalid_type"],
    path: "commitments[0].parties",
    why: "One party written as a string, not a list.",
    content: edit((d) => {
      loose(agreement(d)).parties = "united-states";
    }),
  },
  {
    file: "wrong-type-summary-string.json",
    codes: ["invalid_type"],
    path: "commitments[1].summary",
    why: "A summary written as plain text instead of `{ en, ar }`.",
    content: edit((d) => {
      loose(proposal(d)).summary = "Biden proposed that critical infrastructure be off-limits.";
    }),
  },
  {
    file: "wrong-type-id-number.json",
    codes: ["invalid_type", "unknown_topic"],
    path: "topics[1].id",
    issues: 3,
    why: "A topic numbered instead of named; the two references to its old id no longer resolve.",
    content: edit((d) => {
      loose(at(d.topics, 1)).id = 2;
    }),
  },
  {
    file: "wrong-type-offset-string.json",
    codes: ["invalid_offset"],
    path: "commitments[0].evidence[0].start",
    why: "An offset written as a string.",
    content: edit((d) => {
      loose(agreementSpan(d)).start = "9";
    }),
  },
  {
    file: "offset-negative.json",
    codes: ["invalid_offset"],
    path: "commitments[1].evidence[0].start",
    why: "A negative offset.",
    content: edit((d) => {
      proposalSpan(d).start = -1;
    }),
  },
  {
    file: "offset-fraction.json",
    codes: ["invalid_offset"],
    path: "commitments[0].evidence[0].end",
    why: "An offset that is not a whole number.",
    content: edit((d) => {
      agreementSpan(d).end = 152.5;
    }),
  },
  {
    file: "offset-overflow.json",
    codes: ["invalid_offset"],
    path: "commitments[0].evidence[0].end",
    why: "`1e400`, which JSON.parse reads as Infinity.",
    content: () => replaceOnce(minimalJson(), '"end": 153,', '"end": 1e400,'),
  },
  {
    file: "offset-unsafe-integer.json",
    codes: ["invalid_offset"],
    path: "commitments[0].evidence[0].end",
    why: "An offset past 2^53, where numbers stop being exact integers.",
    content: () => replaceOnce(minimalJson(), '"end": 153,', '"end": 9007199254740993,'),
  },

  // Unknown keys, including the ones that poison prototypes when copied naively.
  {
    file: "unknown-key-typo.json",
    codes: ["unknown_key", "missing_field"],
    path: "commitments[0].partys",
    issues: 2,
    why: "`parties` misspelt `partys`: an unknown field, and the real one missing.",
    content: () =>
      replaceOnce(
        minimalJson(),
        '"parties": [\n        "united-states",',
        '"partys": [\n        "united-states",',
      ),
  },
  {
    file: "unknown-key-extra-field.json",
    codes: ["unknown_key"],
    path: "actors[2].capital",
    why: "A field the model does not have.",
    content: edit((d) => {
      loose(at(d.actors, 2)).capital = "Washington";
    }),
  },
  {
    file: "unknown-key-top-level.json",
    codes: ["unknown_key"],
    path: "version",
    why: "A top-level field the model does not have.",
    content: edit((d) => {
      loose(d).version = 2;
    }),
  },
  {
    file: "proto-key-top-level.json",
    codes: ["unknown_key"],
    path: "__proto__",
    why: 'A `"__proto__"` key, which naive merging copies into Object.prototype.',
    content: () => replaceOnce(minimalJson(), "{\n", '{\n  "__proto__": { "polluted": true },\n'),
  },
  {
    file: "proto-key-in-record.json",
    codes: ["unknown_key"],
    path: "commitments[0].__proto__",
    why: 'A `"__proto__"` key inside a commitment, trying to give it a hidden prototype.',
    content: () =>
      replaceOnce(
        minimalJson(),
        '"id": "strategic-stability-dialogue",',
        '"__proto__": { "kind": "pledge", "polluted": true },\n      "id": "strategic-stability-dialogue",',
      ),
  },
  {
    file: "constructor-key-in-record.json",
    codes: ["unknown_key"],
    path: "actors[0].constructor",
    why: 'A `"constructor": { "prototype": … }` key, the other prototype-pollution route.',
    content: edit((d) => {
      Object.assign(at(d.actors, 0), { constructor: { prototype: { polluted: true } } });
    }),
  },

  // A record that is not a record.
  {
    file: "null-commitment.json",
    codes: ["invalid_type"],
    path: "commitments[1]",
    why: "`null` in the list of commitments, as a script that drops a record may leave.",
    content: edit((d) => {
      loose(d.commitments)[1] = null;
    }),
  },
  {
    file: "null-actor.json",
    codes: ["invalid_type", "unknown_actor"],
    path: "actors[3]",
    issues: 4,
    why: "`null` where the actor `russia` was: its three references no longer resolve.",
    content: edit((d) => {
      loose(d.actors)[3] = null;
    }),
  },

  // Missing fields.
  {
    file: "missing-summary.json",
    codes: ["missing_field"],
    path: "commitments[1].summary",
    why: "A commitment without its summary.",
    content: edit((d) => {
      delete loose(proposal(d)).summary;
    }),
  },
  {
    file: "missing-source-text.json",
    codes: ["missing_field"],
    path: "sources[0].text",
    why: "A source without its text; the spans into it are not reported again.",
    content: edit((d) => {
      delete loose(at(d.sources, 0)).text;
    }),
  },
  {
    file: "missing-event-date.json",
    codes: ["missing_field"],
    path: "events[0].date",
    why: "An event without a date.",
    content: edit((d) => {
      delete loose(at(d.events, 0)).date;
    }),
  },
  {
    file: "missing-actors.json",
    codes: ["missing_field"],
    path: "actors",
    why: "No `actors` at all: one issue, not one per reference to an actor.",
    content: edit((d) => {
      delete loose(d).actors;
    }),
  },

  // Values out of their vocabulary or format.
  {
    file: "invalid-commitment-kind.json",
    codes: ["invalid_value"],
    path: "commitments[0].kind",
    why: "`Agreement` capitalised; kinds are a closed lowercase vocabulary.",
    content: edit((d) => {
      loose(agreement(d)).kind = "Agreement";
    }),
  },
  {
    file: "invalid-actor-kind.json",
    codes: ["invalid_value"],
    path: "actors[3].kind",
    why: "An actor of kind `country`; references to it still resolve, so nothing else is reported.",
    content: edit((d) => {
      loose(at(d.actors, 3)).kind = "country";
    }),
  },
  {
    file: "empty-title.json",
    codes: ["empty_string"],
    path: "title",
    why: "An empty dataset title.",
    content: edit((d) => {
      d.title = "";
    }),
  },
  {
    file: "empty-topics.json",
    codes: ["empty_list"],
    path: "commitments[1].topics",
    why: "A commitment about no topic.",
    content: edit((d) => {
      proposal(d).topics = [];
    }),
  },
  {
    file: "empty-evidence.json",
    codes: ["empty_list"],
    path: "commitments[0].evidence",
    why: "A commitment with no evidence span: nothing in the source proves it.",
    content: edit((d) => {
      agreement(d).evidence = [];
    }),
  },
  {
    file: "empty-sources.json",
    codes: ["empty_list"],
    path: "sources",
    why: "No source: one issue, not one per span pointing into it.",
    content: edit((d) => {
      d.sources = [];
    }),
  },
  {
    file: "id-too-long.json",
    codes: ["too_long"],
    path: "commitments[1].id",
    why: "An id of 129 characters (the limit is 128).",
    content: edit((d) => {
      proposal(d).id = `critical-infrastructure-${"x".repeat(105)}`;
    }),
  },
  {
    file: "invalid-language.json",
    codes: ["invalid_language"],
    path: "sources[0].language",
    why: "`Arabic` instead of the tag `ar`.",
    content: edit((d) => {
      at(d.sources, 0).language = "Arabic";
    }),
  },
  {
    file: "invalid-wikidata.json",
    codes: ["invalid_wikidata"],
    path: "actors[0].wikidata",
    why: "A Wikidata id without its `Q`.",
    content: edit((d) => {
      at(d.actors, 0).wikidata = "6279";
    }),
  },
  {
    file: "invalid-date-format.json",
    codes: ["invalid_date"],
    path: "events[0].date",
    why: "A day-first date.",
    content: edit((d) => {
      at(d.events, 0).date = "16/06/2021";
    }),
  },
  {
    file: "invalid-date-february-30.json",
    codes: ["invalid_date"],
    path: "sources[0].publishedAt",
    why: "A well-formed date that does not exist.",
    content: edit((d) => {
      at(d.sources, 0).publishedAt = "2021-02-30";
    }),
  },
  {
    file: "invalid-url-no-scheme.json",
    codes: ["invalid_url"],
    path: "sources[0].url",
    why: "A URL without `https://`.",
    content: edit((d) => {
      at(d.sources, 0).url = "www.aa.com.tr/ar";
    }),
  },
  {
    file: "invalid-url-javascript-scheme.json",
    codes: ["invalid_url"],
    path: "sources[0].url",
    why: "A `javascript:` URL, which runs script when a page renders it as a link.",
    content: edit((d) => {
      at(d.sources, 0).url = "javascript:alert(document.cookie)";
    }),
  },

  // Ids that are not slugs, or that name built-in properties.
  {
    file: "id-with-spaces.json",
    codes: ["invalid_id"],
    path: "commitments[1].id",
    why: "An id written as a phrase.",
    content: edit((d) => {
      proposal(d).id = "critical infrastructure off limits";
    }),
  },
  {
    file: "id-uppercase.json",
    codes: ["invalid_id"],
    path: "commitments[0].id",
    why: "An id in title case.",
    content: edit((d) => {
      agreement(d).id = "Strategic-Stability-Dialogue";
    }),
  },
  {
    file: "id-control-character.json",
    codes: ["invalid_id"],
    path: "commitments[1].id",
    why: "An id ending in a newline.",
    content: edit((d) => {
      proposal(d).id = "critical-infrastructure-off-limits\n";
    }),
  },
  {
    file: "id-zero-width-space.json",
    codes: ["invalid_id"],
    path: "commitments[0].parties[1]",
    why: "A reference that looks like `russia` but ends in a zero-width space.",
    content: edit((d) => {
      agreement(d).parties[1] = "russia\u200B";
    }),
  },
  {
    file: "id-proto.json",
    codes: ["invalid_id"],
    path: "actors[1].id",
    issues: 2,
    why: "An actor with id `__proto__`, and the event that references it.",
    content: () => minimalJson().replaceAll('"vladimir-putin"', '"__proto__"'),
  },
  {
    file: "id-constructor.json",
    codes: ["reserved_id"],
    path: "topics[1].id",
    why: "A topic with id `constructor`, a property every JavaScript object has.",
    content: () => minimalJson().replaceAll('"critical-infrastructure"', '"constructor"'),
  },
  {
    file: "id-hasownproperty.json",
    codes: ["reserved_id"],
    path: "events[0].id",
    why: "An event with id `hasownproperty`, which a case-insensitive lookup confuses with Object.prototype.hasOwnProperty.",
    content: () => minimalJson().replaceAll('"geneva-summit-2021"', '"hasownproperty"'),
  },
  {
    file: "id-tostring.json",
    codes: ["invalid_id"],
    path: "commitments[1].id",
    why: "An id `toString`, also not a slug.",
    content: edit((d) => {
      proposal(d).id = "toString";
    }),
  },

  // Duplicates.
  {
    file: "duplicate-id-same-kind.json",
    codes: ["duplicate_id"],
    path: "actors[4].id",
    why: "The same actor pasted twice.",
    content: edit((d) => {
      d.actors.push(structuredClone(at(d.actors, 3)));
    }),
  },
  {
    file: "duplicate-id-across-kinds.json",
    codes: ["duplicate_id"],
    path: "topics[2].id",
    why: "A topic with the id of an actor: ids are unique across every kind of record.",
    content: edit((d) => {
      d.topics.push({ id: "russia", label: { en: "Russia" } });
    }),
  },
  {
    file: "duplicate-id-commitment-and-event.json",
    codes: ["duplicate_id"],
    path: "commitments[1].id",
    why: "A commitment with the id of the event it was made at.",
    content: edit((d) => {
      proposal(d).id = "geneva-summit-2021";
    }),
  },
  {
    file: "duplicate-reference.json",
    codes: ["duplicate_reference"],
    path: "commitments[1].recipients[1]",
    why: "The same recipient listed twice.",
    content: edit((d) => {
      proposal(d).recipients = ["russia", "russia"];
    }),
  },
  {
    file: "merge-conflict-same-id.json",
    codes: ["merge_conflict"],
    path: "actors[3].name",
    mergeWith: "../valid/minimal.json",
    why: "A second contributor's dataset, valid alone, that names the actor `russia` differently.",
    content: edit((d) => {
      d.id = "minimal-geneva-excerpt-second-contributor";
      at(d.actors, 3).name = { en: "Russian Federation", ar: "روسيا الاتحادية" };
    }),
  },
  {
    file: "merge-conflict-across-kinds.json",
    codes: ["merge_conflict"],
    path: "actors[0].id",
    mergeWith: "../valid/minimal.json",
    why: "A dataset, valid alone, whose actor has the id of a topic in the other dataset.",
    content: () =>
      json({
        id: "strategic-stability-institute",
        title: "An organization a contributor added (test fixture)",
        sources: [at(base().sources, 0)],
        actors: [
          {
            id: "strategic-stability",
            kind: "organization",
            name: { en: "Strategic Stability Institute" },
          },
        ],
        topics: [],
        events: [],
        commitments: [],
      }),
  },

  // Dangling references of every kind.
  {
    file: "unknown-actor-party.json",
    codes: ["unknown_actor"],
    path: "commitments[0].parties[1]",
    why: "A party that is not among the actors.",
    content: edit((d) => {
      agreement(d).parties[1] = "russian-federation";
    }),
  },
  {
    file: "unknown-actor-recipient.json",
    codes: ["unknown_actor"],
    path: "commitments[1].recipients[0]",
    why: "A recipient named by its capital, which is not an actor.",
    content: edit((d) => {
      proposal(d).recipients = ["moscow"];
    }),
  },
  {
    file: "unknown-actor-stated-by.json",
    codes: ["unknown_actor"],
    path: "commitments[1].statedBy[0]",
    why: "A speaker by surname instead of id.",
    content: edit((d) => {
      proposal(d).statedBy = ["biden"];
    }),
  },
  {
    file: "unknown-actor-represents.json",
    codes: ["unknown_actor"],
    path: "actors[1].represents[0]",
    why: "A leader representing a state that is not among the actors.",
    content: edit((d) => {
      at(d.actors, 1).represents = ["russian-federation"];
    }),
  },
  {
    file: "unknown-actor-participant.json",
    codes: ["unknown_actor"],
    path: "events[0].participants[1]",
    why: "An event participant misspelt.",
    content: edit((d) => {
      at(d.events, 0).participants[1] = "vladimir-puttin";
    }),
  },
  {
    file: "unknown-actor-in-claim.json",
    codes: ["unknown_actor"],
    path: "claims[0].parties[1]",
    why: "A claim (a discussion) with a misspelt party.",
    content: edit((d) => {
      const text = at(d.sources, 0).text;
      d.claims = [
        {
          id: "discussed-cybersecurity",
          kind: "discussion",
          parties: ["joe-biden", "vladimir-putn"],
          topics: ["critical-infrastructure"],
          statedBy: ["joe-biden"],
          summary: { en: "Biden and Putin discussed cybersecurity." },
          evidence: [spanOf(SOURCE, text, "ناقشا الأمن السيبراني")],
        },
      ];
    }),
  },
  {
    file: "unknown-topic.json",
    codes: ["unknown_topic"],
    path: "commitments[1].topics[0]",
    why: "A topic that is not among the topics.",
    content: edit((d) => {
      proposal(d).topics = ["cybersecurity"];
    }),
  },
  {
    file: "unknown-topic-parent.json",
    codes: ["unknown_topic"],
    path: "topics[1].parent",
    why: "A parent topic that does not exist.",
    content: edit((d) => {
      at(d.topics, 1).parent = "cybersecurity";
    }),
  },
  {
    file: "unknown-event.json",
    codes: ["unknown_event"],
    path: "commitments[0].event",
    why: "An event id without its year.",
    content: edit((d) => {
      agreement(d).event = "geneva-summit";
    }),
  },
  {
    file: "unknown-event-stated-at.json",
    codes: ["unknown_event"],
    path: "commitments[0].statedAt",
    why: "`statedAt` naming a press conference that is not among the events.",
    content: edit((d) => {
      agreement(d).statedAt = "biden-press-conference-2021-06-16";
    }),
  },
  {
    file: "unknown-event-follows.json",
    codes: ["unknown_event"],
    path: "events[0].follows",
    why: "`follows` naming an event that is not in the dataset.",
    content: edit((d) => {
      at(d.events, 0).follows = "g7-summit-2021";
    }),
  },
  {
    file: "unknown-source.json",
    codes: ["unknown_source"],
    path: "commitments[1].evidence[0].source",
    why: "A span into a source id that does not exist.",
    content: edit((d) => {
      proposalSpan(d).source = "geneva-2021-report-ar";
    }),
  },
  {
    file: "wrong-kind-topic-as-party.json",
    codes: ["wrong_reference_kind"],
    path: "commitments[1].parties[0]",
    why: "A topic id among the parties.",
    content: edit((d) => {
      proposal(d).parties = ["strategic-stability"];
    }),
  },
  {
    file: "wrong-kind-actor-as-source.json",
    codes: ["wrong_reference_kind"],
    path: "commitments[0].evidence[0].source",
    why: "The speaker's id where the source's id goes.",
    content: edit((d) => {
      agreementSpan(d).source = "joe-biden";
    }),
  },
  {
    file: "wrong-kind-actor-as-event.json",
    codes: ["wrong_reference_kind"],
    path: "commitments[0].event",
    why: "An actor id where the event's id goes.",
    content: edit((d) => {
      agreement(d).event = "russia";
    }),
  },
  {
    file: "wrong-kind-commitment-as-topic.json",
    codes: ["wrong_reference_kind"],
    path: "commitments[1].topics[0]",
    why: "A commitment id among the topics.",
    content: edit((d) => {
      proposal(d).topics = ["strategic-stability-dialogue"];
    }),
  },

  // Spans and quotes.
  {
    file: "span-out-of-bounds.json",
    codes: ["span_out_of_bounds"],
    path: "commitments[1].evidence[0].end",
    why: "A span ending past the end of the text (397 code units).",
    content: edit((d) => {
      proposalSpan(d).end = 400;
    }),
  },
  {
    file: "span-reversed.json",
    codes: ["span_reversed"],
    path: "commitments[0].evidence[0].end",
    why: "`start` and `end` swapped.",
    content: edit((d) => {
      Object.assign(agreementSpan(d), { start: 153, end: 9 });
    }),
  },
  {
    file: "span-empty.json",
    codes: ["span_empty"],
    path: "commitments[1].evidence[0].end",
    why: "A span with `end` equal to `start`.",
    content: edit((d) => {
      proposalSpan(d).end = proposalSpan(d).start;
    }),
  },
  {
    file: "quote-mismatch-typo.json",
    codes: ["quote_mismatch"],
    path: "commitments[0].evidence[0].quote",
    why: "One letter of the quote changed (نطلق written نطلع).",
    content: edit((d) => {
      agreementSpan(d).quote = replaceOnce(agreementSpan(d).quote, "نطلق", "نطلع");
    }),
  },
  {
    file: "quote-off-by-one.json",
    codes: ["quote_mismatch"],
    path: "commitments[1].evidence[0].quote",
    why: "Both offsets one too far: the quote is right, the span is not.",
    content: edit((d) => {
      proposalSpan(d).start += 1;
      proposalSpan(d).end += 1;
    }),
  },
  {
    file: "quote-tatweel.json",
    codes: ["quote_mismatch"],
    path: "commitments[0].evidence[0].quote",
    why: "A quote stretched with tatweel (الاستـــقرار), a visible letter the source does not have.",
    content: edit((d) => {
      agreementSpan(d).quote = replaceOnce(agreementSpan(d).quote, "الاستقرار", "الاستـــقرار");
    }),
  },
  {
    file: "quote-nfd.json",
    codes: ["quote_normalization_mismatch"],
    path: "commitments[0].evidence[0].quote",
    why: "The quote in NFD (أ as ا + hamza above), the source in NFC.",
    content: edit((d) => {
      agreementSpan(d).quote = agreementSpan(d).quote.normalize("NFD");
    }),
  },
  {
    file: "source-nfd.json",
    codes: ["quote_normalization_mismatch"],
    path: "commitments[0].evidence[0].quote",
    issues: 2,
    why: "The source text in NFD, offsets counted in it, quotes pasted in NFC: each quote with a hamza.",
    content: edit((d) => {
      const source = at(d.sources, 0);
      source.text = source.text.normalize("NFD");
      for (const record of [...d.events, ...d.commitments])
        for (const span of record.evidence) {
          const nfd = spanOf(SOURCE, source.text, span.quote.normalize("NFD"));
          Object.assign(span, { start: nfd.start, end: nfd.end });
        }
    }),
  },
  {
    file: "quote-rtl-marks.json",
    codes: ["quote_invisible_mismatch"],
    path: "commitments[0].evidence[0].quote",
    why: "A quote wrapped in right-to-left marks (U+200F) by the editor it was copied from.",
    content: edit((d) => {
      agreementSpan(d).quote = `\u200F${agreementSpan(d).quote}\u200F`;
    }),
  },
  {
    file: "quote-zero-width.json",
    codes: ["quote_invisible_mismatch"],
    path: "commitments[1].evidence[0].quote",
    why: "A quote with a zero-width non-joiner (U+200C) the source does not have.",
    content: edit((d) => {
      proposalSpan(d).quote = replaceOnce(proposalSpan(d).quote, "اقتراحا", "اقتراح\u200Cا");
    }),
  },
  {
    file: "astral-code-point-offsets.json",
    codes: ["quote_mismatch"],
    path: "commitments[0].evidence[1].quote",
    why: "Offsets counted in code points (as Python does) after emoji; JavaScript counts UTF-16 units.",
    content: edit((d) => {
      const span = withSecondSource(d, POST_ID, "en", POST_TITLE, POST)("to launch a bilateral");
      const codePoints = [...POST.slice(0, span.start)].length;
      Object.assign(span, { start: codePoints, end: codePoints + span.quote.length });
    }),
  },
  {
    file: "astral-split-end.json",
    codes: ["span_splits_surrogate_pair"],
    path: "commitments[0].evidence[1].end",
    why: "A span ending between the two halves of 🤝.",
    content: edit((d) => {
      const span = withSecondSource(d, POST_ID, "en", POST_TITLE, POST)("agreed in Geneva 🇺🇸");
      span.end += 1;
      span.quote = POST.slice(span.start, span.end);
    }),
  },
  {
    file: "astral-split-start.json",
    codes: ["span_splits_surrogate_pair"],
    path: "commitments[0].evidence[1].start",
    why: "A span starting on the second half of 🤝.",
    content: edit((d) => {
      const span = withSecondSource(d, POST_ID, "en", POST_TITLE, POST)("🤝🇷🇺 to launch");
      span.start += 1;
      span.quote = POST.slice(span.start, span.end);
    }),
  },
  {
    file: "combining-mark-end.json",
    codes: ["span_splits_combining_mark"],
    path: "commitments[0].evidence[1].end",
    why: "A span into vocalized Arabic that ends between a letter and its fatha (يَوْمَ cut before the last mark).",
    content: edit((d) => {
      const span = withSecondSource(
        d,
        VOCALIZED_ID,
        "ar",
        VOCALIZED_TITLE,
        VOCALIZED,
      )("اتَّفَقْنَا الْيَوْمَ");
      span.end -= 1;
      span.quote = VOCALIZED.slice(span.start, span.end);
    }),
  },
  {
    file: "combining-mark-start.json",
    codes: ["span_splits_combining_mark"],
    path: "commitments[0].evidence[1].start",
    why: "A span into vocalized Arabic that starts on a shadda, cut off from its letter.",
    content: edit((d) => {
      const span = withSecondSource(d, VOCALIZED_ID, "ar", VOCALIZED_TITLE, VOCALIZED)("اتَّفَقْنَا");
      span.start += 2;
      span.quote = VOCALIZED.slice(span.start, span.end);
    }),
  },

  // Rules of the model.
  {
    file: "topic-cycle.json",
    codes: ["topic_cycle"],
    path: "topics[1].parent",
    why: "Two topics each the parent of the other.",
    content: edit((d) => {
      at(d.topics, 0).parent = "critical-infrastructure";
      at(d.topics, 1).parent = "strategic-stability";
    }),
  },
  {
    file: "topic-self-parent.json",
    codes: ["topic_cycle"],
    path: "topics[0].parent",
    why: "A topic that is its own parent.",
    content: edit((d) => {
      at(d.topics, 0).parent = "strategic-stability";
    }),
  },
  {
    file: "topic-cycle-with-tail.json",
    codes: ["topic_cycle"],
    path: "topics[1].parent",
    why: "A topic under a two-topic cycle: the cycle is reported once, the topic leading into it is not.",
    content: edit((d) => {
      d.topics.push({
        id: "arms-control",
        label: { en: "Arms control" },
        parent: "strategic-stability",
      });
      at(d.topics, 0).parent = "critical-infrastructure";
      at(d.topics, 1).parent = "strategic-stability";
    }),
  },
  {
    file: "self-representation.json",
    codes: ["self_representation"],
    path: "actors[0].represents[0]",
    why: "A person representing themselves.",
    content: edit((d) => {
      at(d.actors, 0).represents = ["joe-biden"];
    }),
  },
  {
    file: "state-represents.json",
    codes: ["state_cannot_represent"],
    path: "actors[2].represents",
    why: "A state listed as representing another state.",
    content: edit((d) => {
      at(d.actors, 2).represents = ["russia"];
    }),
  },
  {
    file: "represents-a-person.json",
    codes: ["invalid_represents_target"],
    path: "actors[0].represents[0]",
    why: "A leader representing the other leader.",
    content: edit((d) => {
      at(d.actors, 0).represents = ["vladimir-putin"];
    }),
  },
  {
    file: "agreement-one-party.json",
    codes: ["agreement_too_few_parties"],
    path: "commitments[0].parties",
    why: "An agreement binding only the United States: one side's pledge recorded as an agreement.",
    content: edit((d) => {
      agreement(d).parties = ["united-states"];
    }),
  },
  {
    file: "agreement-same-party-twice.json",
    codes: ["duplicate_reference", "agreement_too_few_parties"],
    path: "commitments[0].parties[1]",
    issues: 2,
    why: "An agreement whose two parties are the same state.",
    content: edit((d) => {
      agreement(d).parties = ["russia", "russia"];
    }),
  },
  {
    file: "account-of-unknown-commitment.json",
    codes: ["unknown_statement"],
    path: "accounts[0].of",
    why: "Another account of the agreement whose `of` misspells the agreement's id.",
    content: edit((d) => {
      const own = agreement(d);
      d.accounts = [
        {
          id: "another-account",
          of: `${own.id}s`,
          kind: "agreement",
          statedBy: ["vladimir-putin"],
          summary: { en: "Another account of the agreement." },
          evidence: [{ ...agreementSpan(d) }],
        },
      ];
    }),
  },
  {
    file: "account-of-a-topic.json",
    codes: ["wrong_reference_kind"],
    path: "accounts[0].of",
    why: "An account whose `of` names a topic instead of a commitment or claim.",
    content: edit((d) => {
      d.accounts = [
        {
          id: "another-account",
          of: "strategic-stability",
          kind: "agreement",
          statedBy: ["vladimir-putin"],
          summary: { en: "Another account." },
          evidence: [{ ...agreementSpan(d) }],
        },
      ];
    }),
  },
  {
    file: "account-repeats-the-record.json",
    codes: ["duplicate_account"],
    path: "accounts[0]",
    why: "An account with the agreement's own speaker and span: the same words would count twice.",
    content: edit((d) => {
      const own = agreement(d);
      d.accounts = [
        {
          id: "same-words-again",
          of: own.id,
          kind: "agreement",
          statedBy: [...own.statedBy],
          summary: { en: "The same account again." },
          evidence: [{ ...agreementSpan(d) }],
        },
      ];
    }),
  },
  {
    file: "source-translation-of-itself.json",
    codes: ["translation_cycle"],
    path: "sources[0].translationOf",
    why: "A source marked as a translation of itself.",
    content: edit((d) => {
      at(d.sources, 0).translationOf = SOURCE;
    }),
  },
  {
    file: "source-issued-by-unknown-actor.json",
    codes: ["unknown_actor"],
    path: "sources[0].issuedBy[1]",
    why: "A source issued by two presidents, one of them misspelt.",
    content: edit((d) => {
      at(d.sources, 0).issuedBy = ["joe-biden", "vladimir-putn"];
    }),
  },
  {
    file: "empty-source.json",
    codes: ["empty_source"],
    path: "sources[1].text",
    why: "A second source added before its text was pasted.",
    content: edit((d) => {
      d.sources.push({
        id: "geneva-2021-report-en",
        title: "An English report of the Geneva summit (text still to paste)",
        language: "en",
        text: "",
      });
    }),
  },
  {
    file: "empty-source-whitespace.json",
    codes: ["empty_source", "span_out_of_bounds"],
    path: "sources[0].text",
    issues: 4,
    why: "A source whose text is only white space; each of the three spans into it is out of bounds.",
    content: edit((d) => {
      at(d.sources, 0).text = "\n \t\n";
    }),
  },
];

export const INVALID_CASES: readonly InvalidCase[] = CASES.map(
  ({ file, codes, path, issues, mergeWith, why }) => ({
    file,
    codes,
    path,
    ...(issues === undefined ? {} : { issues }),
    ...(mergeWith === undefined ? {} : { mergeWith }),
    why,
  }),
);

/** Every file of the corpus (manifest included) and its content. */
export function generateCorpus(): Map<string, string> {
  const files = new Map<string, string>();
  for (const { content, file } of CASES) {
    if (files.has(file)) throw new Error(`invalidCorpus: two cases named ${file}`);
    files.set(file, content());
  }
  files.set("manifest.json", json(INVALID_CASES));
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = generateCorpus();
  rmSync(INVALID_DIR, { recursive: true, force: true });
  mkdirSync(INVALID_DIR, { recursive: true });
  for (const [file, content] of files) {
    writeFileSync(join(INVALID_DIR, file), content, { flag: "w" });
  }
  console.log(`wrote ${files.size - 1} cases and manifest.json to ${INVALID_DIR}`);
}
