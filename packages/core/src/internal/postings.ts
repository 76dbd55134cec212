// Compact posting lists: for each row (an actor, a topic, an event), the sorted ordinals of the
// records it relates to, stored as one offsets array and one values array (compressed sparse
// rows). At a million statements a Map of Sets costs tens of bytes per entry; this costs four.

/** Rows of sorted int32 ordinals. Row `i` is `values[offsets[i] .. offsets[i + 1])`. */
export interface Csr {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

const EMPTY = new Int32Array(0);

/** Row `row` of `csr`, as a view (never handed to callers). */
export function row(csr: Csr, index: number): Int32Array {
  const start = csr.offsets[index];
  const end = csr.offsets[index + 1];
  if (start === undefined || end === undefined) return EMPTY;
  return csr.values.subarray(start, end);
}

/**
 * Collects (row, value) pairs and lays them out as a `Csr`. Pairs of one row keep the order they
 * were added in, so adding values in increasing order gives sorted rows. Rows may be added
 * beyond `rowCount`; the builder grows.
 */
export class CsrBuilder {
  // V8 holds the hidden class of a finished instance only weakly (through the transitions that
  // built it): with no builder alive, a full collection drops it along with the optimized code of
  // `add` and `build`, and the next graph build ran them cold (seen as "weak objects" in
  // `--trace-deopt`). One empty builder kept as long as the class keeps the shape.
  static readonly shapeKeeper: CsrBuilder = new CsrBuilder();

  // The pairs wait in plain arrays, inside the V8 heap. At a million statements the graph index
  // adds about ten million pairs; in typed arrays they were 100 MB outside the heap, and V8
  // answers such growth by collecting the whole heap: twice during each build (8 s each, the
  // dataset alive), none since. The heap's own growth has far more room before a collection.
  private readonly rows: number[] = [];
  private readonly values: number[] = [];
  private counts: Int32Array;
  private lastValue: Int32Array;

  constructor(private rowCount = 0) {
    this.counts = new Int32Array(Math.max(rowCount, 16));
    this.lastValue = new Int32Array(Math.max(rowCount, 16)).fill(-1);
  }

  /** Adds `value` to row `rowIndex`, unless it is the value last added to that row. */
  add(rowIndex: number, value: number): void {
    if (rowIndex >= this.counts.length) this.grow(rowIndex);
    if (rowIndex >= this.rowCount) this.rowCount = rowIndex + 1;
    if (this.lastValue[rowIndex] === value) return;
    this.lastValue[rowIndex] = value;
    this.rows.push(rowIndex);
    this.values.push(value);
    this.counts[rowIndex] = (this.counts[rowIndex] as number) + 1;
  }

  private grow(rowIndex: number): void {
    const size = Math.max(rowIndex + 1, this.counts.length * 2);
    this.counts = grown(this.counts, size);
    this.lastValue = grown(this.lastValue, size, -1);
  }

  /**
   * Lays the rows out. With `rowOrder` (`rowOrder[newRow] = oldRow`), row `i` of the result is
   * the row that was added as `rowOrder[i]`: rows can be added before their final order is known.
   */
  build(rowOrder?: Int32Array): Csr {
    const { offsets, cursor } = rowStarts(this.counts, this.rowCount, rowOrder);
    const values = new Int32Array(this.rows.length);
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i] as number;
      const at = cursor[r] as number;
      values[at] = this.values[i] as number;
      cursor[r] = at + 1;
    }
    return { offsets, values };
  }
}

/** `array` copied into a longer one; the new tail is `fill`. */
function grown(array: Int32Array, size: number, fill = 0): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}

/**
 * Where each row starts once laid out (`offsets`, one more than the rows), and a copy of those
 * starts indexed by the row's number when added (`cursor`), for a builder to fill rows through.
 */
function rowStarts(counts: Int32Array, rowCount: number, rowOrder: Int32Array | undefined) {
  // With a `rowOrder`, it says how many rows there are: rows nothing was added to are empty.
  const rows = rowOrder === undefined ? rowCount : rowOrder.length;
  const offsets = new Int32Array(rows + 1);
  const cursor = new Int32Array(Math.max(rows, rowCount));
  for (let i = 0; i < rows; i++) {
    const old = rowOrder === undefined ? i : (rowOrder[i] as number);
    cursor[old] = offsets[i] as number;
    offsets[i + 1] = (offsets[i] as number) + (old < counts.length ? (counts[old] as number) : 0);
  }
  return { offsets, cursor };
}

/** The sorted, duplicate-free union of sorted lists, as a fresh array. */
export function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return dedupe((lists[0] as Int32Array).slice());
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Int32Array(total);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  return dedupe(all.sort());
}

/** `sorted` without repeated values, in place (a view of it when some were dropped). */
export function dedupe(sorted: Int32Array): Int32Array {
  if (sorted.length < 2) return sorted;
  let out = 1;
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i] !== sorted[out - 1]) sorted[out++] = sorted[i] as number;
  return out === sorted.length ? sorted : sorted.subarray(0, out);
}

/** The first position in `list` at or after `from` whose value is >= `value` (galloping search). */
function seek(list: Int32Array, value: number, from: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < list.length && (list[high] as number) < value) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  if (high > list.length) high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The sorted intersection of sorted, duplicate-free lists. It walks the shortest list and gallops
 * through the others, so its cost follows the shortest list, not the longest.
 */
export function intersect(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return EMPTY;
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [shortest, ...others] = sorted as [Int32Array, ...Int32Array[]];
  if (others.length === 0) return shortest.slice();
  const out = new Int32Array(shortest.length);
  const cursors = new Array<number>(others.length).fill(0);
  let count = 0;
  outer: for (let i = 0; i < shortest.length; i++) {
    const value = shortest[i] as number;
    for (let j = 0; j < others.length; j++) {
      const list = others[j] as Int32Array;
      const at = seek(list, value, cursors[j] as number);
      cursors[j] = at;
      if (at === list.length) break outer;
      if (list[at] !== value) continue outer;
    }
    out[count++] = value;
  }
  return out.subarray(0, count);
}
