// Inputs too large to commit, written to a temporary directory by the tests that need them: a
// source text of more than 10 MB, 100,000 commitments, and JSON nested 100,000 levels deep.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatasetErrorCode, DatasetInput } from "@accordkg/data";
import type { InvalidCase } from "./invalidCorpus";
import { MINIMAL_PATH } from "./invalidCorpus";

type Draft = {
  -readonly [K in keyof DatasetInput]: DatasetInput[K] extends readonly (infer U)[]
    ? U[]
    : DatasetInput[K];
};

export const TEN_MB = 10 * 1024 * 1024;
export const RECORDS = 100_000;

const ARTICLE = fileURLToPath(
  new URL("../../packages/data/src/geneva2021/source.ar.txt", import.meta.url),
);
const base = (): Draft => JSON.parse(readFileSync(MINIMAL_PATH, "utf8"));

/** The minimal dataset with its source text grown past 10 MB (UTF-8) and a span at the very end. */
function tenMegabyteText(quoteAtEnd: (quote: string) => string): string {
  const d = base();
  const [source] = d.sources;
  const [agreement] = d.commitments;
  if (source === undefined || agreement === undefined) throw new Error("largeInputs: bad base");
  // The excerpt first, so the base spans still hold, then the whole article over and over.
  const article = readFileSync(ARTICLE, "utf8");
  const copies = Math.ceil((TEN_MB - Buffer.byteLength(source.text)) / Buffer.byteLength(article));
  const text = `${source.text}\n${`${article}\n`.repeat(copies)}`;
  const last = "ووصف الاجتماع بأنه كان";
  const start = text.lastIndexOf(last);
  d.sources = [{ ...source, text }];
  d.commitments = [
    {
      ...agreement,
      evidence: [
        ...agreement.evidence,
        { source: source.id, start, end: start + last.length, quote: quoteAtEnd(last) },
      ],
    },
    ...d.commitments.slice(1),
  ];
  return JSON.stringify(d);
}

/** The minimal dataset with `RECORDS` commitments; the last has a recipient nobody defined. */
function hundredThousandCommitments(): string {
  const d = base();
  const proposal = d.commitments[1];
  if (proposal === undefined) throw new Error("largeInputs: bad base");
  d.commitments = Array.from({ length: RECORDS }, (_, i) => ({
    ...proposal,
    id: `${proposal.id}-${i}`,
    ...(i === RECORDS - 1 ? { recipients: ["russian-federation"] } : {}),
  }));
  return JSON.stringify(d);
}

function deeplyNested(): string {
  const depth = 100_000;
  return JSON.stringify(base()).replace(
    /"title":"[^"]*"/,
    `"title":${"[".repeat(depth)}${"]".repeat(depth)}`,
  );
}

export interface LargeCase extends InvalidCase {
  /** Absolute path of the generated file. */
  location: string;
  bytes: number;
}

/** Writes the large inputs to a fresh temporary directory and describes each. */
export function writeLargeInputs(): { valid: LargeCase; invalid: LargeCase[] } {
  const dir = mkdtempSync(join(tmpdir(), "accordkg-large-"));
  const write = (
    file: string,
    content: string,
    codes: DatasetErrorCode[],
    path: string,
    why: string,
  ): LargeCase => {
    const location = join(dir, file);
    writeFileSync(location, content);
    return { file, codes, path, why, location, bytes: Buffer.byteLength(content) };
  };
  return {
    valid: write(
      "ten-megabyte-text-valid.json",
      tenMegabyteText((quote) => quote),
      [],
      "",
      "A source text of more than 10 MB with a span at its very end.",
    ),
    invalid: [
      write(
        "ten-megabyte-text-bad-quote.json",
        tenMegabyteText((quote) => quote.replace("الاجتماع", "اللقاء")),
        ["quote_mismatch"],
        "commitments[0].evidence[1].quote",
        "A source text of more than 10 MB whose last span quotes the wrong word.",
      ),
      write(
        "hundred-thousand-commitments.json",
        hundredThousandCommitments(),
        ["unknown_actor"],
        `commitments[${RECORDS - 1}].recipients[0]`,
        "100,000 commitments; only the last has an error.",
      ),
      write(
        "deeply-nested.json",
        deeplyNested(),
        ["invalid_type"],
        "title",
        "A title that is a list nested 100,000 levels deep.",
      ),
    ],
  };
}
