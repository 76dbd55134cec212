import { deepFreeze } from "./internal/deepFreeze";

/**
 * Every code a `DatasetIssue` can carry, what causes it and how to fix it. `docs/errors.md` is
 * generated from this table, and a test checks that each code is produced by some input.
 */
export const DATASET_ERROR_CODES = deepFreeze({
  invalid_json: {
    cause: "The file is not valid JSON.",
    fix: "Fix the syntax at the position the message reports (a missing comma or quote is the usual cause).",
  },
  invalid_type: {
    cause: "A value has the wrong type, e.g. a string where a list is expected.",
    fix: "Give the value the type the message names.",
  },
  missing_field: {
    cause: "A required field is absent.",
    fix: "Add the field; the data model table in packages/data/README.md lists what each record needs.",
  },
  unknown_key: {
    cause: "A record has a field the schema does not know (often a typo such as `partys`).",
    fix: "Remove or rename the field; the suggestion names the closest known field.",
  },
  invalid_value: {
    cause: "A value is not one of the allowed values, e.g. an unknown commitment `kind`.",
    fix: "Use one of the values the message lists.",
  },
  empty_string: {
    cause: "A text field that must say something is empty.",
    fix: "Write the text, or leave out the field if it is optional.",
  },
  empty_list: {
    cause:
      "A list that needs entries is empty (parties, topics, statedBy, evidence, sources, participants).",
    fix: "Add at least the number of entries the message names.",
  },
  too_long: {
    cause: "A value is longer than allowed (ids are at most 128 characters).",
    fix: "Shorten it.",
  },
  invalid_id: {
    cause:
      "An id or reference is not a lowercase kebab-case slug (spaces, capitals, `__proto__`, control characters).",
    fix: "Use lowercase letters, digits and single hyphens, e.g. `joe-biden`.",
  },
  reserved_id: {
    cause:
      "An id is a name built into JavaScript objects (`constructor`), which breaks code that indexes plain objects by id.",
    fix: "Choose another id, e.g. add a prefix.",
  },
  invalid_offset: {
    cause: "An evidence `start` or `end` is not a whole number of zero or more.",
    fix: "Give UTF-16 code-unit offsets: `text.indexOf(quote)` and that plus `quote.length`.",
  },
  invalid_language: {
    cause: "A source `language` is not a BCP 47 tag.",
    fix: "Use a tag such as `ar`, `en` or `en-GB`.",
  },
  invalid_wikidata: {
    cause: "A `wikidata` value is not a Wikidata item id.",
    fix: "Use the item id from the Wikidata page, e.g. `Q6279`, or leave it out; never guess one.",
  },
  invalid_date: {
    cause: "A date is not a valid calendar date `YYYY-MM-DD`.",
    fix: "Write the date as `2021-06-16`.",
  },
  invalid_url: {
    cause:
      "A `url` is not an absolute http or https URL (other schemes, such as `javascript:`, are refused).",
    fix: "Write the full address, including `https://`.",
  },
  duplicate_id: {
    cause: "Two records share an id. Ids are unique across every kind of record in a dataset.",
    fix: "Rename one of them; the message names where the id was first used.",
  },
  duplicate_reference: {
    cause: 'The same id appears twice in one list (e.g. `parties: ["russia", "russia"]`).',
    fix: "Remove the repeated entry.",
  },
  unknown_source: {
    cause: "An evidence span (or a source's `translationOf`) names a source id that no source has.",
    fix: "Use the id of a source in `sources`; the suggestion names the closest one.",
  },
  unknown_actor: {
    cause:
      "A reference to an actor (parties, recipients, statedBy, participants, represents, issuedBy) names no actor.",
    fix: "Add the actor to `actors` or fix the id; the suggestion names the closest one.",
  },
  unknown_topic: {
    cause: "A reference to a topic (topics, parent) names no topic.",
    fix: "Add the topic to `topics` or fix the id; the suggestion names the closest one.",
  },
  unknown_statement: {
    cause:
      "An account's `of` names no commitment or claim: the matter it is an account of is missing.",
    fix: "Point `of` at the id of the commitment or claim this account is about (it may be in a dataset this one is merged with); the suggestion names the closest one.",
  },
  unknown_event: {
    cause: "A reference to an event (event, statedAt, follows) names no event.",
    fix: "Add the event to `events` or fix the id; the suggestion names the closest one.",
  },
  wrong_reference_kind: {
    cause:
      "A reference names a record of the wrong kind, e.g. a topic id among a commitment's parties.",
    fix: "Point the reference at a record of the kind the field expects.",
  },
  empty_source: {
    cause: "A source's text is empty or only white space, so nothing can be evidence.",
    fix: "Paste the verbatim text of the document.",
  },
  span_out_of_bounds: {
    cause: "An evidence span ends past the end of its source's text.",
    fix: "Recompute the offsets against the source text; the suggestion gives them when the quote is found.",
  },
  span_reversed: {
    cause: "An evidence span's `end` is before its `start`.",
    fix: "Swap or recompute the offsets: spans are half-open `[start, end)`.",
  },
  span_empty: {
    cause: "An evidence span has `start === end`, so it covers no text.",
    fix: "Make the span cover the words that support the record.",
  },
  quote_mismatch: {
    cause: "An evidence quote differs from `text.slice(start, end)`.",
    fix: "Copy the quote verbatim from the source, or use the offsets the suggestion gives if the quote occurs elsewhere.",
  },
  quote_normalization_mismatch: {
    cause:
      "The quote and the source slice are the same text in different Unicode normalization forms (NFC versus NFD), e.g. after copying through an editor.",
    fix: "Copy the quote from the source text itself, byte for byte; do not normalize one of them.",
  },
  quote_invisible_mismatch: {
    cause:
      "The quote and the source slice differ only in invisible characters: right-to-left or left-to-right marks, zero-width joiners or non-joiners.",
    fix: "Copy the quote including (or excluding) exactly the invisible marks the source has at those offsets.",
  },
  span_splits_surrogate_pair: {
    cause:
      "A span starts or ends between the two UTF-16 halves of one character (an emoji or other astral character).",
    fix: "Move the offset by one so the whole character is inside or outside the span.",
  },
  span_splits_combining_mark: {
    cause:
      "A span starts on, or ends just before, a combining mark (e.g. an Arabic diacritic), cutting it off from its letter.",
    fix: "Extend the span to include the marks that belong to the last letter, or start it at the letter.",
  },
  agreement_too_few_parties: {
    cause: "An `agreement` names fewer than two distinct parties; an agreement binds at least two.",
    fix: "Add the other party, or use a unilateral kind (`pledge`, `proposal`, `warning`, `demand`).",
  },
  topic_cycle: {
    cause: "Following `parent` from a topic leads back to it.",
    fix: "Remove one `parent` link of the cycle the message lists.",
  },
  self_representation: {
    cause: "An actor lists itself in `represents`.",
    fix: "A person represents a state or organization, never themselves: remove the entry.",
  },
  invalid_represents_target: {
    cause:
      "`represents` points at a person or group; only states and organizations can be represented.",
    fix: "Point it at the state or organization the actor acts for.",
  },
  state_cannot_represent: {
    cause: "A state lists `represents`; states are represented, they do not represent.",
    fix: "Move `represents` to the person or group who acts for the state.",
  },
  translation_cycle: {
    cause:
      "A source's `translationOf` is itself, or following `translationOf` from source to source leads back to where it started.",
    fix: "Point `translationOf` at the original text, and leave it out on the original.",
  },
  duplicate_account: {
    cause:
      "An account of a commitment or claim has the same speakers and the same evidence spans as another account of it (or as the record's own `statedBy` and `evidence`), so the same words would count twice.",
    fix: "Remove the repeated account. Another account has other words (another source or span) or another speaker.",
  },
  merge_conflict: {
    cause: "Two datasets being merged hold different records under the same id.",
    fix: "Rename one record, or make the two records identical if they are meant to be the same.",
  },
} as const satisfies Record<string, { cause: string; fix: string }>);

export type DatasetErrorCode = keyof typeof DATASET_ERROR_CODES;
