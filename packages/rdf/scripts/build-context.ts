// Writes packages/rdf/context.jsonld, the JSON-LD context of the export, from the vocabulary.
// Run by the package's build; a test fails if the committed file is out of date.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSONLD_CONTEXT } from "../src/context";

const target = fileURLToPath(new URL("../context.jsonld", import.meta.url));
writeFileSync(target, `${JSON.stringify({ "@context": JSONLD_CONTEXT }, null, 2)}\n`);
console.log(`wrote ${target}`);
