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

// A few words for the codes people meet most; anything else is shown as its code alone.
const hints: Record<string, string> = {
  ECONNREFUSED: "connection refused: is the server running on that host and port?",
  ENOTFOUND: "host not found: check the base URL",
  EAI_AGAIN: "DNS lookup failed temporarily",
  ECONNRESET: "connection reset by the server",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "host unreachable",
  UND_ERR_SOCKET: "the server closed the connection",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate chain is self-signed",
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate cannot be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate is for another host name",
};

/**
 * The message of a `ConnectionError`: what was sent and, when the runtime said, why it failed.
 *
 * @example
 * ```ts
 * connectionMessage("GET http://127.0.0.1:9/x", "ECONNREFUSED");
 * // "GET http://127.0.0.1:9/x failed: ECONNREFUSED (connection refused: is the server running on that host and port?)"
 * ```
 */
export function connectionMessage(what: string, code: string | undefined): string {
  if (code === undefined) return `${what} failed`;
  const hint = hints[code];
  return `${what} failed: ${code}${hint ? ` (${hint})` : ""}`;
}
