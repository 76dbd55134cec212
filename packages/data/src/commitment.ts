import { z } from "zod";
import { deepFreeze } from "./internal/deepFreeze";
import { statementShape } from "./statement";

/**
 * The closed vocabulary of commitment kinds, with when each applies and the nearest PLOVER event
 * category (and CAMEO root code).
 */
export const COMMITMENT_KINDS = deepFreeze({
  agreement: {
    definition:
      "A mutual commitment: every party is bound, and the source says the parties agreed (not that one of them proposed or wished it). Needs at least two parties.",
    plover: "AGREE",
    cameo: "03 (express intent to cooperate)",
    example: "«اتفقنا اليوم على أن نطلق حوارا ثنائيا حول الاستقرار الاستراتيجي»",
  },
  pledge: {
    definition:
      "A unilateral promise or reaffirmed commitment: one side binds itself, or affirms an obligation it holds, without the other agreeing.",
    plover: "SUPPORT (when it affirms support for a third party), otherwise AGREE",
    cameo: "05 (engage in diplomatic cooperation) / 03",
    example: "«أكد التزام واشنطن تجاه سيادة ووحدة أراضي أوكرانيا»",
  },
  proposal: {
    definition:
      "An offer or suggestion one side puts to another, which binds no one until accepted.",
    plover: "REQUEST",
    cameo: "02 (appeal)",
    example: "«قدم اقتراحا بأن تكون منشآت البنية التحتية المهمة بعيدة عن الهجمات الإلكترونية»",
  },
  warning: {
    definition:
      "A conditional statement that one side will act against another's actions: a threat or deterrent message.",
    plover: "THREATEN",
    cameo: "13 (threaten)",
    example: "«الولايات المتحدة سترد على الأفعال التي تعرقل مصالحها»",
  },
  demand: {
    definition:
      "A request that another side act or refrain from acting, which the speaker insists on.",
    plover: "REQUEST",
    cameo: "10 (demand)",
    example: "(none in the Geneva 2021 report)",
  },
} as const);

export const CommitmentKind = z.enum(
  Object.keys(COMMITMENT_KINDS) as [
    keyof typeof COMMITMENT_KINDS,
    ...(keyof typeof COMMITMENT_KINDS)[],
  ],
);
export type CommitmentKind = z.infer<typeof CommitmentKind>;

/**
 * Something a party is bound to, offers, or threatens, as stated by `statedBy`. An `agreement` binds
 * every party; every other kind is unilateral.
 */
export const Commitment = z
  .strictObject({
    ...statementShape,
    kind: CommitmentKind,
  })
  .readonly();
export type Commitment = z.infer<typeof Commitment>;

/** A commitment of the given kind or kinds: `CommitmentOfKind<"pledge" | "warning">`. */
export type CommitmentOfKind<K extends CommitmentKind> = Commitment & { readonly kind: K };

/**
 * An agreement: a commitment whose `kind` is `"agreement"`, which binds every one of its parties
 * (at least two). What `agreedByAll` returns.
 */
export type Agreement = CommitmentOfKind<"agreement">;
