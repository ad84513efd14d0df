/**
 * Why a request got no response, read from the runtime's error. Node's `fetch` (undici) rejects
 * with `TypeError("fetch failed")` and hides the socket's reason one or two `cause`s deeper
 * (sometimes inside an `AggregateError` when several addresses were tried); Bun and Deno put a
 * `code` closer to the top. The first string `code` found wins.
 *
 * @example
 * ```ts
 * connectionCauseCode(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } })); // "ECONNREFUSED"
 * ```
 */
export function connectionCauseCode(error: unknown): string | undefined {
  const queue: unknown[] = [error];
  // Bounded: a hostile or cyclic cause chain cannot keep us here.
  for (let seen = 0; queue.length > 0 && seen < 16; seen++) {
    const current = queue.shift() as { code?: unknown; cause?: unknown; errors?: unknown } | null;
    if (current == null || typeof current != "object") continue;
    if (typeof current.code == "string" && current.code) return current.code;
    queue.push(current.cause);
    if (Array.isArray(current.errors)) queue.push(...current.errors);
  }
  return undefined;
}

/**
 * The message of a `ConnectionError`: what was sent and, when the runtime said, its reason code
 * (`ECONNREFUSED`: nothing listens there; `ENOTFOUND`: no such host; `CERT_…`/`ERR_TLS_…`: the
 * TLS certificate). The codes are the platform's own, so they can be searched for as they are.
 *
 * @example
 * ```ts
 * connectionMessage("GET http://127.0.0.1:9/x", "ECONNREFUSED"); // "GET http://127.0.0.1:9/x failed: ECONNREFUSED"
 * ```
 */
export const connectionMessage = (what: string, code: string | undefined): string =>
  `${what} failed${code ? ": " + code : ""}`;
