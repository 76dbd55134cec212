import { z } from "zod";
import { HttpUrl, Id, IsoDate, LanguageTag, Text } from "./primitives";

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
  })
  .readonly();
export type Source = z.infer<typeof Source>;
