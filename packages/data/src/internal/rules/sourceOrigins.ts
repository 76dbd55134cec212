import type { Source } from "../../source";
import type { Rule } from "./context";
import { cyclesOf, withOutside } from "./cycles";

/**
 * Who issued a source is a list of actors, and a translation names another source as its original,
 * without a chain of translations leading back to where it started.
 */
export const sourceOrigins: Rule = {
  name: "issuers and originals of sources",
  codes: [
    "unknown_actor",
    "unknown_source",
    "wrong_reference_kind",
    "duplicate_reference",
    "translation_cycle",
  ],
  check(context) {
    const sources = context.list<Source>("sources");
    const originalOf = new Map<string, string>();
    const sourceIndex = new Map<string, number>();
    const own = new Set<string>();
    for (let index = 0; index < sources.length; index++) {
      if (context.isBroken("sources", index)) continue;
      const source = sources[index] as Source;
      own.add(source.id);
      context.references(source.issuedBy, "actor", "sources", index, "issuedBy");
      if (source.translationOf === undefined) continue;
      sourceIndex.set(source.id, index);
      if (
        context.reference(source.translationOf, "source", "sources", index, "translationOf") !== -1
      )
        originalOf.set(source.id, source.translationOf);
    }
    const originals = withOutside(
      originalOf,
      (id) => own.has(id),
      (id) => context.outsideRecord(id, "source")?.translationOf,
    );
    for (const cycle of cyclesOf(originals)) {
      const first = [...cycle].filter((id) => sourceIndex.has(id)).sort()[0] as string;
      context.issues.push({
        path: ["sources", sourceIndex.get(first) as number, "translationOf"],
        code: "translation_cycle",
        message:
          cycle.length === 1
            ? `Source "${first}" is a translation of itself`
            : `Sources are translations of each other in a cycle: ${[...cycle, cycle[0]].join(" → ")}`,
        suggestion: "Point translationOf at the original text, and leave it out on the original.",
      });
    }
  },
};
