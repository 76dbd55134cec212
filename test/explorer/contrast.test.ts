import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { KIND_STYLES, UNKNOWN_KIND } from "../../packages/explorer/app/kinds";

// WCAG 2 contrast: text at least 4.5:1 against its background, graphics (node shapes) 3:1.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const css = readFileSync(
  join(import.meta.dirname, "../../packages/explorer/app/style.css"),
  "utf8",
);
const variable = (name: string) => {
  const value = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1];
  if (value === undefined) throw new Error(`style.css has no --${name}`);
  return value;
};

describe("the explorer's colours", () => {
  test("the contrast function gives the known extremes", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#777777")).toBe(1);
  });

  test.for(Object.entries({ ...KIND_STYLES, other: UNKNOWN_KIND }))(
    "%s nodes stand out from the white background (3:1)",
    ([, style]) => {
      expect(contrast(style.color, "#ffffff")).toBeGreaterThanOrEqual(3);
    },
  );

  test.for([
    ["ink", "paper"],
    ["ink", "panel"],
    ["muted", "paper"],
    ["muted", "panel"],
    ["accent", "paper"],
    ["accent", "panel"],
    ["ink", "mark"],
  ])("text in --%s on --%s is readable (4.5:1)", ([text, background]) => {
    expect(
      contrast(variable(text as string), variable(background as string)),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
