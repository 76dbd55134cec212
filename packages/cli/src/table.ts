import Table from "cli-table3";
import stringWidth from "string-width";
import type { Colours } from "./io";

/** A column of a table: its header, and whether its cells may wrap onto several lines. */
export interface Column {
  readonly header: string;
  /** Long text (summaries, quotes) that may wrap at spaces to fit the terminal; ids never wrap. */
  readonly wrap?: boolean;
}

/** Below this many columns for a wrapped cell, a table is drawn one record at a time instead. */
const NARROWEST = 24;

/** The display width of the widest line of `text` (string-width, as cli-table3 measures). */
function widthOf(text: string): number {
  let widest = 0;
  for (const line of text.split("\n")) widest = Math.max(widest, stringWidth(line));
  return widest;
}

/** The display width of the widest word of `text`: a wrapped cell is never narrower. */
function widestWord(text: string): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, stringWidth(word));
  return widest;
}

/**
 * Column widths (padding included) that fit `width` terminal columns: every column at its natural
 * width when that fits; else the wrapping columns share what the others leave, in proportion to
 * their natural widths, none narrower than its longest word. `undefined` when even that does not
 * fit. Without a width (output to a pipe or a file) nothing wraps: every cell's text stays on its
 * lines exactly as it is.
 */
export function fitColumns(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width: number | undefined,
): { widths: number[]; wrap: boolean } | undefined {
  const cells = (c: number) => [columns[c]?.header ?? "", ...rows.map((row) => row[c] ?? "")];
  const natural = columns.map((_, c) => Math.max(...cells(c).map(widthOf)) + 2);
  const borders = columns.length + 1;
  if (width === undefined || natural.reduce((a, b) => a + b, borders) <= width)
    return { widths: natural, wrap: false };
  const fixed = natural.reduce((sum, w, c) => (columns[c]?.wrap ? sum : sum + w), borders);
  const wrapping = natural.reduce((sum, w, c) => (columns[c]?.wrap ? sum + w : sum), 0);
  const room = width - fixed;
  const widths = natural.map((w, c) =>
    columns[c]?.wrap
      ? Math.max(Math.floor((room * w) / wrapping), Math.max(...cells(c).map(widestWord)) + 2)
      : w,
  );
  const fits = widths.every((w, c) => !columns[c]?.wrap || w >= NARROWEST);
  return fits && widths.reduce((a, b) => a + b, borders) <= width
    ? { widths, wrap: true }
    : undefined;
}

const STYLE = { head: [], border: [] };

/**
 * A table drawn with cli-table3. Text is written in its logical order and never reshaped or
 * reordered: an Arabic quote is the same string as in the dataset, which the terminal lays out
 * right to left; wrapped, it breaks only at spaces, so each line is whole words in reading order.
 * On a terminal too narrow for the columns side by side, each record gets a table of its own,
 * one field per line.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width: number | undefined,
  colours: Colours,
): string {
  const fitted = fitColumns(columns, rows, width);
  if (fitted === undefined) return renderRecords(columns, rows, width ?? 80, colours);
  const table = new Table({
    head: columns.map((column) => colours.bold(column.header)),
    colWidths: fitted.widths,
    wordWrap: fitted.wrap,
    wrapOnWordBoundary: true,
    // No colours of cli-table3's own (they come from @colors/colors): ours follow NO_COLOR.
    style: STYLE,
  });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

/** Each record as a table of its own, its fields one under the other, the values wrapped. */
function renderRecords(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width: number,
  colours: Colours,
): string {
  const keyWidth = Math.max(...columns.map((column) => stringWidth(column.header))) + 2;
  const valueWidth = Math.max(NARROWEST, width - keyWidth - 3);
  return rows
    .map((row) => {
      const table = new Table({
        colWidths: [keyWidth, valueWidth],
        wordWrap: true,
        wrapOnWordBoundary: true,
        style: STYLE,
      });
      columns.forEach((column, c) => {
        table.push([colours.bold(column.header), row[c] ?? ""]);
      });
      return table.toString();
    })
    .join("\n");
}
