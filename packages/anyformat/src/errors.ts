import { parseErrorEnvelope, type ErrorEnvelopeParser } from "@docrun/core";

interface ValidationItem {
  loc?: unknown;
  msg?: unknown;
}

const describeIssue = (issue: ValidationItem): string =>
  Array.isArray(issue.loc) && issue.loc.length > 0
    ? `${issue.loc.join(".")}: ${String(issue.msg)}`
    : String(issue.msg);

/**
 * Reads AnyFormat's error bodies into core's fields: the envelope `{error, detail, error_code,
 * retryable, request_id}` (code = `error_code`, message = `detail` when it is text) and FastAPI's
 * `HTTPValidationError` `{detail: [{loc, msg, type}]}` (code `validation_error`, message listing
 * every `loc: msg`). Anything else falls back to core's generic parser.
 *
 * @example
 * ```ts
 * parseAnyformatError({ error: "Not Found", detail: "Workflow not found.", error_code: "NOT_FOUND", retryable: false, request_id: "req_1" }, response);
 * // { code: "NOT_FOUND", message: "Workflow not found.", requestId: "req_1", retryable: false }
 * ```
 */
export const parseAnyformatError: ErrorEnvelopeParser = (body, response) => {
  const envelope = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const detail = envelope["detail"];
  const issues = Array.isArray(detail)
    ? (detail as ValidationItem[]).map(describeIssue).join("; ")
    : undefined;
  if (typeof envelope["error_code"] === "string") {
    return {
      code: envelope["error_code"],
      message:
        typeof detail === "string"
          ? detail
          : (issues ?? (typeof envelope["error"] === "string" ? envelope["error"] : undefined)),
      requestId: typeof envelope["request_id"] === "string" ? envelope["request_id"] : undefined,
      retryable: typeof envelope["retryable"] === "boolean" ? envelope["retryable"] : undefined,
    };
  }
  if (issues !== undefined) return { code: "validation_error", message: issues, retryable: false };
  return parseErrorEnvelope(body, response);
};
