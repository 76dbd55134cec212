/**
 * Every id of a dataset, each with a small-integer kind and the index of its record, for the rules
 * that span records.
 *
 * Validation looks up every id once and every reference once (about ten lookups per statement).
 * Measured at 100k commitments, a `Map` cost 300–450 ns per insertion and 150 ns per lookup, which
 * was half of the cross-record pass; this open-addressing table, sized once from the record count,
 * costs about 30 ns for either. Hashing is seeded per table, and a table whose probes grow long
 * (colliding ids, by accident or by design) moves its entries into a `Map` and carries on there,
 * so crafted input cannot make validation quadratic.
 */
export class IdTable {
  // V8 reaches a table's final shape (hidden class) from the class only through transitions, which
  // it holds weakly: with no table alive, a full collection drops that shape and throws away the
  // optimized code of every method below, so each validation after one ran them cold (10k
  // records: 62 → 39 ms median; `--trace-deopt` says "weak objects"). One empty table, kept as
  // long as the class, keeps the shape.
  static readonly shapeKeeper: IdTable = new IdTable(0);

  /** Entry → id, in the order ids were added; `size` entries are filled. */
  readonly ids: string[];
  /** Entry → kind (a small integer chosen by the caller). */
  readonly kinds: Uint8Array;
  /** Entry → index of its record in its collection. */
  readonly indexes: Int32Array;
  // Slot → entry + 1; 0 is an empty slot.
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly seed: number;
  private fallback: Map<string, number> | undefined;
  private count = 0;

  /** `capacity`: how many ids will be added at most. */
  constructor(capacity: number) {
    // Allocated whole: growing the id array by pushes cost as much as the hashing.
    this.ids = new Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.indexes = new Int32Array(capacity);
    // At most half full: linear probing stays short.
    const size = 2 ** Math.max(4, Math.ceil(Math.log2(2 * capacity + 1)));
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.seed = ((Math.random() * 0x1_0000_0000) >>> 0) ^ 0x811c9dc5;
  }

  get size(): number {
    return this.count;
  }

  /** The entry of `id`, or -1. */
  get(id: string): number {
    if (this.fallback !== undefined) return this.fallback.get(id) ?? -1;
    const { slots, mask, ids } = this;
    for (let slot = this.hash(id) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) return -1;
      if (ids[entry - 1] === id) return entry - 1;
    }
  }

  /**
   * Adds `id` unless it is already present. Returns -1 if it was added, or the entry that already
   * holds it (left unchanged).
   */
  add(id: string, kind: number, index: number): number {
    if (this.fallback !== undefined) {
      const found = this.fallback.get(id);
      if (found !== undefined) return found;
      this.fallback.set(id, this.push(id, kind, index));
      return -1;
    }
    const { slots, mask, ids } = this;
    let probes = 0;
    for (let slot = this.hash(id) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) {
        slots[slot] = this.push(id, kind, index) + 1;
        if (probes > 64) this.degrade();
        return -1;
      }
      if (ids[entry - 1] === id) return entry - 1;
      probes++;
    }
  }

  private push(id: string, kind: number, index: number): number {
    const entry = this.count++;
    if (entry === this.kinds.length) throw new RangeError("IdTable: more ids than its capacity");
    this.ids[entry] = id;
    this.kinds[entry] = kind;
    this.indexes[entry] = index;
    return entry;
  }

  /**
   * FNV-1a over UTF-16 code units from the table's random basis, then murmur3's finalizer to
   * spread it. A method (tests override it to make ids collide), not a closure per table.
   */
  protected hash(id: string): number {
    let h = this.seed;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  // With a seeded hash and a half-empty table, 64 probes happen for colliding input only.
  private degrade(): void {
    const fallback = new Map<string, number>();
    for (let entry = 0; entry < this.count; entry++) fallback.set(this.ids[entry] as string, entry);
    this.fallback = fallback;
  }
}
