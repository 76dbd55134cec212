import { z } from "zod";
import { HttpUrl, Id, IsoDate, idList, LanguageTag, Text } from "./primitives";

/** A document whose verbatim `text` evidence spans point into. */
export const Source = z
  .strictObject({
    id: Id,
    title: Text,
    /** BCP 47 tag of the text's language, e.g. `ar`. */
    language: LanguageTag,
    /** The verbatim text. Offsets are UTF-16 code units into exactly this string. */
    text: z.string(),
    publishedAt: IsoDate.optional(),
    publisher: Text.optional(),
    url: HttpUrl.optional(),
    /**
     * Who issued this text as their own: its authors or signatories (both presidents for their
     * joint statement, a government for its own transcript). Left out for a third party's report.
     * A text that every party of a matter issued together is what makes its grade `joint`.
     */
    issuedBy: idList(1).optional(),
    /** The source this text is a translation of; the original is the authoritative text. */
    translationOf: Id.optional(),
  })
  .readonly();
export type Source = z.infer<typeof Source>;
