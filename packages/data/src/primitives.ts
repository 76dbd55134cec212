import { z } from "zod";

/** Record ids: lowercase kebab-case slugs, unique across every record of a dataset. */
export const ID_PATTERN: RegExp = Object.freeze(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** A BCP 47 language tag such as `ar`, `en`, `en-GB` or `zh-Hant-TW` (structure only, not registry). */
export const LANGUAGE_TAG_PATTERN: RegExp = Object.freeze(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/);
/** A Wikidata item id such as `Q6279`. */
export const WIKIDATA_PATTERN: RegExp = Object.freeze(/^Q[1-9][0-9]*$/);

// The schemas hold their own copies, so nothing done to an exported pattern changes validation.
const copy = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags);

/** A record id, or a reference to one. Lowercase kebab-case, at most 128 characters. */
export const Id = z
  .string()
  .max(128)
  .regex(copy(ID_PATTERN), { error: "Ids are lowercase kebab-case slugs such as `joe-biden`" });
export type Id = z.infer<typeof Id>;

/** Non-empty human-readable text. */
export const Text = z.string().min(1, { error: "Must not be empty" });
export type Text = z.infer<typeof Text>;

/** A label in English, optionally in Arabic. English is required so every record reads in one language. */
export const LocalizedText = z
  .strictObject({
    en: Text,
    ar: Text.optional(),
  })
  .readonly();
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LanguageTag = z.string().regex(copy(LANGUAGE_TAG_PATTERN), {
  error: "Expected a BCP 47 language tag such as `ar` or `en-GB`",
});
export type LanguageTag = z.infer<typeof LanguageTag>;

export const WikidataId = z
  .string()
  .regex(copy(WIKIDATA_PATTERN), { error: "Expected a Wikidata item id such as `Q6279`" });
export type WikidataId = z.infer<typeof WikidataId>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date({ error: "Expected a calendar date `YYYY-MM-DD`" });
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * An absolute `http` or `https` URL. Other schemes (`javascript:`, `data:`, `file:`) are refused:
 * a dataset's links end up as links in someone's page.
 */
export const HttpUrl = z.url({
  protocol: /^https?$/,
  error: "Expected an absolute http or https URL such as `https://example.org/report`",
});
export type HttpUrl = z.infer<typeof HttpUrl>;

/** A list of ids (references), at least `min` long. */
export const idList = (min = 0) =>
  z
    .array(Id)
    .min(min, { error: min === 1 ? "Needs at least one id" : `Needs at least ${min} ids` })
    .readonly();
