import createClient, { type Client } from "openapi-fetch";
import { ConfigurationError, InvalidResponseError, type ApiError } from "../errors/errors.js";
import {
  createApiError,
  type ErrorEnvelopeParser,
  type ParsedErrorEnvelope,
} from "../errors/create-api-error.js";
import { redactSecrets, scrubSecrets } from "../errors/secrets.js";
import { readEnv } from "./env.js";
import { checkNumbers } from "./check-numbers.js";
import { guardedPathSerializer } from "./path-params.js";
import { createRatePacer } from "./rate-pacer.js";
import { assertSecureUrl, createTransport, responseMeta, type RetryInfo } from "./transport.js";
import type { Logger, LogLevel } from "./logger.js";

/**
 * What a provider package tells core about its API.
 *
 * @example
 * ```ts
 * const extend: ProviderDescriptor = { name: "Extend", apiKeyEnv: "EXTEND_API_KEY", baseUrlEnv: "EXTEND_BASE_URL",
 *   defaultBaseUrl: "https://api.extend.ai", parseError: parseExtendError, requestIdHeader: "x-request-id" };
 * ```
 */
export interface ProviderDescriptor {
  /** Display name, e.g. `"Extend"`. */
  name: string;
  /** Env variable holding the API key, e.g. `"EXTEND_API_KEY"`. */
  apiKeyEnv: string;
  /** Env variable overriding the base URL, e.g. `"EXTEND_BASE_URL"`. */
  baseUrlEnv: string;
  defaultBaseUrl: string;
  /** Reads the provider's error envelope into code / message / request id. */
  parseError: ErrorEnvelopeParser;
  /** Response header carrying the request id (default `x-request-id`). */
  requestIdHeader?: string | undefined;
  /** A header the provider honours for idempotent POSTs; a POST carrying it may be retried. */
  idempotencyHeader?: string | undefined;
}

/**
 * Options every `createXClient` accepts (providers add their own).
 *
 * @example
 * ```ts
 * const options: ClientOptions = { maxRetries: 4, timeoutMs: 30_000, onRetry: (i) => console.warn(i) };
 * ```
 */
export interface ClientOptions {
  /** API key; default: the provider's env variable. */
  apiKey?: string | undefined;
  /** Base URL; default: the provider's env variable, then its public URL. */
  baseUrl?: string | undefined;
  /** The `fetch` to send with (default: the global one). */
  fetch?: typeof fetch | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Per-attempt timeout in ms, body included (default 60 000). */
  timeoutMs?: number | undefined;
  /** Optional budget for a whole call in ms, retries and backoff included. */
  deadlineMs?: number | undefined;
  /** A `Retry-After` above this is not waited for (default 60 000): `RateLimitError` with the hint. */
  maxRetryAfterMs?: number | undefined;
  /** Largest response body accepted (default 32 MiB). */
  maxResponseBytes?: number | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  /** Allow `http://` to a non-loopback host. */
  allowInsecureHttp?: boolean | undefined;
  /** Called before each retry (never sees the key). */
  onRetry?: ((info: RetryInfo) => void) | undefined;
  /**
   * Space requests by the server's `x-ratelimit-*` headers once the client nears the limit, so it
   * spends the limit evenly instead of bursting into 429s (default true; see `createRatePacer`).
   */
  pacing?: boolean | undefined;
  /** Backoff schedule (default 500 ms doubling to 8 s, with jitter). */
  backoff?: { initialMs?: number | undefined; maxMs?: number | undefined } | undefined;
  /**
   * Debug log of every request, response, retry and wait, the key shown as `[redacted]`: `console`,
   * any object with `debug`/`info`/`warn`/`error`, or a `(level, message, fields)` function.
   * Default: `console` when the `DOCRUN_LOG` environment variable is set, else no log.
   */
  logger?: Logger | undefined;
  /** `debug` (every request), `info` (retries and waits), `warn` (default), `error` or `off`; default `DOCRUN_LOG`. */
  logLevel?: LogLevel | undefined;
}

/**
 * Options every helper call takes.
 *
 * @example
 * ```ts
 * const o: RequestOptions = { signal: AbortSignal.timeout(120_000), timeoutMs: 10_000 };
 * ```
 */
export interface RequestOptions {
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout for this call, overriding the client's. */
  timeoutMs?: number | undefined;
  /** Budget for the whole call, retries and backoff included (`poll()` sets it to what is left). */
  deadlineMs?: number | undefined;
  /** Retries for this call, overriding the client's `maxRetries` (0: a single attempt). */
  maxRetries?: number | undefined;
  /** Extra headers for this call, on top of (and overriding) the client's `headers`. */
  headers?: Record<string, string> | undefined;
  /** Called with the raw `Response` of each HTTP request the call makes; `withResponse()` uses it. */
  onResponse?: ((response: Response) => void) | undefined;
}

/**
 * What `createApiClient` returns.
 *
 * @example
 * ```ts
 * const { api, unwrap, baseUrl }: ApiClient<paths> = createApiClient<paths>(provider, options);
 * ```
 */
export interface ApiClient<Paths extends {}> {
  /** The typed openapi-fetch client: `{ data, error, response }`, auth and transport wired in. */
  api: Client<Paths>;
  /** Returns `data`, or throws the typed `ApiError` parsed with this provider's parser. */
  unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T>;
  /** The resolved base URL. */
  baseUrl: string;
}

interface Context {
  parse: ErrorEnvelopeParser;
  requestIdHeader?: string | undefined;
}

const unwrapWith =
  (fallback: Context) =>
  async <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> => {
    let {
      data,
      error: body,
      response,
    } = await call.catch((e) => {
      // openapi-fetch's own JSON.parse of a 2xx body that is not JSON (sent without content-length).
      throw e instanceof SyntaxError ? new InvalidResponseError("Response body is not JSON") : e;
    });
    if (response.ok) return data as T;
    const meta = responseMeta.get(response);
    const { parse, requestIdHeader = "x-request-id" } = (meta?.context as Context) ?? fallback;
    // A server may echo the key back ("invalid key sk_…", even in the status line's reason
    // phrase): the error keeps a copy of the response without it. Body, message and fields are
    // scrubbed by the error itself.
    const raw = [...response.headers];
    const headers = scrubSecrets(raw);
    const statusText = redactSecrets(response.statusText);
    if (headers != raw || statusText != response.statusText)
      response = new Response(null, { status: response.status, statusText, headers });
    let parsed: ParsedErrorEnvelope = {};
    try {
      parsed = parse(body, response);
    } catch {
      // A parser that chokes on a hostile body (nested thousands deep) must not replace the
      // typed error: the status and headers still say what happened.
    }
    throw createApiError(
      response,
      body,
      { ...parsed, requestId: parsed.requestId ?? response.headers.get(requestIdHeader) ?? undefined },
      meta?.attempts ?? 1,
    );
  };

/**
 * Returns `data` of an openapi-fetch call, or throws the typed `ApiError` (`NotFoundError`,
 * `RateLimitError`, …) parsed with the provider's error parser (found through the response, which
 * remembers the core client it came from; a response from elsewhere gets only status and headers).
 *
 * @example
 * ```ts
 * const run = await unwrap(api.GET("/workflow_runs/{id}", { params: { path: { id } } }));
 * ```
 */
export const unwrap: <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>) => Promise<T> =
  unwrapWith({ parse: () => ({}) });

/**
 * The init keys `requestOptions` returns.
 *
 * @example
 * ```ts
 * const init: CallInit = requestOptions({ timeoutMs: 5_000 }); // { timeoutMs: 5000 }
 * ```
 */
export interface CallInit {
  signal?: AbortSignal;
  timeoutMs?: number;
  deadlineMs?: number;
  idempotencyKey?: string;
  maxRetries?: number;
  headers?: Record<string, string>;
  onResponse?: (response: Response) => void;
}

/**
 * The init keys to spread into an `api.GET/POST(...)` call so per-call options reach the
 * transport: `signal` and `headers` (natively), `timeoutMs`, `deadlineMs`, `idempotencyKey`,
 * `maxRetries` and `onResponse` (copied by openapi-fetch onto its `Request`, read by the
 * transport). Undefined values are left out.
 *
 * @example
 * ```ts
 * api.POST("/runs", { body, ...requestOptions({ signal, timeoutMs: 10_000, idempotencyKey }) });
 * ```
 */
export function requestOptions(
  options: RequestOptions & { idempotencyKey?: string | undefined } = {},
): CallInit {
  const out: Record<string, unknown> = {};
  for (const key of [
    "signal",
    "timeoutMs",
    "deadlineMs",
    "idempotencyKey",
    "maxRetries",
    "headers",
    "onResponse",
  ] as const)
    if (options[key] != null) out[key] = options[key];
  return out;
}

// The key is not registered yet when options are checked: these messages redact it themselves.
const redact = (text: string, key: string) => text.replaceAll(key, "[redacted]");

// Numeric options and their minimum (0: an integer).
const minimums = { maxRetries: 0, timeoutMs: 1, deadlineMs: 1, maxRetryAfterMs: 0, maxResponseBytes: 1 };

/**
 * Builds a provider's client: the openapi-fetch client with base URL (option, env, default),
 * `Authorization: Bearer` and extra headers on every request, and core's transport beneath its
 * middleware. Throws `ConfigurationError` for bad options, naming the option (or env variable).
 *
 * @example
 * ```ts
 * const { api, unwrap } = createApiClient<paths>(extendProvider, options);
 * const run = await unwrap(api.GET("/workflow_runs/{id}", { params: { path: { id } }, ...requestOptions(o) }));
 * ```
 */
export function createApiClient<Paths extends {}>(
  provider: ProviderDescriptor,
  options: ClientOptions = {},
): ApiClient<Paths> {
  const apiKey = options.apiKey ?? readEnv(provider.apiKeyEnv);
  if (!apiKey)
    throw new ConfigurationError(
      `Missing ${provider.name} API key: pass apiKey or set ${provider.apiKeyEnv}`,
    );
  const baseUrl = (options.baseUrl ?? readEnv(provider.baseUrlEnv) ?? provider.defaultBaseUrl).replace(
    /\/+$/,
    "",
  );
  if (!/^https?:\/\/[^/]/i.test(baseUrl))
    throw new ConfigurationError(
      `baseUrl must be an absolute http(s) URL (${provider.baseUrlEnv}): ${redact(baseUrl, apiKey)}`,
    );
  // Credentials in the URL would be refused later by `new Request` with a TypeError quoting them.
  if (/^[^/]*\/\/[^/?#]*@/.test(baseUrl))
    throw new ConfigurationError(
      `baseUrl must not contain credentials (user:password@); pass the key as apiKey (${provider.baseUrlEnv})`,
    );
  try {
    new URL(baseUrl);
    assertSecureUrl(baseUrl, options.allowInsecureHttp);
  } catch (e) {
    throw new ConfigurationError(`baseUrl: ${redact(String((e as Error)?.message), apiKey)}`);
  }
  checkNumbers(options, minimums);
  const context: Context = { parse: provider.parseError, requestIdHeader: provider.requestIdHeader };
  const { apiKey: _key, baseUrl: _url, headers = {}, pacing = true, ...transport } = options;
  const api = createClient<Paths>({
    baseUrl,
    pathSerializer: guardedPathSerializer,
    headers,
    fetch: createTransport({
      ...transport,
      authorization: `Bearer ${apiKey}`,
      idempotencyHeader: provider.idempotencyHeader,
      context,
      pacer: pacing ? createRatePacer() : undefined,
    }),
  });
  return { api, unwrap: unwrapWith(context), baseUrl };
}
