// Random datasets for the RDF tests: the project's generator (test/properties/arbitraries.ts), then
// decorated with what it never makes, so that a round trip meets every field: Wikidata ids,
// corroborations, empty optional lists, duplicate aliases, spans in two sources, texts with
// characters outside the Basic Multilingual Plane inside and before quotes, strings that need
// escaping in every syntax, language tags with capitals, and optional fields left out.
import { type Dataset, defineDataset } from "@accordkg/data";
import fc from "fast-check";
import { type Draft, fresh, nth, validInputWithAccounts } from "../properties/arbitraries";

/** Strings that need escaping somewhere: quotes, backslashes, new lines, tabs, RTL and astral. */
const TRICKY = [
  'a "quoted" word',
  "back\\slash",
  "two\nlines",
  "tab\there",
  "مرحبا «بالعالم»",
  "\u200Fمع علامة\u200E",
  "𝒜 and 😀",
  "<not> an @iri ; . #",
  "trailing space ",
  "ends with a backslash \\",
];
const ASTRAL = ["😀", "𝒜", "𠀋", "🇺🇳"];

interface Choices {
  readonly numbers: readonly number[];
  readonly texts: readonly string[];
}

const choices: fc.Arbitrary<Choices> = fc.record({
  numbers: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
  texts: fc.array(
    fc.oneof(
      fc.constantFrom(...TRICKY),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
    ),
    {
      minLength: 16,
      maxLength: 16,
    },
  ),
});

/** Inserts `insert` at `at` in a source's text and moves every span of it to match. */
function insertInto(draft: Draft, sourceIndex: number, at: number, insert: string): void {
  const source = nth(draft.sources, sourceIndex);
  const text = `${source.text.slice(0, at)}${insert}${source.text.slice(at)}`;
  source.text = text;
  const spans = [
    ...draft.events.flatMap((e) => e.evidence),
    ...draft.commitments.flatMap((c) => c.evidence),
    ...(draft.claims ?? []).flatMap((c) => c.evidence),
    ...(draft.accounts ?? []).flatMap((a) => a.evidence),
  ];
  for (const span of spans) {
    if (span.source !== source.id) continue;
    if (span.start >= at) span.start += insert.length;
    if (span.end > at) span.end += insert.length;
    span.quote = text.slice(span.start, span.end);
  }
}

/** A position inside `span` (after its first character) that splits no surrogate pair. */
function inside(text: string, start: number, end: number, n: number): number | undefined {
  for (let k = 0; k < end - start - 1; k++) {
    const at = start + 1 + ((n + k) % (end - start - 1));
    const before = text.charCodeAt(at - 1);
    if (!(before >= 0xd800 && before <= 0xdbff)) return at;
  }
  return undefined;
}

/** The decorations, each applied or not by the numbers given. */
export function decorate(input: Draft, { numbers, texts }: Choices): Draft {
  const d = fresh(input);
  let cursor = 0;
  const next = () => numbers[cursor++ % numbers.length] as number;
  const coin = () => next() % 2 === 0;
  const text = () => texts[next() % texts.length] as string;

  // Characters outside the BMP at the start of a text, and inside a quote.
  for (let s = 0; s < d.sources.length; s++) if (coin()) insertInto(d, s, 0, nth(ASTRAL, next()));
  const statement = nth(d.commitments, next());
  const span = nth(statement.evidence, 0);
  const source = d.sources.findIndex((s) => s.id === span.source);
  const at = inside(nth(d.sources, source).text, span.start, span.end, next());
  if (at !== undefined) insertInto(d, source, at, `${nth(ASTRAL, next())}${nth(ASTRAL, next())}`);

  if (coin()) delete d.description;
  else d.description = text();
  if (coin()) d.$schema = "https://unpkg.com/@accordkg/data/schema.json";
  d.title = text();
  // A translation: each source after the first may translate an earlier one (no cycle).
  d.sources.forEach((s, i) => {
    if (i > 0 && coin()) s.translationOf = nth(d.sources, next() % i).id;
  });
  for (const s of d.sources) {
    if (coin()) delete s.publisher;
    if (coin()) delete s.url;
    else s.url = `https://example.org/${next()}/a%20b?q="x"&y=${next()}#frag`;
    if (coin()) delete s.publishedAt;
    if (s.language === "en" && coin()) s.language = "en-GB";
    s.title = text();
  }
  for (const actor of d.actors) {
    if (coin()) actor.wikidata = `Q${1 + next()}`;
    const aliases = next() % 4;
    if (aliases === 0) actor.aliases = [];
    else if (aliases === 1) actor.aliases = [text(), text(), text()];
    else if (aliases === 2) actor.aliases = ["same", "same"];
    if (coin()) delete actor.name.ar;
    if (actor.represents && coin()) actor.represents = [];
  }
  for (const topic of d.topics) {
    if (coin()) topic.wikidata = `Q${1 + next()}`;
    topic.label.en = coin() ? text() : topic.label.en;
  }
  for (const event of d.events) {
    const place = next() % 3;
    if (place === 0) delete event.place;
    else if (place === 1 && event.place) event.place.wikidata = `Q${1 + next()}`;
    if (coin()) event.topics = [];
  }
  for (const c of [...d.commitments, ...(d.claims ?? [])]) {
    const corroborations = next() % 5;
    if (corroborations === 0) c.corroboratedBy = [];
    else if (corroborations <= 2)
      c.corroboratedBy = Array.from({ length: corroborations }, () => ({
        title: text(),
        ...(coin() ? { url: `https://example.org/c/${next()}` } : {}),
        ...(coin() ? { date: "2021-06-16" } : {}),
        ...(coin() ? { note: text() } : {}),
      }));
    if (c.recipients === undefined && coin()) c.recipients = [];
    const summary = next() % 3;
    if (summary === 0) delete c.summary.ar;
    else if (summary === 1) c.summary.en = text();
  }
  // A second span, in another source when there is one, put first or last.
  const twice = nth(d.commitments, next());
  const other = nth(d.commitments, next());
  const extra = structuredClone(nth(other.evidence, 0));
  if (!twice.evidence.some((s) => s.source === extra.source && s.start === extra.start))
    twice.evidence = coin() ? [...twice.evidence, extra] : [extra, ...twice.evidence];
  return d;
}

/** A valid dataset that exercises every field of the model. */
export const decoratedDataset: fc.Arbitrary<Dataset> = fc
  .tuple(validInputWithAccounts, choices)
  .map(([input, picked]) => defineDataset(decorate(input, picked)));
