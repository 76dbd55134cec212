// Writes packages/data/schema.json, the JSON Schema of a dataset file, from the zod schemas.
// Run by the package's build; a test fails if the committed file is out of date.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { datasetJsonSchema } from "./jsonSchema";

const target = fileURLToPath(new URL("../schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
