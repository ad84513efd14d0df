import type { ErrorEnvelopeParser } from "@docrun/core";

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

/**
 * Reads Extend's error body `{ code, message, retryable, requestId?, docUrl? }` into core's
 * envelope; anything else (an HTML page from a proxy, plain text) keeps only a message.
 *
 * @example
 * ```ts
 * parseExtendError({ code: "NOT_FOUND", message: "Workflow run not found", retryable: false, requestId: "req_1" }, response);
 * // → { code: "NOT_FOUND", message: "Workflow run not found", retryable: false, requestId: "req_1" }
 * ```
 */
export const parseExtendError: ErrorEnvelopeParser = (body) => {
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const envelope = body as Record<string, unknown>;
    return {
      code: text(envelope["code"]),
      message: text(envelope["message"]),
      requestId: text(envelope["requestId"]),
      retryable: typeof envelope["retryable"] === "boolean" ? envelope["retryable"] : undefined,
    };
  }
  const message = text(typeof body === "string" ? body.slice(0, 300) : undefined);
  return message === undefined ? {} : { message };
};
