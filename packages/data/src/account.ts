import { z } from "zod";
import { ClaimKind } from "./claim";
import { CommitmentKind } from "./commitment";
import { EvidenceList } from "./evidence";
import { Id, idList, LocalizedText } from "./primitives";

/**
 * Every kind a commitment or a claim can have, commitments first: what an account may call a
 * matter. One side may call "agreed" what the other calls "discussed".
 */
export const StatementKind = z.enum([...CommitmentKind.options, ...ClaimKind.options]);
export type StatementKind = z.infer<typeof StatementKind>;

/**
 * Another account of a commitment or a claim: someone else's words for the same matter, or the
 * same speaker's in another source. A commitment's or claim's own `statedBy`, `statedAt` and
 * `evidence` are its first account; each `Account` adds one more, so that a joint text, each
 * side's press conference and a third party's report can all attest one agreement without it
 * being counted twice. The person who encodes the data links an account to its matter with `of`;
 * the library never guesses that two statements are the same.
 */
export const Account = z
  .strictObject({
    id: Id,
    /** The commitment or claim this is an account of. */
    of: Id,
    /**
     * How this account frames the matter, in the kind vocabularies of commitments and claims. It
     * may differ from the matter's own kind: that difference is what `perspectives` reports.
     */
    kind: StatementKind,
    /** Who gives this account: the speaker, not the outlet that reports it. */
    statedBy: idList(1),
    /** The event at which `statedBy` said so (a press conference, a joint statement). */
    statedAt: Id.optional(),
    /** What this account says, in a sentence, faithful to its own words. */
    summary: LocalizedText,
    evidence: EvidenceList,
  })
  .readonly();
export type Account = z.infer<typeof Account>;
