import type { z } from "zod";

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  // readonly, optional and default wrap the schema that has the shape.
  for (;;) {
    const def = current._zod.def as { innerType?: AnySchema };
    if (def.innerType === undefined) return current;
    current = def.innerType;
  }
}

/** The field names the schema expects of the object found at `path` (empty if there is none). */
export function keysAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  let schema: AnySchema | undefined = unwrap(root);
  for (const key of path) {
    if (schema === undefined) return [];
    const def = schema._zod.def as {
      type: string;
      shape?: Record<string, AnySchema>;
      element?: AnySchema;
    };
    if (def.type === "object" && typeof key === "string") schema = def.shape?.[key];
    else if (def.type === "array" && typeof key === "number") schema = def.element;
    else return [];
    schema = schema === undefined ? undefined : unwrap(schema);
  }
  const def = schema?._zod.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
