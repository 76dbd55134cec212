import type { Source } from "../../source";
import type { Rule } from "./context";

/** A source has text to point into. */
export const sourceTexts: Rule = {
  name: "sources have text",
  codes: ["empty_source"],
  check(context) {
    const sources = context.list<Source>("sources");
    for (let index = 0; index < sources.length; index++) {
      const text = context.texts[index];
      if (text === undefined || /\S/.test(text)) continue;
      context.issues.push({
        path: ["sources", index, "text"],
        code: "empty_source",
        message: `Source "${(sources[index] as Source).id}" has no text`,
      });
    }
  },
};
