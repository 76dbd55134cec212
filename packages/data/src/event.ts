import { z } from "zod";
import { EvidenceList } from "./evidence";
import { deepFreeze } from "./internal/deepFreeze";
import { Id, IsoDate, idList, LocalizedText, WikidataId } from "./primitives";

export const EVENT_KINDS = deepFreeze([
  "summit",
  "meeting",
  "press-conference",
  "negotiation",
  "statement",
  "other",
] as const);
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const Place = z
  .strictObject({
    name: LocalizedText,
    wikidata: WikidataId.optional(),
  })
  .readonly();
export type Place = z.infer<typeof Place>;

/**
 * Something that happened at a time: a summit, a press conference. `topics` are what was discussed
 * there; `follows` names an event this one came after and belongs with (a press conference after a
 * summit).
 */
export const Event = z
  .strictObject({
    id: Id,
    kind: EventKind,
    name: LocalizedText,
    date: IsoDate,
    place: Place.optional(),
    participants: idList(1),
    topics: idList(),
    follows: Id.optional(),
    evidence: EvidenceList,
  })
  .readonly();
export type Event = z.infer<typeof Event>;
