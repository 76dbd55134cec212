import { defineDataset, Dataset } from "@accordkg/data";
import { generateDataset } from "./generate";
const d = generateDataset({ seed: 42, commitments: 100000 });
const n = d.sources.length + d.actors.length + d.topics.length + d.events.length + d.commitments.length + (d.claims?.length ?? 0);
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  Dataset.safeParse(d);
  const zt = performance.now() - t;
  t = performance.now();
  defineDataset(d);
  const dt = performance.now() - t;
  console.log("records", n, "zod only ms", zt.toFixed(0), (n / zt * 1000).toFixed(0), "rec/s; defineDataset ms", dt.toFixed(0), (n / dt * 1000).toFixed(0), "rec/s");
}
