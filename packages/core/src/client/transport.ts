import {
  ConfigurationError,
  ConnectionError,
  DocrunError,
  InvalidResponseError,
  TimeoutError,
} from "../errors/errors.js";
import { isRetryableStatus } from "../errors/create-api-error.js";
import { abortError, sleep } from "../poll/clock.js";
import { retryAfterMs } from "./retry-after.js";

/** What `onRetry` is told before each retry. Never contains headers, body or the API key. */
export interface RetryInfo {
  /** The attempt that just failed (1 = the first try). */
  attempt: number;
  /** How long the transport will wait before the next attempt. */
  delayMs: number;
  method: string;
  /** The URL without its query string. */
  url: string;
  /** The status of the failed attempt, when it got a response. */
  status?: number | undefined;
  /** The error of the failed attempt (`ConnectionError` or `TimeoutError`), when it got none. */
  error?: DocrunError | undefined;
}

/** Options of `createTransport` (and, through it, of every provider client). */
export interface TransportOptions {
  /** The `fetch` to send with (default: the global one, looked up per call). */
  fetch?: typeof fetch | undefined;
  /** Full `Authorization` header value; added to every request that has none, dropped cross-origin. */
  authorization?: string | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Per-attempt timeout covering headers and the whole body (default 60 000). */
  timeoutMs?: number | undefined;
  /** Optional budget for the whole call, retries and waits included. */
  deadlineMs?: number | undefined;
  /** A `Retry-After` above this (default 60 000) is not waited for: the response is returned as is. */
  maxRetryAfterMs?: number | undefined;
  /** Largest response body accepted (default 32 MiB); larger → `InvalidResponseError`. */
  maxResponseBytes?: number | undefined;
  /** Redirect hops followed per attempt (default 5); more → `InvalidResponseError`. */
  maxRedirects?: number | undefined;
  /** Backoff schedule: `initialMs` (default 500) doubling up to `maxMs` (default 8 000), minus up to 25 % jitter. */
  backoff?: { initialMs?: number | undefined; maxMs?: number | undefined } | undefined;
  /** The header the provider honours for idempotent POSTs (e.g. `Idempotency-Key`). */
  idempotencyHeader?: string | undefined;
  /** Allow `http://` to hosts other than loopback (the key would travel in clear text). */
  allowInsecureHttp?: boolean | undefined;
  /** Called before each retry; for logging and metrics. */
  onRetry?: ((info: RetryInfo) => void) | undefined;
  /** Attached to every response this transport returns (read back with `responseMeta`). */
  context?: unknown;
}

/** Per-call extras, set as unknown init keys (openapi-fetch copies them onto its `Request`). */
export interface CallExtras {
  timeoutMs?: number | undefined;
  deadlineMs?: number | undefined;
  idempotencyKey?: string | undefined;
}

/** What the transport knows about a response it returned: attempts made and the client context. */
export const responseMeta: WeakMap<Response, { attempts: number; context: unknown }> = new WeakMap();

/**
 * The request id of a response: the provider's header (`ProviderDescriptor.requestIdHeader`) when
 * the response came through a core client, else `x-request-id`.
 *
 * @example
 * ```ts
 * const { response } = await api.GET("/runs");
 * console.log(requestIdOf(response));
 * ```
 */
export const requestIdOf = (response: Response): string | undefined =>
  response.headers.get(
    (responseMeta.get(response)?.context as { requestIdHeader?: string } | undefined)?.requestIdHeader ??
      "x-request-id",
  ) ?? undefined;

const noop = () => {};
const decoder = new TextDecoder();
const path = (url: string) => url.split("?")[0]!;
const randomId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2) + Date.now().toString(36);
const mayCreate = (method: string) => method == "POST" || method == "PATCH";

/** Throws `ConfigurationError` for `http://` to a non-loopback host unless allowed. */
export function assertSecureUrl(url: string, allowInsecureHttp?: boolean): void {
  if (allowInsecureHttp || !/^http:/i.test(url)) return;
  const host = new URL(url).hostname;
  if (!/^(localhost|127(\.\d+){3}|\[::1\])$|\.localhost$/.test(host))
    throw new ConfigurationError(
      `Refusing plain http:// to ${host}: the API key would travel unencrypted. Use https:// or set allowInsecureHttp: true`,
    );
}

/** A connection refused or a name that did not resolve: nothing reached the server. */
function neverSent(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause, depth++)
    if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN)$/.test(e.code)) return true;
  return false;
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (for fetches that ignore it). */
const race = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort);
    promise.then(
      (v) => (signal.removeEventListener("abort", onAbort), resolve(v)),
      (e) => (signal.removeEventListener("abort", onAbort), reject(e)),
    );
  });

async function readBody(response: Response, cap: number, what: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new InvalidResponseError(`${what} response body exceeds maxResponseBytes (${cap})`, {
      status: response.status,
    });
  if (+response.headers.get("content-length")! > cap) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body)
    for (const reader = response.body.getReader(); ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      if ((size += value.length) > cap) {
        reader.cancel().catch(noop);
        throw tooLarge();
      }
      chunks.push(value);
    }
  if (chunks.length == 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  size = 0;
  for (const chunk of chunks) bytes.set(chunk, size), (size += chunk.length);
  return bytes;
}

/**
 * The `fetch` core hands to openapi-fetch's `createClient`: it sits beneath openapi-fetch's
 * middleware and adds retries with backoff, `Retry-After`, per-attempt timeouts, an optional
 * deadline, abort in every wait, safe redirects, body-size and content checks. See the core README
 * for the exact POST retry rule.
 *
 * @example
 * ```ts
 * import createClient from "openapi-fetch";
 * const api = createClient<paths>({ baseUrl, fetch: createTransport({ authorization: `Bearer ${key}` }) });
 * ```
 */
export function createTransport(
  options: TransportOptions = {},
): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  const {
    maxRetries = 2,
    timeoutMs = 60_000,
    maxRetryAfterMs = 60_000,
    maxResponseBytes = 2 ** 25,
    maxRedirects = 5,
    idempotencyHeader: idem,
    authorization,
    allowInsecureHttp,
    onRetry,
  } = options;
  const initialMs = options.backoff?.initialMs ?? 500;
  const maxMs = options.backoff?.maxMs ?? 8_000;

  async function attemptOnce(
    url: string,
    method: string,
    headers: Headers,
    body: ArrayBuffer | undefined,
    signal: AbortSignal,
    ms: number,
    ext: RequestInit | undefined,
  ): Promise<Response> {
    const what = `${method} ${path(url)}`;
    if (signal.aborted) throw abortError(signal);
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), controller.abort()), ms);
    signal.addEventListener("abort", onAbort);
    try {
      for (let hops = 0; ; hops++) {
        const init: RequestInit = { ...ext, method, headers, body: body ?? null, signal: controller.signal };
        const send = options.fetch ?? fetch;
        let res = await race(send(url, { ...init, redirect: "manual" }), controller.signal);
        // Browsers hide manual redirects; they drop Authorization cross-origin themselves.
        if (res.type == "opaqueredirect") res = await race(send(url, init), controller.signal);
        const location = res.status > 300 && res.status < 309 && res.headers.get("location");
        if (location) {
          res.body?.cancel().catch(noop);
          if (hops >= maxRedirects)
            throw new InvalidResponseError(`${what}: more than ${maxRedirects} redirects (a loop?)`, {
              status: res.status,
            });
          const next = new URL(location, url);
          assertSecureUrl(next.href, allowInsecureHttp);
          headers = new Headers(headers);
          if (next.origin != new URL(url).origin) headers.delete("authorization"), headers.delete("cookie");
          if (res.status == 303 || (res.status < 303 && method == "POST")) {
            method = "GET";
            body = undefined;
            headers.delete("content-type");
          }
          url = next.href;
          continue;
        }
        const bytes = await race(readBody(res, maxResponseBytes, what), controller.signal);
        const type = res.headers.get("content-type") ?? "";
        if (res.ok && bytes.length) {
          const invalid = (why: string) =>
            new InvalidResponseError(`${what} returned ${res.status} with ${why}`, { status: res.status });
          if (/html/i.test(type)) throw invalid("an HTML page instead of API data (wrong baseUrl or a proxy?)");
          if (/json/i.test(type))
            try {
              JSON.parse(decoder.decode(bytes));
            } catch {
              throw invalid("a body that is not valid JSON (truncated?)");
            }
        }
        const out = new Response(res.status == 204 || res.status == 205 || res.status == 304 ? null : (bytes as Uint8Array<ArrayBuffer>), {
          status: res.status,
          statusText: res.statusText,
          headers: res.headers,
        });
        Object.defineProperty(out, "url", { value: url });
        return out;
      }
    } catch (error) {
      if (signal.aborted) throw abortError(signal);
      if (error instanceof DocrunError) throw error;
      throw timedOut
        ? new TimeoutError(`${what} timed out after ${ms} ms`, { attempts: 1 })
        : new ConnectionError(`${what} failed: ${(error as Error)?.message}`, { cause: error, attempts: 1 });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    }
  }

  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const extras = request as Request & CallExtras;
    const { method, signal, url } = request;
    assertSecureUrl(url, allowInsecureHttp);
    const headers = new Headers(request.headers);
    if (authorization && !headers.has("authorization")) headers.set("authorization", authorization);
    if (idem && (extras.idempotencyKey || (mayCreate(method) && !headers.has(idem))))
      headers.set(idem, extras.idempotencyKey ?? randomId());
    // A POST/PATCH is retried blindly only when it carries the provider's idempotency header.
    const safe = !mayCreate(method) || (!!idem && headers.has(idem));
    const body = request.body ? await request.arrayBuffer() : undefined;
    const perAttempt = extras.timeoutMs ?? timeoutMs;
    const budget = extras.deadlineMs ?? options.deadlineMs;
    const deadline = budget ? Date.now() + budget : Infinity;
    const ext = input instanceof Request ? init : undefined;

    for (let attempt = 1; ; attempt++) {
      let response: Response | undefined;
      let error: ConnectionError | TimeoutError | undefined;
      let hint: number | undefined;
      let retry: boolean;
      try {
        response = await attemptOnce(
          url,
          method,
          headers,
          body,
          signal,
          Math.max(0, Math.min(perAttempt, deadline - Date.now())),
          ext,
        );
        const { status } = response;
        hint = retryAfterMs(response.headers);
        // Not processed: 408 and 429 by definition, 503 when the server names a time to come back.
        retry =
          isRetryableStatus(status) &&
          (safe || status == 408 || status == 429 || (status == 503 && hint != null)) &&
          !(hint! > maxRetryAfterMs);
      } catch (e) {
        if (!(e instanceof ConnectionError || e instanceof TimeoutError)) throw e;
        error = e;
        retry = safe || (e instanceof ConnectionError && neverSent(e));
      }
      const delayMs = hint ?? Math.min(maxMs, initialMs * 2 ** (attempt - 1)) * (1 - Math.random() / 4);
      if (!retry || attempt > maxRetries || Date.now() + delayMs >= deadline) {
        if (error) throw Object.assign(error, { attempts: attempt });
        responseMeta.set(response!, { attempts: attempt, context: options.context });
        return response!;
      }
      onRetry?.({ attempt, delayMs, method, url: path(url), status: response?.status, error });
      await sleep(delayMs, signal);
    }
  };
}
