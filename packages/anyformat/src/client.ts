import {
  createApiClient,
  requestOptions,
  type ClientOptions,
  type ProviderDescriptor,
  type RequestOptions,
  unwrapWithResponse,
} from "@docrun/core";
import { withTrailingSlash, type ClientContext } from "./context.js";
import { parseAnyformatError } from "./errors.js";
import { createFiles } from "./files.js";
import type { paths } from "./generated/schema.js";
import { createWebhooks } from "./webhooks.js";
import { createWorkflows } from "./workflows.js";

/**
 * The API version this package's types were generated from (`info.version` of the spec).
 * @example `console.log("built for AnyFormat API", ANYFORMAT_API_VERSION); // 2.0.0`
 */
export const ANYFORMAT_API_VERSION = "2.0.0";

/**
 * AnyFormat as core sees it: names, env variables, base URL and error parser.
 * @example `const { api } = createApiClient<paths>(anyformatDescriptor, { apiKey });`
 */
export const anyformatDescriptor: ProviderDescriptor = {
  name: "AnyFormat",
  apiKeyEnv: "ANYFORMAT_API_KEY",
  baseUrlEnv: "ANYFORMAT_BASE_URL",
  defaultBaseUrl: "https://api.anyformat.ai",
  parseError: parseAnyformatError,
  requestIdHeader: "x-request-id",
};

/**
 * Options of {@link createAnyformatClient}: core's client options (all optional).
 * @example `const options: AnyformatClientOptions = { maxRetries: 3, timeoutMs: 30_000 };`
 */
export type AnyformatClientOptions = ClientOptions;

/**
 * The client {@link createAnyformatClient} returns.
 * @example `function useClient(af: AnyformatClient) { return af.workflows.list(); }`
 */
export type AnyformatClient = ReturnType<typeof buildClient>;

function buildClient(options: AnyformatClientOptions) {
  const { api, unwrap, baseUrl } = createApiClient<paths>(anyformatDescriptor, {
    ...options,
    fetch: withTrailingSlash(options.fetch),
  });
  const context: ClientContext = {
    api,
    unwrap,
    send: (call) => unwrapWithResponse(call, unwrap),
  };
  return {
    /** The typed openapi-fetch client for every operation of the spec (`{ data, error, response }`). */
    api,
    /** The resolved base URL. */
    baseUrl,
    /**
     * `GET /health/`: `{ message: "ok" }` when the API is up.
     *
     * @example
     * ```ts
     * const { message } = await af.health();
     * ```
     */
    health: (o: RequestOptions = {}) => unwrap(api.GET("/health/", { ...requestOptions(o) })),
    /** Workflows: list, get, run, runAndWait, poll, results, listRuns, listFiles. */
    workflows: createWorkflows(context),
    /** File collections: delete. */
    files: createFiles(context),
    /** Webhook subscriptions and delivery verification. */
    webhooks: createWebhooks(context),
  };
}

/**
 * Creates an AnyFormat client. The key comes from `apiKey` or `ANYFORMAT_API_KEY` (missing → a
 * `ConfigurationError` naming the variable), the base URL from `baseUrl`, `ANYFORMAT_BASE_URL` or
 * `https://api.anyformat.ai`. Every call sends `Authorization: Bearer <key>`, is retried on
 * 429/5xx/network errors by core's transport, and gets AnyFormat's trailing slash.
 *
 * @example
 * ```ts
 * import { createAnyformatClient } from "@docrun/anyformat";
 *
 * const af = createAnyformatClient({ apiKey: process.env.ANYFORMAT_API_KEY, maxRetries: 3, timeoutMs: 30_000 });
 * const workflows = await af.workflows.list().toArray();
 * ```
 */
export function createAnyformatClient(options: AnyformatClientOptions = {}): AnyformatClient {
  return buildClient(options);
}
