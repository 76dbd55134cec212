import type { RecordEntry } from "@accordkg/core";
import type { LocalizedText } from "@accordkg/data";
import { h } from "./dom";

// Scripts written right to left, by the primary subtag of a BCP 47 tag.
const RTL_LANGUAGES = new Set([
  "ar",
  "arc",
  "ckb",
  "dv",
  "fa",
  "he",
  "ku",
  "ps",
  "sd",
  "ug",
  "ur",
  "yi",
]);

/** "rtl" for a language written right to left (`ar`, `fa-IR`, …), else "ltr". */
export function directionOf(language: string): "rtl" | "ltr" {
  return RTL_LANGUAGES.has(language.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}

/** The name, label, title or summary a record is known by. */
export function nameOf(entry: RecordEntry): LocalizedText {
  switch (entry.kind) {
    case "actor":
    case "event":
      return entry.record.name;
    case "topic":
      return entry.record.label;
    case "source":
      return { en: entry.record.title };
    default:
      return entry.record.summary;
  }
}

/** `text` in `language` when it has it, else in English; with the language it is in. */
export function inLanguage(
  text: LocalizedText,
  language: "en" | "ar",
): { text: string; lang: "en" | "ar" } {
  return language === "ar" && text.ar !== undefined
    ? { text: text.ar, lang: "ar" }
    : { text: text.en, lang: "en" };
}

/** At most `max` characters of `text`, cut at a word where possible. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** An element holding `text` marked with its language (and direction, for Arabic). */
export function langSpan(
  text: string,
  lang: string,
  tag: "span" | "p" | "h2" | "div" = "span",
  attributes: Record<string, string> = {},
): HTMLElement {
  return h(tag, { ...attributes, lang, dir: directionOf(lang) }, text);
}
