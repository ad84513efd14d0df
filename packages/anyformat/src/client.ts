import {
  createApiClient,
  createDurationModel,
  type DurationModel,
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
import { learnDurations, type LearnDurationsOptions } from "./wait-history.js";
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
export type AnyformatClientOptions = ClientOptions & {
  /** Run durations to start from (e.g. shared between clients); default: a new, empty model. */
  durations?: DurationModel | undefined;
};

/**
 * The client {@link createAnyformatClient} returns.
 * @example `function useClient(af: AnyformatClient) { return af.workflows.list(); }`
 */
export type AnyformatClient = ReturnType<typeof buildClient>;

function buildClient(options: AnyformatClientOptions) {
  const { durations = createDurationModel(), ...clientOptions } = options;
  const { api, unwrap, baseUrl } = createApiClient<paths>(anyformatDescriptor, {
    ...clientOptions,
    fetch: withTrailingSlash(options.fetch),
  });
  const context: ClientContext = {
    api,
    unwrap,
    durations,
    send: (call) => unwrapWithResponse(call, unwrap),
  };
  const workflows = createWorkflows(context);
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
    workflows,
    /** File collections: delete. */
    files: createFiles(context),
    /** Webhook subscriptions and delivery verification. */
    webhooks: createWebhooks(context),
    /**
     * How long runs took, per workflow (and version): `runAndWait` and `poll` place their checks
     * by it, and `runAndWait` records each run. Export it with `JSON.stringify(af.durations)`,
     * start another client warm with `af.durations.load(JSON.parse(saved))`.
     */
    durations,
    /**
     * Records how long a workflow's recent processed runs took (one listing request), so the next
     * wait on it is informed from the start. Returns how many runs were learned.
     *
     * @example
     * ```ts
     * await af.learnDurations(workflowId, { limit: 20 });
     * ```
     */
    learnDurations: (workflowId: string, o: LearnDurationsOptions = {}): Promise<number> =>
      learnDurations(
        durations,
        workflowId,
        (limit, rest) => workflows.listRuns(workflowId, { pageSize: limit, maxItems: limit, ...rest }),
        o,
      ),
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
