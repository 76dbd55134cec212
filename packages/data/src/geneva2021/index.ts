import { defineDataset } from "../defineDataset";
import data from "./geneva2021.json";

/**
 * The Biden–Putin summit in Geneva, 16 June 2021, from an Arabic news report of Biden's press
 * conference: every actor, topic, event, commitment and claim the report contains, each with its
 * evidence span. Validated and deeply frozen.
 */
export const geneva2021 = defineDataset(data);
