// Two rows of the distance table, reused across calls: a suggestion search compares one id with
// every id of a kind, and allocating rows for each comparison dominated its cost.
let previous = new Int32Array(64);
let current = new Int32Array(64);

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (previous.length <= b.length) {
    previous = new Int32Array(b.length + 1);
    current = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length] as number;
}

/**
 * The candidates closest to `wanted`, best first (ties by name), among those within a distance a
 * person would call a typo, or that contain it or are contained in it.
 */
export function nearest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const max = Math.max(2, Math.floor(wanted.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    let distance = editDistance(wanted, candidate, max);
    if (
      distance > max &&
      wanted.length >= 3 &&
      (candidate.includes(wanted) || wanted.includes(candidate))
    )
      distance = max;
    if (distance <= max) scored.push([candidate, distance]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, limit).map(([candidate]) => candidate);
}

export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  const [best, ...rest] = nearest(wanted, candidates);
  if (best === undefined) return undefined;
  return rest.length === 0
    ? `Did you mean "${best}"?`
    : `Did you mean "${best}"? (or ${rest.map((r) => `"${r}"`).join(", ")})`;
}
