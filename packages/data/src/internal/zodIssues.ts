import type { z } from "zod";
import type { DatasetIssue } from "../datasetError";
import type { DatasetErrorCode } from "../errorCodes";
import { ID_PATTERN, LANGUAGE_TAG_PATTERN, WIKIDATA_PATTERN } from "../primitives";
import { didYouMean } from "./suggest";

// zod reports a failed regex as `String(regex)`, slashes and flags included.
const PATTERN_CODES = new Map<string, DatasetErrorCode>([
  [String(ID_PATTERN), "invalid_id"],
  [String(LANGUAGE_TAG_PATTERN), "invalid_language"],
  [String(WIKIDATA_PATTERN), "invalid_wikidata"],
]);

function isOffset(path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  return (last === "start" || last === "end") && path.includes("evidence");
}

function codeOf(issue: z.core.$ZodIssue, input: unknown): DatasetErrorCode {
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return "missing_field";
      return isOffset(issue.path) ? "invalid_offset" : "invalid_type";
    case "too_small":
      if (isOffset(issue.path)) return "invalid_offset";
      return issue.origin === "array"
        ? "empty_list"
        : issue.origin === "string"
          ? "empty_string"
          : "invalid_value";
    case "too_big":
      // An offset beyond Number.MAX_SAFE_INTEGER is a bad offset, not a long value.
      return isOffset(issue.path) ? "invalid_offset" : "too_long";
    case "invalid_format":
      if (issue.format === "regex")
        return PATTERN_CODES.get(String(issue.pattern)) ?? "invalid_value";
      if (issue.format === "date") return "invalid_date";
      if (issue.format === "url") return "invalid_url";
      return "invalid_value";
    default:
      return "invalid_value";
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const toPath = (path: readonly PropertyKey[]) =>
  path.map((part) => (typeof part === "symbol" ? String(part) : part));

/** Turns zod's issues into ours: one issue per unknown key, with a code a contributor can look up. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  knownKeys: (path: readonly PropertyKey[]) => readonly string[],
): DatasetIssue[] {
  const out: DatasetIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(issue.path);
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, known);
        out.push({
          path: [...toPath(issue.path), key],
          code: "unknown_key",
          message: `Unknown field "${key}"`,
          ...(suggestion ? { suggestion } : { suggestion: `Known fields: ${known.join(", ")}` }),
        });
      }
      continue;
    }
    const input = valueAt(root, issue.path);
    const code = codeOf(issue, input);
    let message = issue.message;
    if (code === "missing_field")
      message = `Missing required field "${String(issue.path[issue.path.length - 1])}"`;
    else if (code === "invalid_offset")
      message = "Offsets are whole numbers of UTF-16 code units, zero or more";
    else if (code === "invalid_value" && issue.code === "invalid_value")
      message = `Invalid value ${JSON.stringify(input)}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    out.push({ path: toPath(issue.path), code, message });
  }
  return out;
}
