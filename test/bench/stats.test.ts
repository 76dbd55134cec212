import { describe, expect, test } from "vitest";
import { digest } from "../../bench/digest";
import { mulberry32, permutation, zipfSampler } from "../../bench/random";
import { median, p95, quantile } from "../../bench/stats";

describe("bench statistics", () => {
  test("quantiles are nearest-rank values of the sorted samples", () => {
    const values = [5, 1, 4, 2, 3];
    expect(median(values)).toBe(3);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(5);
    expect(p95(Array.from({ length: 100 }, (_, i) => 100 - i))).toBe(95);
    expect(median([])).toBeNaN();
  });

  test("an answer's digest depends on its set of ids, not their order", () => {
    expect(digest(["b", "a", "c"])).toBe(digest(["c", "b", "a"]));
    expect(digest(["a", "b"])).not.toBe(digest(["a", "c"]));
    expect(digest(["ab"])).not.toBe(digest(["a", "b"]));
    expect(digest([])).toBe("0:811c9dc5");
  });
});

describe("bench randomness", () => {
  test("mulberry32 repeats for a seed and stays in [0, 1)", () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  test("zipf draws favour low ranks", () => {
    const draw = zipfSampler(mulberry32(1), 100, 0.8);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const rank = draw();
      counts[rank] = (counts[rank] ?? 0) + 1;
    }
    // P(0) / P(50) = 51^0.8, about 23.
    expect(counts[0]).toBeGreaterThan(10 * (counts[50] as number));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  test("permutation is a shuffle of 0..n-1", () => {
    expect([...permutation(mulberry32(2), 50)].sort((x, y) => x - y)).toEqual(
      Array.from({ length: 50 }, (_, i) => i),
    );
  });
});
