// Validating a dataset file from your own code: parse and check it with safeDefineDatasetFromJson,
// then print the dataset, or the DatasetError whose message lists every problem with its path, its
// code and a suggestion. From a terminal, `accordkg validate <file.json>` does this with a fuller
// report, colours, several files and the datasets a file extends (--with geneva2021).
//
//   pnpm example validate path/to/dataset.json
//
// Exit status: 0 valid, 1 the dataset has problems, 2 no file given.
import { readFileSync } from "node:fs";
import { safeDefineDatasetFromJson } from "@accordkg/data";

const [path] = process.argv.slice(2);
if (path === undefined) {
  console.error("usage: pnpm example validate <dataset.json>");
  process.exit(2);
}

const result = safeDefineDatasetFromJson(readFileSync(path, "utf8"));
if (result.success) {
  const { id, commitments, claims, accounts, sources } = result.data;
  console.log(
    `${path}: dataset "${id}" is valid: ${commitments.length} commitments, ${claims.length} claims and ${accounts.length} more accounts of them, from ${sources.length} source(s).`,
  );
} else {
  // The message reads well in a terminal; `result.error.issues` has each problem as data.
  console.log(result.error.message);
  console.log(`codes: ${[...new Set(result.error.issues.map((issue) => issue.code))].join(", ")}`);
  process.exitCode = 1;
}
