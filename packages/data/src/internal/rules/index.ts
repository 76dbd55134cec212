import { accounts } from "./accounts";
import { agreementParties } from "./agreementParties";
import { type Rule, UNIQUE_ID_CODES } from "./context";
import { events } from "./events";
import { extendedRecords } from "./extendedRecords";
import { representation } from "./representation";
import { sourceOrigins } from "./sourceOrigins";
import { sourceTexts } from "./sourceTexts";
import { statements } from "./statements";
import { topicHierarchy } from "./topicHierarchy";

export { RuleContext } from "./context";

/** Ids are unique across every kind of record (checked while the context builds its id table). */
const uniqueIds: Rule = { name: "unique ids", codes: UNIQUE_ID_CODES, check() {} };

/**
 * The rules that span records, in the order their issues are reported. Each is a small function
 * of its own with the codes it reports beside it; `defineDataset` runs them in turn after the
 * shape of each record is checked.
 */
export const RULES: readonly Rule[] = Object.freeze([
  uniqueIds,
  extendedRecords,
  sourceTexts,
  sourceOrigins,
  representation,
  topicHierarchy,
  events,
  statements,
  agreementParties,
  accounts,
]);
