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
export function expectShape<T>(operation: string, data: unknown, shape: ResponseShape = NO_FIELDS): T {
  if (!holds("object", data))
    throw new InvalidResponseError(
      `${operation}: expected a JSON object in the response, got ${kindOf(data)}`,
    );
  for (const [path, keys, kind, optional] of compile(shape)) {
    let value: any = data;
    for (const key of keys)
      value = holds("object", value) && Object.hasOwn(value, key) ? value[key] : undefined;
    if (optional ? value != null && !holds(kind, value) : !holds(kind, value))
      throw new InvalidResponseError(
        `${operation}: response field \`${path}\` should be ${optional ? "absent or " : ""}${NAMES[kind]}, got ${kindOf(value)}`,
      );
  }
  return data as T;
}

const NO_FIELDS: ResponseShape = Object.freeze({});

type Check = [path: string, keys: string[], kind: string, optional: boolean];

// Helpers pass the same shape constants on every call: each is split into checks once.
const compiled = new WeakMap<ResponseShape, Check[]>();

function compile(shape: ResponseShape): Check[] {
  let checks = compiled.get(shape);
  if (!checks) {
    checks = [];
    for (const path in shape) {
      const kind = shape[path]!;
      const optional = kind.endsWith("?");
      checks.push([path, path.split("."), optional ? kind.slice(0, -1) : kind, optional]);
    }
    compiled.set(shape, checks);
  }
  return checks;
}
