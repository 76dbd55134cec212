import { z } from "zod";
import { deepFreeze } from "./internal/deepFreeze";
import { Id, idList, LocalizedText, Text, WikidataId } from "./primitives";

export const ACTOR_KINDS = deepFreeze(["person", "state", "organization", "group"] as const);
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * Someone who can commit, state or be addressed: a person, a state, an organization, or a group.
 * `represents` lists the states or organizations a person (or group) acts for, so that a leader and
 * the state they represent can stand for each other in queries.
 */
export const Actor = z
  .strictObject({
    id: Id,
    kind: ActorKind,
    name: LocalizedText,
    /** Other names and spellings, in any language (e.g. `Washington` for the United States). */
    aliases: z.array(Text).readonly().optional(),
    represents: idList().optional(),
    wikidata: WikidataId.optional(),
  })
  .readonly();
export type Actor = z.infer<typeof Actor>;
