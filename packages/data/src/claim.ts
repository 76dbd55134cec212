import { z } from "zod";
import { deepFreeze } from "./internal/deepFreeze";
import { statementShape } from "./statement";

/**
 * What a source asserts that binds no one: discussions, assessments, objectives, positions. Kept
 * apart from commitments so "they discussed Syria" can never be read as "they agreed on Syria".
 */
export const CLAIM_KINDS = deepFreeze({
  discussion: {
    definition:
      "The parties discussed or raised a topic together, with no outcome stated. Not an agreement.",
    plover: "CONSULT",
    cameo: "04 (consult)",
    example: "«وأضاف أنهما ناقشا الأمن السيبراني»",
  },
  position: {
    definition: "A principle, view or stance the speaker holds or puts forward, binding no one.",
    plover: "(no event; a statement)",
    cameo: "01 (make public statement)",
    example: "«المبدأ هو أن تتحمل كل بلد مسئوليتها»",
  },
  assessment: {
    definition: "The speaker's evaluation of an event, a situation or the other side.",
    plover: "(no event; a statement)",
    cameo: "01 (make public statement)",
    example: '«ووصف الاجتماع بأنه كان "جيدا وإيجابيا"»',
  },
  objective: {
    definition: "An aim or intention the speaker states for themselves or their side.",
    plover: "(no event; a statement of intent)",
    cameo: "01 (make public statement)",
    example: "«كان دوما ينوي أن يناقش مسألة الاستقرار الاستراتيجي»",
  },
} as const);

export const ClaimKind = z.enum(
  Object.keys(CLAIM_KINDS) as [keyof typeof CLAIM_KINDS, ...(keyof typeof CLAIM_KINDS)[]],
);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** A statement a source attributes to `statedBy` that is not a commitment. */
export const Claim = z
  .strictObject({
    ...statementShape,
    kind: ClaimKind,
  })
  .readonly();
export type Claim = z.infer<typeof Claim>;
