import { type Csr, dedupe } from "./postings";

const EMPTY = new Int32Array(0);

/**
 * Posting rows that can grow: the rows `buildGraph` laid out in one CSR (offsets and values), and
 * the values `extendGraph` added since, kept per row in a small array inside the heap until the
 * row is next read, when it is laid out again on its own.
 *
 * Why not lay rows out again when values are added: at a million commitments the rows of the
 * busiest actors and topics hold tens of thousands of values, and a document touches hundreds of
 * rows. Copying them all on every extension allocated megabytes of typed arrays each time, memory
 * outside the heap whose growth makes V8 collect the whole heap (seconds at that size); a row
 * that is read gets copied once, when it is read, and rows nobody reads are never copied.
 *
 * Values are slots (positions in a record list that only grows), so the values added to a row
 * are nearly always larger than those already in it and the new row is the old one with the new
 * values after it; a value out of that order (a statement already in the graph, added to an
 * actor's row by a new account of it) makes the layout sort the row.
 */
export class Rows {
  // Keeps the instances' hidden class alive between builds (see CsrBuilder.shapeKeeper).
  static readonly shapeKeeper: Rows = new Rows({ offsets: new Int32Array(1), values: EMPTY });

  private readonly base: Csr;
  private readonly baseRows: number;
  /** Rows laid out again since the build, replacing their part of `base`. */
  private readonly own: (Int32Array | undefined)[] = [];
  /** Values added to a row since it was last laid out, in the order they came. */
  private readonly added: (number[] | undefined)[] = [];
  /** How many rows have values added or were laid out again: 0 until the first extension. */
  private changed = 0;
  private count: number;

  constructor(base: Csr) {
    this.base = base;
    this.baseRows = base.offsets.length - 1;
    this.count = this.baseRows;
  }

  /** Rows `0 … rowCount - 1` exist (a row with no value is empty). */
  get rowCount(): number {
    return this.count;
  }

  /** Row `i`, sorted and duplicate-free (a view or an array owned here: never hand it out). */
  row(i: number): Int32Array {
    if (this.changed === 0) return this.baseRow(i);
    const added = this.added[i];
    if (added !== undefined) this.layOut(i, added);
    return this.own[i] ?? this.baseRow(i);
  }

  /** Adds `value` to row `i` (a new row if `i` is past the last), unless it is there already. */
  add(i: number, value: number): void {
    if (i >= this.count) this.count = i + 1;
    const added = this.added[i];
    if (added === undefined) {
      if (this.own[i] === undefined) this.changed++;
      this.added[i] = [value];
    } else if (added[added.length - 1] !== value) added.push(value);
  }

  /**
   * The sorted union of rows `from … to - 1`: for a search prefix, whose words are adjacent rows.
   * Before any extension it is one slice of the values, sorted once.
   */
  union(from: number, to: number): Int32Array {
    if (to <= from) return EMPTY;
    if (to - from === 1) return this.row(from);
    if (this.changed === 0 && to <= this.baseRows) {
      const start = this.base.offsets[from] as number;
      const end = this.base.offsets[to] as number;
      return dedupe(this.base.values.slice(start, end).sort());
    }
    let total = 0;
    for (let i = from; i < to; i++) total += this.row(i).length;
    const all = new Int32Array(total);
    let at = 0;
    for (let i = from; i < to; i++) {
      const row = this.row(i);
      all.set(row, at);
      at += row.length;
    }
    return dedupe(all.sort());
  }

  private baseRow(i: number): Int32Array {
    if (i >= this.baseRows) return EMPTY;
    return this.base.values.subarray(
      this.base.offsets[i] as number,
      this.base.offsets[i + 1] as number,
    );
  }

  private layOut(i: number, added: number[]): void {
    const current = this.own[i] ?? this.baseRow(i);
    const row = new Int32Array(current.length + added.length);
    row.set(current);
    let inOrder =
      current.length === 0 || (added[0] as number) > (current[current.length - 1] as number);
    for (let k = 0; k < added.length; k++) {
      const value = added[k] as number;
      if (k > 0 && value <= (added[k - 1] as number)) inOrder = false;
      row[current.length + k] = value;
    }
    this.own[i] = inOrder ? row : dedupe(row.sort());
    this.added[i] = undefined;
  }
}

/** Row `i` of `rows` (see `Rows.row`). */
export function row(rows: Rows, i: number): Int32Array {
  return rows.row(i);
}
