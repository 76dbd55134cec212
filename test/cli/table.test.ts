import stringWidth from "string-width";
import { describe, expect, test } from "vitest";
import { coloursFor } from "../../packages/cli/src/io";
import { fitColumns, renderTable } from "../../packages/cli/src/table";

const plain = coloursFor({ write() {} }, {});
const QUOTE =
  "اتفقنا اليوم على أن نطلق حوارا ثنائيا حول الاستقرار الاستراتيجي للعمل على خلق آلية تقود احتواء الأسلحة الجديدة والخطرة التي تظهر على الساحة الآن";
const columns = [
  { header: "id" },
  { header: "summary", wrap: true },
  { header: "quote", wrap: true },
];
const rows = [
  [
    "strategic-stability-dialogue",
    "The two sides agreed to launch a bilateral dialogue on strategic stability.",
    `«${QUOTE}»`,
  ],
];
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe("tables", () => {
  test("without a width (a pipe), nothing wraps: the Arabic quote is one line, as in the dataset", () => {
    const table = renderTable(columns, rows, undefined, plain);
    expect(table).toContain(`«${QUOTE}»`);
    expect(table.split("\n").filter((line) => line.includes("اتفقنا"))).toHaveLength(1);
  });

  test("on a terminal, every line fits its width, and the quote wraps between whole words in reading order", () => {
    for (const width of [120, 160]) {
      const table = renderTable(columns, rows, width, plain);
      for (const line of table.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      // The quote's cells, top to bottom, are its words in their logical order, none cut or changed.
      const quoteCells = table
        .split("\n")
        .map((line) => line.split("│")[3]?.trim() ?? "")
        .filter((cell) => /[\u0600-\u06FF]/.test(cell));
      expect(words(quoteCells.join(" "))).toEqual(words(`«${QUOTE}»`));
    }
  });

  test("a terminal too narrow for the columns side by side gets one table per record", () => {
    const table = renderTable(columns, rows, 60, plain);
    for (const line of table.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(table).toMatch(/│ id +│ strategic-stability-dialogue/);
    expect(fitColumns(columns, rows, 60)).toBeUndefined();
  });

  test("ids are never wrapped or cut", () => {
    const fitted = fitColumns(columns, rows, 120);
    expect(fitted?.widths[0]).toBe("strategic-stability-dialogue".length + 2);
    expect(renderTable(columns, rows, 120, plain)).toContain("strategic-stability-dialogue");
  });

  test("wide characters and combining marks are measured as the terminal draws them", () => {
    const table = renderTable(
      [{ header: "name" }, { header: "text" }],
      [["x", "مُحَمَّد 🤝 中文"]],
      undefined,
      plain,
    );
    const widths = new Set(table.split("\n").map((line) => stringWidth(line)));
    expect(widths.size).toBe(1);
  });
});
