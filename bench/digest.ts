// Answers are compared across processes as digests: the count and an FNV-1a hash of the sorted
// ids, so "same answer" means the same set, whatever order each implementation returns.

export function digest(ids: readonly string[]): string {
  const sorted = [...ids].sort();
  let hash = 0x811c9dc5;
  for (const id of sorted) {
    for (let i = 0; i < id.length; i++) {
      hash ^= id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 10;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${sorted.length}:${(hash >>> 0).toString(16)}`;
}
