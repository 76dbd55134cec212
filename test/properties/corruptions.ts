// Single mistakes to make in a valid dataset, each with the code and path it must be reported at.
// Each picks where to strike with `n` (any natural number), so fast-check can shrink it.
import { type Draft, type Expected, nth } from "./arbitraries";

type Statement = Draft["commitments"][number];

/** For mistakes the types forbid: a string where a list goes, a field that does not exist. */
const loose = (record: object) => record as Record<string, unknown>;

function commitment(d: Draft, n: number): [Statement, number] {
  const index = n % d.commitments.length;
  return [nth(d.commitments, index), index];
}

function span(d: Draft, n: number) {
  const [record, i] = commitment(d, n);
  const first = nth(record.evidence, 0);
  return { record, i, span: first, path: ["commitments", i, "evidence", 0] };
}

export interface Corruption {
  name: string;
  apply: (d: Draft, n: number) => Expected;
}

export const CORRUPTIONS: readonly Corruption[] = [
  {
    name: "an unknown party",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      record.parties[0] = "no-such-actor";
      return { code: "unknown_actor", path: ["commitments", i, "parties", 0] };
    },
  },
  {
    name: "an unknown speaker",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      record.statedBy[0] = "no-such-speaker";
      return { code: "unknown_actor", path: ["commitments", i, "statedBy", 0] };
    },
  },
  {
    name: "an unknown topic",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      record.topics[0] = "no-such-topic";
      return { code: "unknown_topic", path: ["commitments", i, "topics", 0] };
    },
  },
  {
    name: "an unknown event",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      record.event = "no-such-event";
      return { code: "unknown_event", path: ["commitments", i, "event"] };
    },
  },
  {
    name: "an unknown source",
    apply: (d, n) => {
      const { span: first, path } = span(d, n);
      first.source = "no-such-source";
      return { code: "unknown_source", path: [...path, "source"] };
    },
  },
  {
    name: "a topic among the parties",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      record.parties[0] = nth(d.topics, n).id;
      return { code: "wrong_reference_kind", path: ["commitments", i, "parties", 0] };
    },
  },
  {
    name: "an actor pasted twice",
    apply: (d, n) => {
      d.actors.push(structuredClone(nth(d.actors, n)));
      return { code: "duplicate_id", path: ["actors", d.actors.length - 1, "id"] };
    },
  },
  {
    name: "a topic with an actor's id",
    apply: (d, n) => {
      d.topics.push({ id: nth(d.actors, n).id, label: { en: "Duplicate" } });
      return { code: "duplicate_id", path: ["topics", d.topics.length - 1, "id"] };
    },
  },
  {
    name: "a topic with a reserved id",
    apply: (d) => {
      d.topics.push({ id: "constructor", label: { en: "Constructor" } });
      return { code: "reserved_id", path: ["topics", d.topics.length - 1, "id"] };
    },
  },
  {
    name: "an id that is not a slug",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      record.id = `Commitment ${i}`;
      return { code: "invalid_id", path: ["commitments", i, "id"] };
    },
  },
  {
    name: "a span shifted by one",
    apply: (d, n) => {
      const { span: first, path } = span(d, n);
      const text = d.sources.find((source) => source.id === first.source)?.text ?? "";
      const by = first.end < text.length ? 1 : -1;
      first.start += by;
      first.end += by;
      return { code: "quote_mismatch", path: [...path, "quote"] };
    },
  },
  {
    name: "a quote with one letter changed",
    apply: (d, n) => {
      const { span: first, path } = span(d, n);
      first.quote = (first.quote.startsWith("X") ? "Y" : "X") + first.quote.slice(1);
      return { code: "quote_mismatch", path: [...path, "quote"] };
    },
  },
  {
    name: "a span with end before start",
    apply: (d, n) => {
      const { span: first, path } = span(d, n);
      [first.start, first.end] = [first.end, first.start];
      return { code: "span_reversed", path: [...path, "end"] };
    },
  },
  {
    name: "a span past the end of the text",
    apply: (d, n) => {
      const { span: first, path } = span(d, n);
      const text = d.sources.find((source) => source.id === first.source)?.text ?? "";
      first.end = text.length + 1 + (n % 100);
      return { code: "span_out_of_bounds", path: [...path, "end"] };
    },
  },
  {
    name: "a negative offset",
    apply: (d, n) => {
      const { span: first, path } = span(d, n);
      first.start = -1 - (n % 10);
      return { code: "invalid_offset", path: [...path, "start"] };
    },
  },
  {
    name: "a misspelt field",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      loose(record).partys = record.parties;
      return { code: "unknown_key", path: ["commitments", i, "partys"] };
    },
  },
  {
    name: "a missing summary",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      delete loose(record).summary;
      return { code: "missing_field", path: ["commitments", i, "summary"] };
    },
  },
  {
    name: "parties as a string",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      loose(record).parties = record.parties.join(", ");
      return { code: "invalid_type", path: ["commitments", i, "parties"] };
    },
  },
  {
    name: "a kind outside the vocabulary",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      loose(record).kind = "promise";
      return { code: "invalid_value", path: ["commitments", i, "kind"] };
    },
  },
  {
    name: "an agreement with one party",
    apply: (d, n) => {
      const [record, i] = commitment(d, n);
      record.kind = "agreement";
      record.parties = record.parties.slice(0, 1);
      return { code: "agreement_too_few_parties", path: ["commitments", i, "parties"] };
    },
  },
  {
    name: "two topics each the parent of the other",
    apply: (d, n) => {
      const a = nth(d.topics, n);
      const b = nth(d.topics, n + 1 + (Math.floor(n / d.topics.length) % (d.topics.length - 1)));
      a.parent = b.id;
      b.parent = a.id;
      const first = [a.id, b.id].sort()[0];
      const index = d.topics.findIndex((topic) => topic.id === first);
      return { code: "topic_cycle", path: ["topics", index, "parent"] };
    },
  },
  {
    name: "a person who represents themselves",
    apply: (d, n) => {
      const people = d.actors.filter((actor) => actor.represents !== undefined);
      const person = nth(people, n);
      person.represents = [person.id];
      const index = d.actors.indexOf(person);
      return { code: "self_representation", path: ["actors", index, "represents", 0] };
    },
  },
  {
    name: "a source whose text was lost",
    apply: (d, n) => {
      const index = n % d.sources.length;
      nth(d.sources, index).text = "";
      return {
        code: "empty_source",
        path: ["sources", index, "text"],
        alsoAllowed: ["span_out_of_bounds"],
      };
    },
  },
];
