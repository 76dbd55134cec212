/** Deep equality of JSON-like values; an absent field equals one set to `undefined`. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = definedKeys(a);
  const keysB = definedKeys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) =>
    deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function definedKeys(value: object): string[] {
  return Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
}

/** The fields (top-level keys) whose values differ between two records, in a stable order. */
export function differingFields(a: object, b: object): string[] {
  const fields = [...new Set([...definedKeys(a), ...definedKeys(b)])];
  return fields.filter(
    (field) =>
      !deepEqual((a as Record<string, unknown>)[field], (b as Record<string, unknown>)[field]),
  );
}

/** A value as a message shows it: JSON, clipped; `(absent)` for a missing field. */
export function shown(value: unknown): string {
  if (value === undefined) return "(absent)";
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/**
 * `aliases is ["Biden"] here and ["Biden","President Biden"] in dataset "geneva-2021"; …`: each
 * differing field with both values.
 */
export function describeDifferences(
  fields: readonly string[],
  here: object,
  there: object,
  hereLabel: string,
  thereLabel: string,
): string {
  return fields
    .map(
      (field) =>
        `${field} is ${shown((here as Record<string, unknown>)[field])} ${hereLabel} and ${shown((there as Record<string, unknown>)[field])} ${thereLabel}`,
    )
    .join("; ");
}
