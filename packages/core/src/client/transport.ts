import { ConfigurationError, ConnectionError, DocrunError, TimeoutError } from "../errors/errors.js";
import { isRetryableStatus } from "../errors/create-api-error.js";
import { abortError, sleep } from "../poll/clock.js";
import { retryAfterMs } from "./retry-after.js";
import { invalid, readBody } from "./read-body.js";
import { after } from "./timers.js";
import { checkNumbers } from "./check-numbers.js";
import { registerSecret, redactSecrets } from "../errors/secrets.js";
import { crossOriginHop, redirectTarget } from "./redirects.js";
import { loopbackHost } from "./server-target.js";
import type { RatePacer } from "./rate-pacer.js";
import { knownGuard, nodeFetchGuard } from "./node-fetch-guard.js";
import { connectionCauseCode, connectionMessage } from "../errors/connection-cause.js";
import { createLog, type Logger, type LogLevel } from "./logger.js";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Per-call numeric extras and their minimum (0: an integer).
const CALL_MINIMUMS = { timeoutMs: 1, deadlineMs: 1, maxRetries: 0 };

/**
 * What `onRetry` is told before each retry. Never contains headers, body or the API key.
 *
 * @example
 * ```ts
 * createExtendClient({ onRetry: (info: RetryInfo) => console.warn(`retry ${info.attempt} in ${info.delayMs} ms`, info.status) });
 * ```
 */
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

/**
 * Options of `createTransport` (and, through it, of every provider client).
 *
 * @example
 * ```ts
 * const transport = createTransport({ authorization: `Bearer ${key}`, maxRetries: 3 } satisfies TransportOptions);
 * ```
 */
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
  /** Spaces attempts by the server's rate-limit headers (see `createRatePacer`); none by default. */
  pacer?: RatePacer | undefined;
  /** Attached to every response this transport returns (read back with `responseMeta`). */
  context?: unknown;
  /** Where the debug log goes (see `Logger`); default `console` when `DOCRUN_LOG` is set, else none. */
  logger?: Logger | undefined;
  /** How much to log (default: `DOCRUN_LOG`, else `warn`). */
  logLevel?: LogLevel | undefined;
}

/**
 * Per-call extras, set as unknown init keys (openapi-fetch copies them onto its `Request`).
 *
 * @example
 * ```ts
 * const request = Object.assign(new Request(url), { timeoutMs: 5_000 } satisfies CallExtras);
 * ```
 */
export interface CallExtras {
  timeoutMs?: number | undefined;
  deadlineMs?: number | undefined;
  idempotencyKey?: string | undefined;
  /** Retries for this call, overriding the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** Called with the response this call returns (after retries and redirects). */
  onResponse?: ((response: Response) => void) | undefined;
}

/**
 * What the transport knows about a response it returned: attempts made and the client context.
 *
 * @example
 * ```ts
 * const { response } = await api.GET("/runs");
 * responseMeta.get(response)?.attempts; // 1 unless it was retried
 * ```
 */
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

/**
 * Throws `ConfigurationError` for `http://` to a host other than loopback, unless allowed: the key
 * would travel in clear text.
 *
 * @example
 * ```ts
 * assertSecureUrl("http://127.0.0.1:4010"); // fine
 * assertSecureUrl("http://api.example.com"); // throws
 * ```
 */
export function assertSecureUrl(url: string, allowInsecureHttp?: boolean): void {
  if (!allowInsecureHttp && /^http:/i.test(url) && !loopbackHost.test(new URL(url).hostname))
    throw new ConfigurationError(`Refusing http:// to ${url} (allowInsecureHttp)`);
}

/**
 * The `fetch` core hands to openapi-fetch's `createClient`: it sits beneath openapi-fetch's
 * middleware and adds retries with backoff, `Retry-After`, per-attempt timeouts (body included), an
 * optional deadline, abort in every wait, same-origin-only credentials on redirects, body-size and
 * content checks. The core README states the exact POST retry rule.
 *
 * @example
 * ```ts
 * import createClient from "openapi-fetch";
 * const api = createClient<paths>({ baseUrl, fetch: createTransport({ authorization: `Bearer ${key}` }) });
 * ```
 */
export function createTransport(
  options: TransportOptions = {},
): (input: Request | string | URL, init?: RequestInit) => Promise<Response> {
  const {
    maxRetries = 2,
    timeoutMs = 60_000,
    maxRetryAfterMs = 60_000,
    maxResponseBytes: cap = 2 ** 25,
    maxRedirects = 5,
    idempotencyHeader: idem,
    authorization,
    allowInsecureHttp: insecure,
    onRetry,
    context,
    backoff: { initialMs = 500, maxMs = 8_000 } = {},
  } = options;
  const log = createLog(options.logger, options.logLevel, authorization);

  const transport = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const extras = request as Request & CallExtras;
    const { method, signal, url: start } = request;
    assertSecureUrl(start, insecure);
    const headers = new Headers(request.headers);
    if (authorization && !headers.has("authorization")) headers.set("authorization", authorization);
    const mayCreate = method == "POST" || method == "PATCH";
    if (idem && (extras.idempotencyKey || (mayCreate && !headers.has(idem))))
      headers.set(idem, extras.idempotencyKey ?? crypto.randomUUID());
    // A POST/PATCH is retried blindly only when it carries the provider's idempotency header.
    const safe = !mayCreate || headers.has(idem!);
    const payload = request.body && (await request.arrayBuffer());
    if (extras.timeoutMs != null || extras.deadlineMs != null || extras.maxRetries != null)
      checkNumbers(extras, CALL_MINIMUMS);
    const retries = extras.maxRetries ?? maxRetries;
    const deadline = Date.now() + (extras.deadlineMs ?? options.deadlineMs ?? Infinity);
    const ext = input instanceof Request ? init : {};
    // Passed whatever `fetch` is in use: a wrapper around Node's (AnyFormat's, a user's) forwards it.
    const known = (ext as { dispatcher?: object } | undefined)?.dispatcher ?? knownGuard();
    const dispatcher = known === undefined ? await nodeFetchGuard() : (known ?? undefined);
    const what = `${method} ${start.split("?")[0]}`;

    for (let attempt = 1; ; attempt++) {
      await options.pacer?.acquire(signal);
      const controller = new AbortController();
      const abort = () => controller.abort();
      const ms = Math.max(0, Math.min(extras.timeoutMs ?? timeoutMs, deadline - Date.now()));
      let timedOut = false;
      const cancelTimer = after(ms, () => ((timedOut = true), abort()));
      // Making an AbortSignal costs more than the rest of an attempt (Node makes every signal
      // transferable), so the attempt's signal, and its link to the caller's, only exist once the
      // fetch in use asks for them: Node's fetch always does, a fetch that never reads it (an
      // in-memory test double) could not be aborted anyway.
      let linked = false;
      const attemptSignal = () => {
        if (!linked) {
          linked = true;
          signal.addEventListener("abort", abort);
          if (signal.aborted) abort();
        }
        return controller.signal;
      };
      let url = start;
      let m = method;
      let body = payload;
      let h = headers;
      let res: Response;
      let error: ConnectionError | TimeoutError | undefined;
      let hint: number | undefined;
      let retry: boolean;
      // Whether a response of ours may still be streaming. When fetch itself rejects there is none,
      // and aborting anyway would make Node's fetch emit an 'error' nobody listens to (for example
      // after too many Content-Encoding layers), which kills the process.
      let open = false;
      try {
        if (signal.aborted) throw 0;
        log?.("debug", `${what} (attempt ${attempt})`, { attempt, headers: h });
        for (let hops = 0; ; hops++) {
          const send = (redirect: RequestRedirect) =>
            (options.fetch ?? fetch)(url, {
              ...ext,
              method: m,
              headers: h,
              body,
              get signal() {
                return attemptSignal();
              },
              redirect,
              dispatcher,
            } as RequestInit);
          open = false;
          res = await send("manual");
          open = true;
          // Browsers hide manual redirects ("opaqueredirect"); they drop Authorization cross-origin themselves.
          if (res.type == "opaqueredirect") ((open = false), (res = await send("follow")), (open = true));
          // Only the redirect statuses: a 304 (or 305/306) with a Location is an answer, not a hop.
          const location = REDIRECT_STATUSES.has(res.status) && res.headers.get("location");
          if (!location) break;
          res.body?.cancel().catch(String);
          if (hops >= maxRedirects) throw invalid(res, what, "too many redirects");
          const next = redirectTarget(res, location, url, what, insecure);
          h = new Headers(h);
          if (res.status == 303 || (res.status < 303 && m == "POST"))
            ((m = "GET"), (body = null), h.delete("content-type"));
          if (next.origin != new URL(url).origin) h = crossOriginHop(res, h, body, what);
          url = next.href;
        }
        await readBody(res, cap, what);
        options.pacer?.observe(res);
        const { status } = res;
        log?.("debug", `${what} → ${status}`, { attempt, status, requestId: requestIdOf(res) });
        retry = isRetryableStatus(status);
        if (retry) {
          hint = retryAfterMs(res.headers);
          // Not processed: 408 and 429 by definition, 503 when the server names a time to come back.
          retry =
            (safe || status == 408 || status == 429 || (status == 503 && hint != null)) &&
            !(hint! > maxRetryAfterMs);
        }
      } catch (e) {
        if (open) abort(); // release the body we refused or could not read
        if (signal.aborted) throw abortError(signal);
        if (e instanceof DocrunError) throw e;
        const code = connectionCauseCode(e);
        error = timedOut
          ? new TimeoutError(`${what} timed out after ${ms} ms`)
          : new ConnectionError(connectionMessage(what, code), { cause: e, code });
        // A refused connection or an unknown host never reached the server: safe to retry any method.
        retry = safe || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(String(code));
      } finally {
        cancelTimer();
        if (linked) signal.removeEventListener("abort", abort);
      }
      // A server hint may lengthen the wait, never shorten it below the first backoff step: a
      // `Retry-After: 0` must not turn retries into a hot loop.
      const delayMs =
        hint != null
          ? Math.max(hint, initialMs)
          : Math.min(maxMs, initialMs * 2 ** (attempt - 1)) * (1 - Math.random() / 4);
      if (!retry || attempt > retries || Date.now() + delayMs >= deadline) {
        if (error) {
          log?.("warn", `${error.message} (gave up after ${attempt} attempts)`, { attempt });
          throw Object.assign(error, { attempts: attempt });
        }
        responseMeta.set(res!, { attempts: attempt, context });
        extras.onResponse?.(res!);
        return res!;
      }
      const waitMs = Math.round(delayMs);
      log?.("info", `${what} retry ${attempt} in ${waitMs} ms after ${error?.message ?? res!.status}`, {
        attempt,
        delayMs: waitMs,
        status: error ? undefined : res!.status,
      });
      onRetry?.({
        attempt,
        delayMs: waitMs,
        method,
        url: redactSecrets(what.slice(method.length + 1)),
        status: error ? undefined : res!.status,
        error,
      });
      await sleep(delayMs, signal);
    }
  };
  // Errors built while this transport lives redact its key (the token after the auth scheme).
  if (authorization) registerSecret(authorization.replace(/^\S+\s+/, ""), transport);
  return transport;
}
