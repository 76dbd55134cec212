// A copy of @accordkg/data's internal suggestion helper (not exported there). Only ever called
// on an error path, so its cost does not matter to queries.

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** A record that might be meant: its id, and the names a person might type instead. */
export interface Candidate {
  readonly id: string;
  readonly names?: readonly string[];
}

/**
 * The ids of the candidates closest to `wanted`, best first (ties by id), among those within a
 * distance a person would call a typo of the id, of a word of the id, or of a name or one of its
 * words (so "bidn" finds `joe-biden`), or whose id contains `wanted` or is contained in it.
 */
export function nearest(wanted: string, candidates: Iterable<Candidate>, limit = 3): string[] {
  const lower = wanted.toLowerCase();
  const max = Math.max(1, Math.floor(lower.length / 3));
  const scored: [string, number][] = [];
  for (const { id, names = [] } of candidates) {
    let distance = max + 1;
    const forms = names.length === 0 ? [id] : [id, ...id.split("-")];
    for (const name of names) {
      const folded = name.toLowerCase();
      forms.push(folded, ...folded.split(/\s+/));
    }
    for (const form of forms) distance = Math.min(distance, editDistance(lower, form, max));
    if (distance > max && lower.length >= 3 && (id.includes(lower) || lower.includes(id)))
      distance = max;
    if (distance <= max) scored.push([id, distance]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, limit).map(([id]) => id);
}
