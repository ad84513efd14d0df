import { parseErrorEnvelope, type ErrorEnvelopeParser } from "@docrun/core";

interface ValidationIssue {
  loc?: unknown;
  msg?: unknown;
  type?: unknown;
}

function describeIssue(issue: ValidationIssue): string {
  const where = Array.isArray(issue.loc) ? issue.loc.join(".") : "";
  return where === "" ? String(issue.msg) : `${where}: ${String(issue.msg)}`;
}

/**
 * Reads Retab's error bodies: FastAPI's `{ detail: "…" }`, `{ detail: { code, message } }`, and
 * the 422 `{ detail: [{ loc, msg, type }] }` (every issue goes into the message; the first issue's
 * `type` becomes `code`). The request id comes from the `x-request-id` header.
 *
 * @example
 * ```ts
 * parseRetabError({ detail: [{ loc: ["query", "limit"], msg: "Input should be less than or equal to 100", type: "less_than_equal" }] }, response);
 * // → { code: "less_than_equal", message: "query.limit: Input should be less than or equal to 100" }
 * ```
 */
export const parseRetabError: ErrorEnvelopeParser = (body, response) => {
  const detail = (body as { detail?: unknown } | null | undefined)?.detail;
  if (Array.isArray(detail) && detail.length > 0) {
    const issues = detail as ValidationIssue[];
    const code = typeof issues[0]?.type === "string" ? issues[0].type : undefined;
    return { code, message: issues.map(describeIssue).join("; ") };
  }
  if (typeof detail === "string") return { message: detail };
  return parseErrorEnvelope(body, response);
};
