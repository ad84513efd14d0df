import type { IncomingMessage } from "node:http";

const ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

// Every header a docrun client or an official SDK may send to one of the three providers.
const DEFAULT_ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "accept",
  "idempotency-key",
  "x-request-id",
  "x-extend-api-version",
  "x-extend-workspace-id",
  "x-retab-environment",
  "x-stainless-retry-count",
  "x-fern-language",
].join(", ");

/**
 * Headers a browser page may read from a cross-origin response. Without this list `fetch` in a
 * page would hide `retry-after` and `x-ratelimit-*`, and clients could not honour them.
 *
 * @example
 * ```ts
 * exposedHeaders("x-request-id"); // "x-request-id, retry-after, …"
 * ```
 */
export function exposedHeaders(requestIdHeader: string): string {
  const names = new Set([
    requestIdHeader.toLowerCase(),
    "x-request-id",
    "retry-after",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "location",
  ]);
  return [...names].join(", ");
}

/**
 * CORS headers for a normal (non-preflight) response. The origin is echoed rather than `*` so a
 * page on any loopback origin works; no credentials mode is involved because auth is a bearer.
 *
 * @example
 * ```ts
 * Object.assign(headers, corsHeaders(req.headers.origin, exposed));
 * ```
 */
export function corsHeaders(origin: string | undefined, exposed: string): Record<string, string> {
  if (origin === undefined) return {};
  return { "access-control-allow-origin": origin, "access-control-expose-headers": exposed, vary: "Origin" };
}

/**
 * True for a CORS preflight: OPTIONS with `Access-Control-Request-Method`.
 *
 * @example
 * ```ts
 * if (isPreflight(req)) return answerPreflight(req);
 * ```
 */
export function isPreflight(request: IncomingMessage): boolean {
  return request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined;
}

/**
 * Headers answering a preflight (status 204). The requested headers are echoed so any
 * provider-specific header (for example `x-extend-*`) is allowed without keeping a list in sync.
 *
 * @example
 * ```ts
 * response.writeHead(204, preflightHeaders(req.headers.origin, req.headers["access-control-request-headers"]));
 * ```
 */
export function preflightHeaders(
  origin: string | undefined,
  requestedHeaders: string | undefined,
): Record<string, string> {
  return {
    "access-control-allow-origin": origin ?? "*",
    "access-control-allow-methods": ALLOWED_METHODS,
    "access-control-allow-headers": requestedHeaders
      ? `${DEFAULT_ALLOWED_HEADERS}, ${requestedHeaders}`
      : DEFAULT_ALLOWED_HEADERS,
    "access-control-max-age": "600",
    vary: "Origin, Access-Control-Request-Headers",
    "content-length": "0",
  };
}
