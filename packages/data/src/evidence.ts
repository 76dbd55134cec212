import { z } from "zod";
import { Id } from "./primitives";

/**
 * An exact span of a source text that supports a record.
 *
 * `start` and `end` are half-open `[start, end)` offsets in UTF-16 code units (JavaScript string
 * indices) into the `text` of the source named by `source`, and `quote` must equal
 * `text.slice(start, end)`. Storing the quote beside the offsets means offsets cannot silently rot
 * when a text is edited: validation compares them.
 */
export const Evidence = z
  .strictObject({
    source: Id,
    start: z.int().min(0),
    end: z.int().min(0),
    quote: z.string(),
  })
  .readonly();
export type Evidence = z.infer<typeof Evidence>;

/** At least one span: every record that asserts something must point at its words. */
export const EvidenceList = z
  .array(Evidence)
  .min(1, { error: "Needs at least one evidence span" })
  .readonly();
