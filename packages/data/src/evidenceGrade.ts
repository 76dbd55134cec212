import { z } from "zod";
import { deepFreeze } from "./internal/deepFreeze";

/**
 * How strong the evidence is that every party of a commitment or claim subscribes to it, best
 * first. Computed from the record's accounts (by `gradeOf` in `@accordkg/core`), never written by
 * hand; {@link EVIDENCE_GRADE_DEFINITIONS} says what each means.
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

/**
 * What each evidence grade means, how it reads in PLOVER's terms (where an event record is coded
 * per report), and an example from the Geneva dataset. In the order of {@link EVIDENCE_GRADES}.
 */
export const EVIDENCE_GRADE_DEFINITIONS = deepFreeze({
  joint: {
    definition:
      "A text that all the parties (two or more) issued together attests it: its speakers stand for every party, and one of its sources names every party in `issuedBy`.",
    plover:
      "One record whose actor lists every party (PLOVER's compound actor), coded from a text they all issued.",
    example:
      "The Strategic Stability Dialogue, in the presidents' joint statement: «the United States and Russia will embark together on an integrated bilateral Strategic Stability Dialogue»",
  },
  concordant: {
    definition:
      "Each party's own account attests it, separately: for every party, a speaker who is that party, represents it or is represented by it says so.",
    plover:
      "One record per party's account with the same event (AGREE for an agreement), each coded from that party's own statement.",
    example:
      "The cyber experts: Biden «We agreed to task experts in both our countries…»; Putin «we agreed to start consultations on the matter»",
  },
  "one-sided": {
    definition:
      "Only some of the parties' accounts attest it; the others say nothing, or something else.",
    plover:
      "A record coded from one party's statement only, with no matching record from the other.",
    example:
      "Iran, in Biden's account only: «اتفقا على العمل سويا في هذا الصدد»; the ambassadors' return, in Putin's only",
  },
  reported: {
    definition:
      "No party's account attests it; only a third party (a reporter, an observer) says so.",
    plover: "A record whose source is a third party's report with no quoted words of a party.",
    example: "(none in the Geneva 2021 dataset)",
  },
} as const satisfies Record<
  EvidenceGrade,
  { definition: string; plover: string; example: string }
>);
