import { existsSync, readFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import { ID_PATTERN } from "@accordkg/data";
import { CliError, EXIT, usageError } from "../cliError";
import type { Context, DataOptions } from "../context";
import { locateQuote, type QuoteLocation } from "../locateQuote";

export interface LocateOptions extends DataOptions {
  readonly source: string;
  readonly sourceId?: string;
  readonly near?: string;
  readonly json?: true;
}

/** A kebab-case id from a file name: `Example Readout.txt` → `example-readout`. */
function idFromFileName(path: string): string {
  const slug = basename(path, extname(path))
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "source" : slug.slice(0, 128);
}

/**
 * The text to search and the source id its evidence names: a file, or a source of the datasets.
 * `named` says where the id of a file's source came from, when it was not given.
 */
async function sourceOf(
  ctx: Context,
  options: LocateOptions,
): Promise<{ id: string; text: string; named?: string }> {
  const given = options.source;
  const path = resolve(ctx.io.cwd, given);
  if (!(new RegExp(ID_PATTERN).test(given) && !existsSync(path))) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw usageError(
        `cannot read ${JSON.stringify(given)} (${code})`,
        "--source takes a text file (relative to the current folder) or the id of a source.",
      );
    }
    if (text.startsWith("\uFEFF")) {
      ctx.note(`${given} starts with a byte-order mark (U+FEFF); offsets count from after it.`);
      text = text.slice(1);
    }
    if (options.sourceId !== undefined) return { id: options.sourceId, text };
    const id = idFromFileName(given);
    return {
      id,
      text,
      named: `The evidence names the source "${id}", after the file's name; --source-id <id> names it otherwise.`,
    };
  }
  const dataset = await ctx.dataset(options, "validate");
  const source = dataset.sources.find((s) => s.id === given);
  if (source === undefined)
    throw usageError(
      `no source "${given}" in these datasets, and no file of that name`,
      `Sources: ${dataset.sources.map((s) => s.id).join(", ")}.`,
    );
  return { id: source.id, text: source.text };
}

/** Words of the text around an occurrence, on one line, the quote between « ». */
function context(text: string, { start, end }: QuoteLocation): string {
  const before = text.slice(Math.max(0, start - 40), start).replace(/\s+/g, " ");
  const after = text.slice(end, end + 40).replace(/\s+/g, " ");
  return `${start > 40 ? "…" : ""}${before}«${text.slice(start, end)}»${after}${end + 40 < text.length ? "…" : ""}`;
}

/** A pattern for the quote that lets white space vary and ignores case: where a near miss is. */
function looseMatches(text: string, quote: string): { start: number; end: number }[] {
  const words = quote.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(escaped.join("[\\s\\u200c\\u200d\\u200e\\u200f\\u061c]+"), "giu");
  return [...text.matchAll(pattern)]
    .slice(0, 5)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * `accordkg locate --source <file-or-id> "<quote>"`: every occurrence of the quote with its
 * `[start, end)` and a ready evidence object; with --near, the occurrence closest to those words.
 */
export async function locate(ctx: Context, quote: string, options: LocateOptions): Promise<number> {
  if (quote.length === 0) throw usageError("the quote is empty");
  const { id, text, named } = await sourceOf(ctx, options);
  const found = locateQuote(text, quote, options.near === undefined ? {} : { near: options.near });
  const evidence = ({ start, end }: QuoteLocation) => ({ source: id, start, end, quote });
  if (found.length === 0) {
    const loose = looseMatches(text, quote);
    throw new CliError(
      `the quote does not occur in "${id}" exactly as given`,
      EXIT.failed,
      loose.length === 0
        ? "Copy it from the source text itself: the quote must be its exact characters."
        : [
            "With other white space or case, it occurs at:",
            ...loose.map((m) => `  [${m.start}, ${m.end}) «${text.slice(m.start, m.end)}»`),
            "A quote must be the exact characters of the source: copy it from there.",
          ].join("\n"),
    );
  }
  let chosen = found;
  if (options.near !== undefined) {
    if (found[0]?.distance === undefined)
      throw new CliError(`--near: «${options.near}» does not occur in "${id}"`, EXIT.failed);
    const best = Math.min(...found.map((f) => f.distance as number));
    chosen = found.filter((f) => f.distance === best).slice(0, 1);
  }
  if (named !== undefined) ctx.note(named);
  if (options.json) {
    ctx.print(JSON.stringify(chosen.map(evidence), null, 2));
    return EXIT.ok;
  }
  const times = found.length === 1 ? "once" : `${found.length} times`;
  ctx.print(`«${quote}» occurs ${times} in ${id} (offsets in UTF-16 code units, [start, end)):`);
  found.forEach((location, i) => {
    const mark = options.near !== undefined && chosen.includes(location) ? "  ← nearest" : "";
    const distance =
      location.distance === undefined ? "" : `, ${location.distance} from «${options.near}»`;
    ctx.print(
      `\n${i + 1}. [${location.start}, ${location.end}), line ${location.line}${distance}${mark}`,
    );
    ctx.print(`   ${context(text, location)}`);
  });
  if (chosen.length === 1) {
    ctx.print("\nEvidence to paste:");
    ctx.print(JSON.stringify(evidence(chosen[0] as QuoteLocation), null, 2));
  } else {
    ctx.print("\nEvidence to paste, one per occurrence:");
    for (const location of chosen) ctx.print(JSON.stringify(evidence(location)));
    ctx.print(`\nAdd --near "<words>" to choose the occurrence you mean.`);
  }
  return EXIT.ok;
}
