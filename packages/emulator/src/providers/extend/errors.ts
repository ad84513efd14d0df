import type { EmulatorResponse } from "../../framework/types.js";

const DOC_URL = "https://docs.extend.ai/2026-02-09/developers/error-codes";

/**
 * An error the emulator answers in Extend's envelope. Route handlers throw it; the module's
 * `handle` turns it into the response.
 *
 * @example
 * ```ts
 * throw new ExtendApiError(404, "NOT_FOUND", "Workflow run not found: workflow_run_x");
 * ```
 */
export class ExtendApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryable = false,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ExtendApiError";
  }
}

/**
 * `400 INVALID_REQUEST` with a message naming what is wrong.
 *
 * @example
 * ```ts
 * throw invalidRequest("maxPageSize must be an integer between 1 and 1000");
 * ```
 */
export function invalidRequest(message: string): ExtendApiError {
  return new ExtendApiError(400, "INVALID_REQUEST", message);
}

/**
 * `404 NOT_FOUND` for an unknown id.
 *
 * @example
 * ```ts
 * throw notFound("Workflow run", id);
 * ```
 */
export function notFound(what: string, id: string): ExtendApiError {
  return new ExtendApiError(404, "NOT_FOUND", `${what} not found: ${id}`);
}

/**
 * Extend's error body `{ code, message, retryable, requestId, docUrl? }` as a response.
 *
 * @example
 * ```ts
 * envelope(new ExtendApiError(401, "UNAUTHORIZED", "Invalid or missing API key"), "req_1");
 * ```
 */
export function envelope(error: ExtendApiError, requestId: string): EmulatorResponse {
  const body: Record<string, unknown> = {
    code: error.code,
    message: error.message,
    retryable: error.retryable,
    requestId,
  };
  if (error.status === 400 || error.status === 422) body["docUrl"] = DOC_URL;
  return { status: error.status, headers: error.headers, json: body };
}

/**
 * The envelope for errors the framework makes (rate limits, injected faults, unknown routes).
 *
 * @example
 * ```ts
 * frameworkError("rate_limited", "req_1", { retryAfterSeconds: 2 }).status; // 429
 * ```
 */
export function frameworkError(
  kind: "rate_limited" | "internal" | "not_found" | "unauthorized",
  requestId: string,
  detail?: { retryAfterSeconds?: number },
): EmulatorResponse {
  switch (kind) {
    case "rate_limited": {
      const seconds = String(Math.max(0, Math.ceil(detail?.retryAfterSeconds ?? 1)));
      return envelope(
        new ExtendApiError(429, "RATE_LIMIT_EXCEEDED", "Too many requests; retry later", true, {
          "retry-after": seconds,
        }),
        requestId,
      );
    }
    case "internal":
      return envelope(
        new ExtendApiError(500, "INTERNAL_ERROR", "An unexpected error occurred", true),
        requestId,
      );
    case "not_found":
      return envelope(new ExtendApiError(404, "NOT_FOUND", "No such endpoint"), requestId);
    case "unauthorized":
      return envelope(new ExtendApiError(401, "UNAUTHORIZED", "Invalid or missing API key"), requestId);
  }
}
