import { z } from "zod";
import { EvidenceList } from "./evidence";
import { HttpUrl, Id, IsoDate, idList, LocalizedText, Text } from "./primitives";

/**
 * An editor's note that a document other than the source corroborates a record. It is an
 * assessment *about* the source, never part of what the source says, so it lives in its own field.
 */
export const Corroboration = z
  .strictObject({
    title: Text,
    url: HttpUrl.optional(),
    date: IsoDate.optional(),
    note: Text.optional(),
  })
  .readonly();
export type Corroboration = z.infer<typeof Corroboration>;

/** Fields shared by commitments and claims: who, about what, who says so, where, and the words. */
export const statementShape = {
  id: Id,
  /** Who is bound (commitments) or whose position or action it is (claims). */
  parties: idList(1),
  /** Who it is addressed to, aimed at or meant to benefit, without being bound (PLOVER's recipient). */
  recipients: idList().optional(),
  topics: idList(1),
  /** Who asserts it: the speaker whose account this is, not the outlet that reports it. */
  statedBy: idList(1),
  /** The event at which it was made or happened. */
  event: Id.optional(),
  /** The event at which `statedBy` said so, when different from `event` (a press conference). */
  statedAt: Id.optional(),
  summary: LocalizedText,
  evidence: EvidenceList,
  corroboratedBy: z.array(Corroboration).readonly().optional(),
};
