import { ExtendApiError, invalidRequest } from "./errors.js";
import { decodeToken, type Cursor } from "./pagination.js";

// Query and body checks with Extend's answers: 400 INVALID_REQUEST naming the offending field.

/**
 * Reads an optional enum query parameter.
 *
 * @example
 * ```ts
 * enumParam(query, "sortDir", ["asc", "desc"], "desc");
 * ```
 */
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T;
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined;
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const value = query.get(name);
  if (value === null) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidRequest(`${name} must be one of ${allowed.join(", ")}; got "${value}"`);
  }
  return value as T;
}

/**
 * Reads `maxPageSize` (integer 1–1000, default 10).
 *
 * @example
 * ```ts
 * pageSizeParam(new URLSearchParams("maxPageSize=50")); // 50
 * ```
 */
export function pageSizeParam(query: URLSearchParams): number {
  const value = query.get("maxPageSize");
  if (value === null) return 10;
  const size = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(size >= 1 && size <= 1000))
    throw invalidRequest(`maxPageSize must be an integer between 1 and 1000; got "${value}"`);
  return size;
}

/**
 * Reads `nextPageToken`; a token this API did not issue is a 400.
 *
 * @example
 * ```ts
 * tokenParam(new URLSearchParams()); // null
 * ```
 */
export function tokenParam(query: URLSearchParams): Cursor | null {
  const value = query.get("nextPageToken");
  if (value === null || value === "") return null;
  const cursor = decodeToken(value);
  if (cursor === null)
    throw invalidRequest("nextPageToken is malformed; pass the value from the previous page unchanged");
  return cursor;
}

/**
 * Reads an optional boolean query parameter (`true` / `false`).
 *
 * @example
 * ```ts
 * booleanParam(new URLSearchParams("rawText=true"), "rawText"); // true
 * ```
 */
export function booleanParam(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  if (value === null) return false;
  if (value !== "true" && value !== "false")
    throw invalidRequest(`${name} must be true or false; got "${value}"`);
  return value === "true";
}

/**
 * Parses a JSON request body that must be an object.
 *
 * @example
 * ```ts
 * jsonBody(request.body, request.headers["content-type"]);
 * ```
 */
export function jsonBody(body: Uint8Array, contentType: string | undefined): Record<string, unknown> {
  if (contentType === undefined || !/^application\/json\b/i.test(contentType)) {
    throw invalidRequest("Content-Type must be application/json");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw invalidRequest("Request body is not valid JSON");
  }
  if (!isObject(parsed)) throw invalidRequest("Request body must be a JSON object");
  return parsed;
}

/** True for a plain JSON object (not an array or null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A workflow reference `{ id, version? }`. */
export interface WorkflowRef {
  id: string;
  version: string | undefined;
}

/** A file input: by URL, by Extend file id, or raw text. */
export type FileInput =
  | { kind: "url"; url: string; name: string | undefined }
  | { kind: "id"; id: string }
  | { kind: "text"; text: string; name: string | undefined };

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw invalidRequest(`${where}.${key} is not a recognised field`);
  }
}

function optionalString(value: Record<string, unknown>, key: string, where: string): string | undefined {
  const field = value[key];
  if (field === undefined) return undefined;
  if (typeof field !== "string") throw invalidRequest(`${where}.${key} must be a string`);
  return field;
}

/**
 * Validates `workflow: { id, version? }`.
 *
 * @example
 * ```ts
 * workflowRef({ id: "workflow_BMdfq_yWM3sT-ZzvCnA3f" });
 * ```
 */
export function workflowRef(value: unknown): WorkflowRef {
  if (!isObject(value)) throw invalidRequest("workflow is required and must be an object with an id");
  unknownKeys(value, ["id", "version"], "workflow");
  const id = value["id"];
  if (typeof id !== "string" || id === "") throw invalidRequest("workflow.id must be a non-empty string");
  return { id, version: optionalString(value, "version", "workflow") };
}

/**
 * Validates a file input (exactly one of `url`, `id`, `text`).
 *
 * @example
 * ```ts
 * fileInput({ url: "https://example.com/a.pdf" }, "file");
 * ```
 */
export function fileInput(value: unknown, where: string, allowText = true): FileInput {
  if (!isObject(value)) throw invalidRequest(`${where} must be an object with one of url, id or text`);
  const given = ["url", "id", "text"].filter((key) => value[key] !== undefined);
  if (given.length !== 1) throw invalidRequest(`${where} must have exactly one of url, id or text`);
  if (value["url"] !== undefined) {
    unknownKeys(value, ["url", "name", "settings"], where);
    const url = value["url"];
    if (typeof url !== "string" || !/^https?:\/\/\S+$/i.test(url))
      throw invalidRequest(`${where}.url must be an http(s) URL`);
    const settings = value["settings"];
    if (settings !== undefined) {
      if (!isObject(settings)) throw invalidRequest(`${where}.settings must be an object`);
      unknownKeys(settings, ["password"], `${where}.settings`);
      optionalString(settings, "password", `${where}.settings`);
    }
    return { kind: "url", url, name: optionalString(value, "name", where) };
  }
  if (value["id"] !== undefined) {
    unknownKeys(value, ["id"], where);
    const id = value["id"];
    if (typeof id !== "string" || id === "") throw invalidRequest(`${where}.id must be a non-empty string`);
    return { kind: "id", id };
  }
  if (!allowText) throw invalidRequest(`${where}: raw text is not supported in a package`);
  unknownKeys(value, ["text", "name"], where);
  const text = value["text"];
  if (typeof text !== "string" || text === "")
    throw invalidRequest(`${where}.text must be a non-empty string`);
  return { kind: "text", text, name: optionalString(value, "name", where) };
}

const METADATA_LIMIT_BYTES = 10 * 1024;

/**
 * Validates an optional metadata (or secrets) object; metadata is capped at 10 KB.
 *
 * @example
 * ```ts
 * objectField(body, "metadata"); // {} when absent
 * ```
 */
export function objectField(
  body: Record<string, unknown>,
  key: string,
  where = key,
): Record<string, unknown> {
  const value = body[key];
  if (value === undefined) return {};
  if (!isObject(value)) throw invalidRequest(`${where} must be an object`);
  if (key === "metadata" && JSON.stringify(value).length > METADATA_LIMIT_BYTES) {
    throw invalidRequest(`${where} must be at most 10 KB`);
  }
  return value;
}

/**
 * Validates an optional `priority` (integer 1–100).
 *
 * @example
 * ```ts
 * priorityField({ priority: 5 }, 50); // 5
 * ```
 */
export function priorityField(body: Record<string, unknown>, fallback: number): number {
  const value = body["priority"];
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 100) {
    throw invalidRequest("priority must be an integer between 1 and 100");
  }
  return value;
}

/**
 * `422 UNPROCESSABLE_ENTITY`: the request is well-formed but names something that cannot run.
 *
 * @example
 * ```ts
 * throw unprocessable("Workflow workflow_x has no version 7");
 * ```
 */
export function unprocessable(message: string): ExtendApiError {
  return new ExtendApiError(422, "UNPROCESSABLE_ENTITY", message);
}
