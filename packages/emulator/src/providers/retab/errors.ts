import type { EmulatorResponse } from "../../framework/types.js";

/** One entry of FastAPI's validation error list (`HTTPValidationError.detail[]`). */
export interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

/**
 * Retab's error body outside validation: `{ "detail": "…" }`.
 *
 * @example
 * ```ts
 * detailError(404, "Workflow run not found");
 * ```
 */
export function detailError(
  status: number,
  detail: string,
  headers?: Record<string, string>,
): EmulatorResponse {
  return headers === undefined ? { status, json: { detail } } : { status, headers, json: { detail } };
}

/**
 * FastAPI's 422 answer: `{ "detail": [ { type, loc, msg, input, ctx? } ] }`.
 *
 * @example
 * ```ts
 * validationError([{ type: "missing", loc: ["query", "workflow_id"], msg: "Field required", input: null }]);
 * ```
 */
export function validationError(issues: readonly ValidationIssue[]): EmulatorResponse {
  return { status: 422, json: { detail: issues } };
}
