import { z } from "zod";
import { deepFreeze } from "./internal/deepFreeze";

/**
 * How strong the evidence is that every party of a commitment or claim subscribes to it, best
 * first. Computed from the record's accounts (by `gradeOf` in `@accordkg/core`), never written by
 * hand:
 *
 * - `joint`: a text that all the parties issued together attests it (a joint statement);
 * - `concordant`: each party's own account attests it, separately;
 * - `one-sided`: only some of the parties' accounts attest it;
 * - `reported`: only a third party says so, with no party's words.
 */
export const EVIDENCE_GRADES = deepFreeze([
  "joint",
  "concordant",
  "one-sided",
  "reported",
] as const);

/** One of {@link EVIDENCE_GRADES}. */
export const EvidenceGrade = z.enum(EVIDENCE_GRADES);
export type EvidenceGrade = z.infer<typeof EvidenceGrade>;
