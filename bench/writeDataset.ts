// Writes a generated dataset (bench/generate.ts) to a JSON file, one record at a time: at a million
// commitments the file is about a gigabyte, past the longest string V8 can make, so it is never
// held as one string. The file is what `accordkg` reads with --data.
//
//   tsx --conditions=@accordkg/source bench/writeDataset.ts --commitments 1000000 --out big.json [--seed 42]
//
// At a million commitments generating takes about 3 GB of heap: run it with
// NODE_OPTIONS=--max-old-space-size=6000, under `flock /work/.heavy.lock` on a shared machine.
import { closeSync, openSync, writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { COLLECTIONS, type DatasetInput } from "@accordkg/data";
import { type GenerateOptions, generateDataset } from "./generate";

/** Writes `dataset` to `path` as one JSON object, its records written one by one. */
export function writeDatasetInput(dataset: DatasetInput, path: string): void {
  const file = openSync(path, "w");
  try {
    // A buffer of pieces, written every few megabytes: one write per record is slow.
    let pending: string[] = [];
    let size = 0;
    const write = (text: string) => {
      pending.push(text);
      size += text.length;
      if (size > 4_000_000) flush();
    };
    const flush = () => {
      writeSync(file, pending.join(""));
      pending = [];
      size = 0;
    };
    write(`{"id":${JSON.stringify(dataset.id)},"title":${JSON.stringify(dataset.title)}`);
    for (const collection of COLLECTIONS) {
      const records: readonly unknown[] = dataset[collection] ?? [];
      write(`,\n${JSON.stringify(collection)}:[`);
      records.forEach((record, index) => {
        write(`${index === 0 ? "\n" : ",\n"}${JSON.stringify(record)}`);
      });
      write("]");
    }
    write("}\n");
    flush();
  } finally {
    closeSync(file);
  }
}

/** Generates a dataset and writes it to `path`; returns how many records it holds. */
export function writeDataset(options: GenerateOptions, path: string): number {
  const dataset = generateDataset(options);
  writeDatasetInput(dataset, path);
  return COLLECTIONS.reduce((n, collection) => n + (dataset[collection]?.length ?? 0), 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      commitments: { type: "string" },
      seed: { type: "string", default: "42" },
      out: { type: "string" },
    },
  });
  if (values.commitments === undefined || values.out === undefined) {
    console.error("usage: bench/writeDataset.ts --commitments N --out file.json [--seed 42]");
    process.exit(2);
  }
  const started = performance.now();
  const records = writeDataset(
    { seed: Number(values.seed), commitments: Number(values.commitments) },
    values.out,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`${values.out}: ${records.toLocaleString("en-US")} records in ${seconds} s`);
}
