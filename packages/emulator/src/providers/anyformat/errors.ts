import type { EmulatorResponse } from "../../framework/types.js";

/** The value AnyFormat sends in `X-API-Version` on every response. */
export const API_VERSION = "2.0.0";

/** AnyFormat's documented `error_code` values. */
export type ErrorCode =
  | "AUTH_FAILED"
  | "ACCESS_DENIED"
  | "VALIDATION_ERROR"
  | "INVALID_JSON"
  | "NOT_FOUND"
  | "PRECONDITION_FAILED"
  | "RATE_LIMITED"
  | "INTERNAL_ERROR"
  | "EXTRACTION_FAILED"
  | "EXTRACTION_CANCELLED";

/** One FastAPI/pydantic validation error (an item of `HTTPValidationError.detail`). */
export interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  input?: unknown;
  ctx?: Record<string, unknown>;
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  412: "Precondition Failed",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(["PRECONDITION_FAILED", "RATE_LIMITED", "INTERNAL_ERROR"]);

/**
 * A JSON response with AnyFormat's `X-API-Version` header.
 *
 * @example
 * ```ts
 * jsonResponse(200, { message: "ok" });
 * ```
 */
export function jsonResponse(
  status: number,
  json: unknown,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return { status, json, headers: { "x-api-version": API_VERSION, ...headers } };
}

/**
 * A response without a body (204, 301).
 *
 * @example
 * ```ts
 * emptyResponse(204);
 * ```
 */
export function emptyResponse(status: number, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, body: "", headers: { "x-api-version": API_VERSION, ...headers } };
}

/**
 * AnyFormat's error envelope `{error, detail, error_code, retryable, request_id}`.
 *
 * @example
 * ```ts
 * errorEnvelope(404, "NOT_FOUND", "Workflow not found.", "req_…");
 * ```
 */
export function errorEnvelope(
  status: number,
  code: ErrorCode,
  detail: string | ValidationIssue[],
  requestId: string,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return jsonResponse(
    status,
    {
      error: REASONS[status] ?? "Error",
      detail,
      error_code: code,
      retryable: RETRYABLE.has(code),
      request_id: requestId,
    },
    headers,
  );
}

/**
 * FastAPI's 422 `HTTPValidationError` body, `{detail: [...]}`, as AnyFormat's OpenAPI fragments declare it.
 *
 * @example
 * ```ts
 * validationFailed([{ type: "missing", loc: ["body", "url"], msg: "Field required", input: {} }]);
 * ```
 */
export function validationFailed(issues: ValidationIssue[]): EmulatorResponse {
  return jsonResponse(422, { detail: issues });
}
