import { z } from "zod";
import { Id, LocalizedText, WikidataId } from "./primitives";

/** A subject of discussion or commitment. `parent` places it in a hierarchy (no cycles). */
export const Topic = z
  .strictObject({
    id: Id,
    label: LocalizedText,
    parent: Id.optional(),
    wikidata: WikidataId.optional(),
  })
  .readonly();
export type Topic = z.infer<typeof Topic>;
