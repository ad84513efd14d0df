import { ApiError, InternalServerError, errorClassByStatus } from "./errors.js";
import { retryAfterMs } from "../client/retry-after.js";

/**
 * What a provider's error-envelope parser extracts from an error body.
 *
 * @example
 * ```ts
 * const parsed: ParsedErrorEnvelope = { code: "NOT_FOUND", message: "No such run", requestId: "req_1" };
 * ```
 */
export interface ParsedErrorEnvelope {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
  retryable?: boolean | undefined;
}

/**
 * Reads a provider's error body. A provider package plugs its own in through
 * `ProviderDescriptor.parseError`; `parseErrorEnvelope` is the generic default.
 *
 * @example
 * ```ts
 * const parseError: ErrorEnvelopeParser = (body: any) => ({ code: body?.code, message: body?.message, requestId: body?.requestId });
 * ```
 */
export type ErrorEnvelopeParser = (body: unknown, response: Response) => ParsedErrorEnvelope;

const first = (...values: unknown[]) => values.find((v) => typeof v == "string" && v) as string | undefined;

/**
 * The default error-envelope parser: understands `{ error: { message, code } }`,
 * `{ error, error_code, detail, retryable, request_id }`, `{ detail: { code, message } }`,
 * `{ detail: "…" }`, `{ detail: [{ msg }] }`, `{ message, code }` and a plain-text body.
 *
 * @example
 * ```ts
 * parseErrorEnvelope({ detail: { code: "not_found", message: "No run" } }, response);
 * // → { code: "not_found", message: "No run", … }
 * ```
 */
export const parseErrorEnvelope: ErrorEnvelopeParser = (body: any) => {
  const e = body?.error?.message ? body.error : body?.detail?.message ? body.detail : Object(body);
  return {
    code: first(e.code, body?.error_code, e.type),
    message: first(
      e.message,
      body?.error,
      body?.detail,
      body?.detail?.[0]?.msg,
      // Text only: `String()` of a nested array recurses and a hostile one overflows the stack.
      typeof body == "object" ? undefined : String(body ?? "").slice(0, 300),
    ),
    requestId: first(body?.request_id, body?.requestId),
    retryable: body?.retryable === !!body?.retryable ? body.retryable : undefined,
  };
};

/**
 * Builds the typed error for a non-2xx response: the subclass for its status family, with the
 * parsed code, message and request id, `retryable` (408/409/429/5xx unless the envelope says
 * otherwise), `attempts` and the `Retry-After` hint.
 *
 * @example
 * ```ts
 * const { error, response } = await api.GET("/runs/{id}", { params: { path: { id } } });
 * if (!response.ok) throw createApiError(response, error, parseErrorEnvelope(error, response), 1);
 * ```
 */
export function createApiError(
  response: Response,
  body: unknown,
  parsed: ParsedErrorEnvelope,
  attempts: number,
): ApiError {
  const { status, headers } = response;
  const Class = errorClassByStatus[status] ?? (status >= 500 ? InternalServerError : ApiError);
  const err = new Class(`${status} ${parsed.message ?? (response.statusText || "HTTP error")}`, {
    status,
    code: parsed.code,
    requestId: parsed.requestId ?? headers.get("x-request-id") ?? undefined,
    body,
    retryable: parsed.retryable ?? isRetryableStatus(status),
    attempts,
    retryAfterMs: retryAfterMs(headers),
  });
  Object.defineProperty(err, "headers", { value: headers });
  return err;
}

/**
 * 408, 409, 429 and 5xx: the statuses the transport retries.
 *
 * @example
 * ```ts
 * isRetryableStatus(503); // true
 * ```
 */
export const isRetryableStatus = (status: number): boolean =>
  status == 408 || status == 409 || status == 429 || status >= 500;
