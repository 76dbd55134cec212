import { expect } from "vitest";

/** Every object reachable from `root` through own enumerable keys, with its path. */
export function* objectsIn(root: unknown, path = "(root)"): Generator<[string, object]> {
  const seen = new Set<object>();
  const stack: [string, unknown][] = [[path, root]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [at, value] = next;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    yield [at, value];
    for (const key of Object.keys(value))
      stack.push([`${at}.${key}`, (value as Record<string, unknown>)[key]]);
  }
}

/**
 * Asserts that every layer of `root` refuses each kind of write with a TypeError (test files are
 * ES modules, so strict mode). Returns how many objects were tried.
 */
export function expectDeeplyFrozen(root: unknown, label: string): number {
  let count = 0;
  for (const [path, value] of objectsIn(root, label)) {
    const record = value as Record<string, unknown>;
    const [key] = Object.keys(value);
    expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
    expect(() => {
      record.injected = "x";
    }, `adding a field to ${path}`).toThrow(TypeError);
    if (key !== undefined) {
      expect(() => {
        record[key] = "x";
      }, `overwriting ${path}.${key}`).toThrow(TypeError);
      expect(() => {
        delete record[key];
      }, `deleting ${path}.${key}`).toThrow(TypeError);
    }
    if (Array.isArray(value)) {
      expect(() => value.push("x"), `pushing onto ${path}`).toThrow(TypeError);
      if (value.length > 1) expect(() => value.reverse(), `reversing ${path}`).toThrow(TypeError);
    }
    expect(() => Object.setPrototypeOf(value, null), `re-prototyping ${path}`).toThrow(TypeError);
    count++;
  }
  return count;
}
