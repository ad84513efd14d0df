import { InvalidResponseError } from "../errors/errors.js";

/** What a field must hold; a trailing `?` also allows it absent or `null`. */
export type FieldKind = "string" | "number" | "boolean" | "object" | "array";

/**
 * The fields a helper relies on, by path (`"lifecycle.status"` reaches into an object).
 *
 * @example
 * ```ts
 * const run: ResponseShape = { id: "string", status: "string", "output?": "object" };
 * ```
 */
export type ResponseShape = Readonly<Record<string, FieldKind | `${FieldKind}?`>>;

// How a value is named in an error: its kind only, never its content (which may be huge or private).
function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value == "object" ? "an object" : `a ${typeof value}`;
}

const NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
};

function holds(kind: string, value: unknown): boolean {
  if (kind == "array") return Array.isArray(value);
  if (kind == "object") return value !== null && typeof value == "object" && !Array.isArray(value);
  if (kind == "number") return Number.isFinite(value);
  return typeof value == kind;
}

/**
 * Returns `data` when it is a JSON object whose fields match `shape`; otherwise throws
 * `InvalidResponseError` naming the operation and the field that is missing or of the wrong kind.
 * For the answers a helper reads: an empty 2xx, `null`, `[]` or a string where an object belongs
 * then fails clearly instead of as a `TypeError` or a wrong result.
 *
 * @example
 * ```ts
 * const run = expectShape<WorkflowRun>("Extend workflowRuns.get", data, { id: "string", status: "string" });
 * ```
 */
export function expectShape<T>(operation: string, data: unknown, shape: ResponseShape = {}): T {
  if (!holds("object", data))
    throw new InvalidResponseError(
      `${operation}: expected a JSON object in the response, got ${kindOf(data)}`,
    );
  for (const path in shape) {
    const kind = shape[path]!;
    let value: any = data;
    for (const key of path.split("."))
      value = holds("object", value) && Object.hasOwn(value, key) ? value[key] : undefined;
    if (kind.endsWith("?") ? value != null && !holds(kind.slice(0, -1), value) : !holds(kind, value))
      throw new InvalidResponseError(
        `${operation}: response field \`${path}\` should be ${kind.endsWith("?") ? "absent or " : ""}${NAMES[kind.replace("?", "")]}, got ${kindOf(value)}`,
      );
  }
  return data as T;
}
