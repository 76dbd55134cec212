/** Each id's parent: `keys` are where walks start; `get` may know more ids than `keys` lists. */
export interface ParentMap {
  keys(): Iterable<string>;
  get(id: string): string | undefined;
}

/**
 * A dataset's own parents, then those of the records it extends (`outside`): a chain that leaves
 * the dataset is followed through them, so a cycle through records of both is found too.
 */
export function withOutside(
  own: ReadonlyMap<string, string>,
  isOwn: (id: string) => boolean,
  outside: (id: string) => string | undefined,
): ParentMap {
  return { keys: () => own.keys(), get: (id) => (isOwn(id) ? own.get(id) : outside(id)) };
}

/**
 * The cycles of a graph in which each id has at most one parent (topics and their `parent`,
 * sources and the source they translate): each cycle once, as the ids along it, starting from
 * where the walk entered it. Linear: every id's chain is followed once.
 */
export function cyclesOf(parentOf: ParentMap): string[][] {
  const cycles: string[][] = [];
  const inCycle = new Set<string>();
  const done = new Set<string>(); // ids whose chain of parents was already followed
  for (const start of parentOf.keys()) {
    if (inCycle.has(start) || done.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | undefined = start;
    while (
      current !== undefined &&
      !onChain.has(current) &&
      !inCycle.has(current) &&
      !done.has(current)
    ) {
      chain.push(current);
      onChain.add(current);
      current = parentOf.get(current);
    }
    if (current !== undefined && onChain.has(current)) {
      const cycle = chain.slice(chain.indexOf(current));
      for (const id of cycle) inCycle.add(id);
      cycles.push(cycle);
    }
    for (const id of chain) if (!inCycle.has(id)) done.add(id);
  }
  return cycles;
}
