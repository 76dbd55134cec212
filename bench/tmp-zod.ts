import { z } from "zod";
import { Commitment, Dataset, defineDataset } from "@accordkg/data";
import { generateDataset } from "./generate";
const input = generateDataset({ seed: 42, commitments: 100000 });
const cs = input.commitments;
const Id = z.string().max(128).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const IdPlain = z.string().max(128);
const mk = (id: z.ZodType, strict: boolean, ro: boolean) => {
  const obj = (shape: z.ZodRawShape) => { const o = strict ? z.strictObject(shape) : z.object(shape); return ro ? o.readonly() : o; };
  const list = (min: number) => ro ? z.array(id).min(min).readonly() : z.array(id).min(min);
  const Ev = obj({ source: id, start: z.int().min(0), end: z.int().min(0), quote: z.string() });
  const Loc = obj({ en: z.string().min(1), ar: z.string().min(1).optional() });
  return obj({ id, kind: z.enum(["agreement","pledge","proposal","warning","demand"]), parties: list(1), recipients: list(0).optional(), topics: list(1), statedBy: list(1), event: id.optional(), statedAt: id.optional(), summary: Loc, evidence: ro ? z.array(Ev).min(1).readonly() : z.array(Ev).min(1) });
};
const variants: Record<string, z.ZodType> = {
  real: Commitment,
  "regex strict readonly": mk(Id, true, true),
  "no regex": mk(IdPlain, true, true),
  "no strict": mk(Id, false, true),
  "no readonly": mk(Id, true, false),
  "none of the three": mk(IdPlain, false, false),
};
for (let rep = 0; rep < 2; rep++) for (const [name, schema] of Object.entries(variants)) {
  const t = performance.now();
  for (const c of cs) schema.safeParse(c);
  const ms = performance.now() - t;
  console.log(name.padEnd(24), (cs.length / ms * 1000 / 1000).toFixed(0), "k commitments/s");
}
let t = performance.now(); Dataset.safeParse(input); let ms = performance.now() - t;
const total = input.sources.length + input.actors.length + input.topics.length + input.events.length + input.commitments.length + input.claims!.length;
console.log("Dataset.safeParse", (total / ms).toFixed(0), "k records/s");
t = performance.now(); defineDataset(input); ms = performance.now() - t;
console.log("defineDataset", (total / ms).toFixed(0), "k records/s");
