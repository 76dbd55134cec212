// Prototype for the lead, not used by the library: `neighborhood` answered from an adjacency
// index of node ordinals (compressed sparse rows) instead of walking graphology's adjacency
// objects. Node ordinals are positions in the core's general order (`GraphIndex.keys`), so the
// breadth-first levels sort as plain integers and nothing needs ranking. Same answers, same order
// as `neighborhood` (checked by the bench test); built once per graph, 8 bytes per edge.
import type { AccordGraph, NeighborhoodEntry, RecordEntry } from "@accordkg/core";
import { indexOf } from "../../packages/core/src/internal/store";

export interface NeighborhoodIndex {
  readonly keys: readonly string[];
  readonly ordinalOf: ReadonlyMap<string, number>;
  readonly entries: readonly RecordEntry[];
  readonly isSource: Uint8Array;
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  /** Visit marks, one per node; a query bumps `epoch` instead of clearing them. */
  readonly marks: Int32Array;
  epoch: number;
}

export function buildNeighborhoodIndex(graph: AccordGraph): NeighborhoodIndex {
  const keys = indexOf(graph, "neighborhoodIndex").keys;
  const n = keys.length;
  const ordinalOf = new Map<string, number>();
  keys.forEach((key, i) => {
    ordinalOf.set(key, i);
  });
  const entries = keys.map((key) => {
    const { kind, record } = graph.getNodeAttributes(key);
    return { kind, record } as RecordEntry;
  });
  const isSource = new Uint8Array(n);
  entries.forEach((entry, i) => {
    if (entry.kind === "source") isSource[i] = 1;
  });
  const degree = new Int32Array(n + 1);
  const ends = new Int32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const s = ordinalOf.get(source) as number;
    const t = ordinalOf.get(target) as number;
    ends[e++] = s;
    ends[e++] = t;
    degree[s + 1] = (degree[s + 1] as number) + 1;
    degree[t + 1] = (degree[t + 1] as number) + 1;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + (degree[i + 1] as number);
  const cursor = offsets.slice(0, n);
  const neighbors = new Int32Array(e);
  for (let i = 0; i < e; i += 2) {
    const s = ends[i] as number;
    const t = ends[i + 1] as number;
    neighbors[(cursor[s] as number)++] = t;
    neighbors[(cursor[t] as number)++] = s;
  }
  return {
    keys,
    ordinalOf,
    entries,
    isSource,
    offsets,
    neighbors,
    marks: new Int32Array(n),
    epoch: 0,
  };
}

// An object literal of one shape, not a spread: V8 builds it without copying property by property.
function entryAt(
  entries: readonly RecordEntry[],
  ordinal: number,
  depth: number,
): NeighborhoodEntry {
  const { kind, record } = entries[ordinal] as RecordEntry;
  return { kind, record, depth } as NeighborhoodEntry;
}

/** `neighborhood(graph, key, depth)` over the index: same records, same depths, same order. */
export function indexedNeighborhood(
  index: NeighborhoodIndex,
  key: string,
  depth: number,
): NeighborhoodEntry[] {
  const start = index.ordinalOf.get(key);
  if (start === undefined) throw new Error(`indexedNeighborhood: unknown node ${key}`);
  const epoch = ++index.epoch;
  const { marks, offsets, neighbors, isSource, entries } = index;
  marks[start] = epoch;
  const out: NeighborhoodEntry[] = [entryAt(entries, start, 0)];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      if (d > 1 && isSource[node] === 1) continue;
      const end = offsets[node + 1] as number;
      for (let j = offsets[node] as number; j < end; j++) {
        const neighbor = neighbors[j] as number;
        if (marks[neighbor] === epoch) continue;
        marks[neighbor] = epoch;
        next.push(neighbor);
      }
    }
    const sorted = Int32Array.from(next).sort();
    for (const ordinal of sorted) out.push(entryAt(entries, ordinal, d));
    frontier = next;
  }
  return out;
}
