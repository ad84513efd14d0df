import type { ServerResponse } from "node:http";
import type { EmulatorResponse } from "./types.js";

/** How to send the body: all at once, in slow chunks, or not at all after the headers. */
export type BodyMode = "normal" | "slow" | "stall";

const SLOW_CHUNKS = 4;

/**
 * Serializes and writes a provider response. `extraHeaders` (request id, rate limit, CORS) go
 * first so a provider can still override one deliberately.
 *
 * @example
 * ```ts
 * writeResponse(res, { status: 200, json: { ok: true } }, { "x-request-id": "req_1" }, "normal", timers, 0);
 * ```
 */
export function writeResponse(
  response: ServerResponse,
  answer: EmulatorResponse,
  extraHeaders: Record<string, string>,
  mode: BodyMode,
  timers: { later(ms: number, fn: () => void): void },
  slowBodyMs: number,
): void {
  const headers: Record<string, string | number> = extraHeaders;
  let payload: string | Uint8Array | undefined;
  if (answer.body !== undefined) payload = answer.body;
  else if (answer.json !== undefined) {
    payload = JSON.stringify(answer.json);
    headers["content-type"] = "application/json";
  }
  if (answer.headers !== undefined) Object.assign(headers, answer.headers);
  const bodyless = answer.status === 204 || answer.status === 304 || payload === undefined;
  if (bodyless || mode === "normal") {
    // Strings go out as they are: converting to a Buffer first would copy every list page twice.
    const out = bodyless ? undefined : payload;
    headers["content-length"] =
      out === undefined ? 0 : typeof out === "string" ? Buffer.byteLength(out) : out.length;
    response.writeHead(answer.status, headers);
    response.end(out);
    return;
  }
  const bytes = typeof payload === "string" ? Buffer.from(payload) : payload!;
  headers["content-length"] = bytes.length;
  response.writeHead(answer.status, headers);
  response.flushHeaders();
  if (mode === "stall") return; // headers, then silence until the client or close() ends it
  const size = Math.ceil(bytes.length / SLOW_CHUNKS);
  let offset = 0;
  const next = (): void => {
    if (response.destroyed) return;
    const end = Math.min(bytes.length, offset + size);
    const chunk = bytes.subarray(offset, end);
    offset = end;
    if (offset >= bytes.length) response.end(chunk);
    else {
      response.write(chunk);
      timers.later(slowBodyMs, next);
    }
  };
  next();
}
