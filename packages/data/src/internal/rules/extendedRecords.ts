import { COLLECTIONS, type Collection } from "../../dataset";
import { describeDifferences, differingFields } from "../recordDiff";
import { KINDS, type RecordKind, type Rule } from "./context";

/**
 * A record of the dataset whose id is also a record of the datasets (or graph) it extends must be
 * that record, unchanged: an identical copy is kept once, a different one is a `merge_conflict`
 * that names the fields that differ and both values.
 */
export const extendedRecords: Rule = {
  name: "records shared with the datasets extended",
  codes: ["merge_conflict"],
  check(context) {
    const { outside } = context;
    if (outside === undefined || outside.size === 0) return;
    for (let code = 0; code < COLLECTIONS.length; code++) {
      const collection = COLLECTIONS[code] as Collection;
      const kind = KINDS[code] as RecordKind;
      const records = context.list<{ id?: unknown } | null>(collection);
      for (let index = 0; index < records.length; index++) {
        const record = records[index];
        if (typeof record?.id !== "string" || context.isBroken(collection, index)) continue;
        const found = outside.find(record.id);
        if (found === undefined) continue;
        if (found.kind !== kind) {
          context.issues.push({
            path: [collection, index, "id"],
            code: "merge_conflict",
            message: `Id "${record.id}" is a ${found.kind} in ${found.label}, and a ${kind} here`,
            suggestion: `Rename this ${kind}: ids are unique across every kind of record, in the datasets extended too.`,
          });
          continue;
        }
        const fields = differingFields(record, found.record);
        if (fields.length === 0) {
          context.shared.add(record.id);
          continue;
        }
        context.issues.push({
          path:
            fields.length === 1 ? [collection, index, fields[0] as string] : [collection, index],
          code: "merge_conflict",
          message: `This ${kind} differs from the ${kind} "${record.id}" of ${found.label}: ${describeDifferences(fields, record, found.record, "here", "there")}`,
          suggestion: `Refer to "${record.id}" without copying it (leave it out of this file), or copy it unchanged; a different record needs another id.`,
        });
      }
    }
  },
};
