// The general order, kept as the graph grows.
//
// Every record has a slot: its position in its kind's list in the index, given when the record
// comes in and never changed. `buildGraph` gives slots in the general order, and posting rows
// hold slots, sorted; so before any extension the slot order is the general order and answers
// come out of the rows in the order the documentation promises, with no sort.
//
// A document added by `extendGraph` gets the next slots. Its commitments, claims, accounts and
// events nearly always cite its own sources, which come after every source already there, so they
// also come after every record already there: their slots are again in the general order, and
// rows grow at their end. A record that cites a source already in the graph belongs in the middle
// of the order instead: it is *misplaced*, and gets an order value between its neighbours' (a
// number between two slots; every other record's value is its slot). Answers that hold such a
// record are put in order by value when they are read, which costs a pass over the answer and
// only happens once a document has cited an older source. Slots never move, so nothing that
// holds them (rows, the search index, the lazy grades) has to be renumbered when a document comes
// in; that is what keeps an extension's cost to its own records. The alternatives measured are in
// docs/performance.md ("Extending a graph").
//
// Actors and topics are ordered by their first mention, which a new document can move (a new
// statement citing an early passage of an older source names an actor earlier than before). They
// are few (thousands where statements are millions), so their order is an explicit list re-laid
// when a document moves one; rows hold their slots, and answers of actors or topics are sorted by
// that list's ranks.
import type { Evidence } from "@accordkg/data";

const MAX = 0x7fffffff;

/** A record ordered by its first evidence span (events, commitments and claims, accounts). */
export interface Spanned {
  readonly id: string;
  readonly evidence: readonly Evidence[];
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A span's source ordinal for the order: unknown sources (an edited graph) and none come last. */
function sourceRank(span: Evidence | undefined, sourceOrdinal: ReadonlyMap<string, number>) {
  return span === undefined ? MAX : (sourceOrdinal.get(span.source) ?? MAX);
}

/** The general order of two records: source of the first span, its start, its end, then id. */
export function compareFirstSpans(
  a: Spanned,
  b: Spanned,
  sourceOrdinal: ReadonlyMap<string, number>,
): number {
  const x = a.evidence[0];
  const y = b.evidence[0];
  return (
    sourceRank(x, sourceOrdinal) - sourceRank(y, sourceOrdinal) ||
    (x === undefined ? MAX : x.start) - (y === undefined ? MAX : y.start) ||
    (x === undefined ? MAX : x.end) - (y === undefined ? MAX : y.end) ||
    compareIds(a.id, b.id)
  );
}

/** Thrown when two neighbours' order values leave no number between them (see `SpanOrder`). */
export class OrderExhausted extends Error {}

/**
 * The general order of one kind of record ordered by first span, over slots. See the top of this
 * file: a slot's order value is the slot itself, except for misplaced records.
 */
export class SpanOrder<T extends Spanned> {
  /** Misplaced slot → its order value. */
  private readonly values = new Map<number, number>();
  /** 1 for a misplaced slot (a byte per slot, read for every record of an answer). */
  private flags = new Uint8Array(0);
  /** The misplaced slots, by order value. */
  private sorted: number[] = [];

  /**
   * @param records - The kind's records by slot (the index's own list, which grows).
   * @param sourceOrdinal - Source id → slot (grows with it).
   */
  constructor(
    private readonly records: readonly T[],
    private readonly sourceOrdinal: ReadonlyMap<string, number>,
  ) {}

  /** How many records are out of slot order. */
  get misplaced(): number {
    return this.values.size;
  }

  /** The order value of `slot`: numbers sort as the records do. */
  valueOf(slot: number): number {
    return this.values.size === 0 ? slot : (this.values.get(slot) ?? slot);
  }

  isMisplaced(slot: number): boolean {
    return this.flags[slot] === 1;
  }

  /**
   * `slots`, sorted by slot, in the general order: `slots` itself while no record is misplaced;
   * otherwise the records in slot order with the misplaced ones merged in by value.
   */
  arrange(slots: Int32Array): Int32Array {
    if (this.values.size === 0) return slots;
    const misplaced: number[] = [];
    for (let i = 0; i < slots.length; i++)
      if (this.flags[slots[i] as number] === 1) misplaced.push(slots[i] as number);
    if (misplaced.length === 0) return slots;
    misplaced.sort((a, b) => (this.values.get(a) as number) - (this.values.get(b) as number));
    const out = new Int32Array(slots.length);
    let m = 0;
    let at = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      if (this.flags[slot] === 1) continue;
      while (m < misplaced.length && (this.values.get(misplaced[m] as number) as number) < slot)
        out[at++] = misplaced[m++] as number;
      out[at++] = slot;
    }
    while (m < misplaced.length) out[at++] = misplaced[m++] as number;
    return out;
  }

  /**
   * Where new records go: they are sorted, those that come after every record already there are
   * appended (returned first, in order: they take the next slots in that order), and the others
   * are returned after them with the order value each must get. Nothing changes until `commit`.
   */
  place(added: readonly T[]): { order: T[]; values: (number | undefined)[] } {
    const compare = (a: T, b: T) => compareFirstSpans(a, b, this.sourceOrdinal);
    const sorted = [...added].sort(compare);
    const n = this.records.length;
    const last = this.lastInOrder(n);
    const tail = sorted.filter((r) => last === undefined || compare(r, last) > 0);
    const middle = sorted.filter((r) => last !== undefined && compare(r, last) < 0);
    const values: (number | undefined)[] = tail.map(() => undefined);
    // Neighbours for each misplaced record, then values spread evenly in each gap.
    const gaps = middle.map((record) => this.gapOf(record, n));
    for (let i = 0; i < middle.length; ) {
      const gap = gaps[i] as { low: number; high: number };
      let j = i + 1;
      while (
        j < middle.length &&
        (gaps[j] as typeof gap).low === gap.low &&
        (gaps[j] as typeof gap).high === gap.high
      )
        j++;
      const step = (gap.high - gap.low) / (j - i + 1);
      for (let k = i; k < j; k++) {
        const value = gap.low + step * (k - i + 1);
        if (!(value > gap.low && value < gap.high)) throw new OrderExhausted();
        values.push(value);
      }
      i = j;
    }
    return { order: [...tail, ...middle], values };
  }

  /** Records the order values `place` gave, for the records now at slots `first …`. */
  commit(first: number, values: readonly (number | undefined)[]): void {
    const end = first + values.length;
    if (this.flags.length < end) {
      const grown = new Uint8Array(Math.max(end, this.flags.length * 2, 64));
      grown.set(this.flags);
      this.flags = grown;
    }
    let added = false;
    values.forEach((value, i) => {
      if (value === undefined) return;
      this.values.set(first + i, value);
      this.flags[first + i] = 1;
      added = true;
    });
    if (added)
      this.sorted = [...this.values.keys()].sort(
        (a, b) => (this.values.get(a) as number) - (this.values.get(b) as number),
      );
  }

  /**
   * The slot of `record`, found by its place in the order (binary search, no map of ids: at a
   * million statements such a map is a second and a hundred megabytes), or -1.
   */
  slotOf(record: T): number {
    const n = this.records.length;
    const compare = (slot: number) =>
      compareFirstSpans(this.records[slot] as T, record, this.sourceOrdinal);
    const after = this.firstInOrderAfter(n, (slot) => compare(slot) > 0);
    const before = this.previousInOrder(after);
    if (before !== -1 && this.records[before] === record) return before;
    // Among the misplaced: by value, between `before` and `after`.
    for (const slot of this.sorted) if (this.records[slot] === record) return slot;
    return -1;
  }

  /** The last record in slot order that is not misplaced (the greatest of all), if any. */
  private lastInOrder(n: number): T | undefined {
    const slot = this.previousInOrder(n);
    return slot === -1 ? undefined : this.records[slot];
  }

  /** The last slot before `slot` that is not misplaced, or -1. */
  private previousInOrder(slot: number): number {
    let s = slot - 1;
    while (s >= 0 && this.flags[s] === 1) s--;
    return s;
  }

  /**
   * The first slot (not misplaced) for which `after` holds, searching slots `0 … n - 1` (`after`
   * is false, then true, along them), or `n`. Misplaced slots are stepped over.
   */
  private firstInOrderAfter(n: number, after: (slot: number) => boolean): number {
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      let m = mid;
      while (m < high && this.flags[m] === 1) m++;
      if (m === high || after(m)) high = mid;
      else low = m + 1;
    }
    while (low < n && this.flags[low] === 1) low++;
    return low;
  }

  /** The order values just below and just above where `record` goes (it is not the last). */
  private gapOf(record: T, n: number): { low: number; high: number } {
    const compare = (slot: number) =>
      compareFirstSpans(this.records[slot] as T, record, this.sourceOrdinal);
    const after = this.firstInOrderAfter(n, (slot) => compare(slot) > 0);
    const before = this.previousInOrder(after);
    let low = before === -1 ? after - 1 : before;
    let high = after;
    // Misplaced records between the two, by value: the gap narrows to this record's neighbours.
    for (const slot of this.sorted) {
      const value = this.values.get(slot) as number;
      if (value <= low || value >= high) continue;
      if (compare(slot) < 0) low = value;
      else {
        high = value;
        break;
      }
    }
    return { low, high };
  }
}

/** A first mention: the smallest span key among the records naming an actor or topic. */
export interface MentionKey {
  source: number;
  start: number;
  end: number;
}

/**
 * The order of actors (or topics): by first mention, then id; an actor no commitment, claim or
 * account names is placed by the first event that lists it, and one nothing names comes last.
 * Holds the mentions so that a new document can move an actor, and the order as an explicit list.
 */
export class MentionOrder {
  /** Slot → the first mention by a commitment, claim or account (MAX when none). */
  readonly source: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** Slot → the first mention by an event (used when there is no other). */
  readonly eventSource: number[] = [];
  readonly eventStart: number[] = [];
  readonly eventEnd: number[] = [];
  /** The slots in order. */
  inOrder: number[] = [];
  /** True while every slot's rank is the slot itself (as built, before any move). */
  inSlotOrder = true;
  /** Slot → position in `inOrder`. */
  rank: number[] = [];

  /** @param records - The actors (or topics) by slot: the index's own list, which grows. */
  constructor(private readonly records: readonly { readonly id: string }[]) {}

  /** Adds a slot with no mention yet. */
  push(): number {
    const slot = this.source.length;
    for (const list of [
      this.source,
      this.start,
      this.end,
      this.eventSource,
      this.eventStart,
      this.eventEnd,
    ])
      list.push(MAX);
    return slot;
  }

  /** Notes a mention by a statement or account; true if it is the slot's first one now. */
  note(slot: number, key: MentionKey): boolean {
    return notePair(this.source, this.start, this.end, slot, key);
  }

  /** Notes a mention by an event; true if it is the slot's first such one now. */
  noteEvent(slot: number, key: MentionKey): boolean {
    return notePair(this.eventSource, this.eventStart, this.eventEnd, slot, key);
  }

  /** True if the slot is placed by an event's mention (no statement or account names it). */
  usesEventMention(slot: number): boolean {
    return this.source[slot] === MAX && this.start[slot] === MAX;
  }

  /** Sorts every slot (the build). */
  sortAll(): void {
    const slots = Array.from({ length: this.source.length }, (_, i) => i);
    this.inOrder = slots.sort((a, b) => this.compare(a, b));
    this.rank = new Array(slots.length);
    this.inSlotOrder = true;
    this.inOrder.forEach((slot, position) => {
      this.rank[slot] = position;
      if (slot !== position) this.inSlotOrder = false;
    });
  }

  /** Puts `moved` slots (new ones, or ones whose first mention changed) in their place. */
  reorder(moved: ReadonlySet<number>): void {
    if (moved.size === 0) return;
    const kept = this.inOrder.filter((slot) => !moved.has(slot));
    for (const slot of [...moved].sort((a, b) => this.compare(a, b))) {
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (this.compare(kept[mid] as number, slot) < 0) low = mid + 1;
        else high = mid;
      }
      kept.splice(low, 0, slot);
    }
    this.inOrder = kept;
    let identity = true;
    kept.forEach((slot, position) => {
      this.rank[slot] = position;
      if (slot !== position) identity = false;
    });
    this.inSlotOrder = identity;
  }

  /** The general order of two slots: first mention (their own, else an event's), then id. */
  compare(a: number, b: number): number {
    const x = this.key(a);
    const y = this.key(b);
    return (
      x.source - y.source ||
      x.start - y.start ||
      x.end - y.end ||
      compareIds((this.records[a] as { id: string }).id, (this.records[b] as { id: string }).id)
    );
  }

  private key(slot: number): MentionKey {
    return this.usesEventMention(slot)
      ? {
          source: this.eventSource[slot] as number,
          start: this.eventStart[slot] as number,
          end: this.eventEnd[slot] as number,
        }
      : {
          source: this.source[slot] as number,
          start: this.start[slot] as number,
          end: this.end[slot] as number,
        };
  }
}

function notePair(
  source: number[],
  start: number[],
  end: number[],
  slot: number,
  key: MentionKey,
): boolean {
  const s = source[slot] as number;
  const t = start[slot] as number;
  if (
    key.source < s ||
    (key.source === s && (key.start < t || (key.start === t && key.end < (end[slot] as number))))
  ) {
    source[slot] = key.source;
    start[slot] = key.start;
    end[slot] = key.end;
    return true;
  }
  return false;
}
