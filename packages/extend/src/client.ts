import {
  ConfigurationError,
  createApiClient,
  type ApiClient,
  type ClientOptions,
  type ProviderDescriptor,
  unwrapWithResponse,
  createDurationModel,
  type DurationModel,
  type WaitContext,
} from "@docrun/core";
import type { ClientContext } from "./context.js";
import { parseExtendError } from "./errors.js";
import { createFiles } from "./files.js";
import { createGeneratedResources } from "./generated/resources/index.js";
import type { paths } from "./generated/schema.js";
import { learnDurations, type LearnDurationsOptions } from "./wait-history.js";
import { verifyExtendWebhook } from "./webhooks.js";
import { createWorkflowRuns } from "./workflow-runs.js";
import { createWorkflows } from "./workflows.js";

/**
 * The API version this package's types were generated from; sent as `x-extend-api-version`.
 * @example `console.log("built for Extend API", EXTEND_API_VERSION); // 2026-02-09`
 */
export const EXTEND_API_VERSION = "2026-02-09";

/**
 * Extend's regional API hosts.
 * @example `const extend = createExtendClient({ baseUrl: EXTEND_REGIONS.eu1 });`
 */
export const EXTEND_REGIONS = {
  us: "https://api.extend.ai",
  us2: "https://api.us2.extend.app",
  eu1: "https://api.eu1.extend.ai",
} as const;

/**
 * A region of {@link EXTEND_REGIONS}.
 * @example `const region: ExtendRegion = "us2";`
 */
export type ExtendRegion = keyof typeof EXTEND_REGIONS;

/**
 * Extend as core sees it: names, env variables, base URL and error parser.
 * @example `console.log(extendDescriptor.apiKeyEnv); // "EXTEND_API_KEY"`
 */
export const extendDescriptor: ProviderDescriptor = {
  name: "Extend",
  apiKeyEnv: "EXTEND_API_KEY",
  baseUrlEnv: "EXTEND_BASE_URL",
  defaultBaseUrl: EXTEND_REGIONS.us,
  parseError: parseExtendError,
  requestIdHeader: "x-extend-request-id",
};

/**
 * Options of {@link createExtendClient}: core's client options plus Extend's own.
 * @example `const options: ExtendClientOptions = { region: "eu1", workspaceId: "ws_123", maxRetries: 3 };`
 */
export interface ExtendClientOptions extends ClientOptions {
  /** Regional host (`us`, `us2`, `eu1`); ignored when `baseUrl` or `EXTEND_BASE_URL` is set. */
  region?: ExtendRegion | undefined;
  /** `x-extend-api-version` (default {@link EXTEND_API_VERSION}, the version the types describe). */
  apiVersion?: string | undefined;
  /** `x-extend-workspace-id`: required with an organization-scoped key. */
  workspaceId?: string | undefined;
  /** Run durations to start from (e.g. shared between clients); default: a new, empty model. */
  durations?: DurationModel | undefined;
}

/**
 * The client {@link createExtendClient} returns.
 * @example `function useClient(extend: ExtendClient) { return extend.workflowRuns.list(); }`
 */
export type ExtendClient = ReturnType<typeof buildClient>;

/**
 * The operation context generated resources run on: core's client for Extend (key, host,
 * `x-extend-api-version`, workspace header, transport) plus the duration model waits learn from.
 * For the smallest bundles, build only the resources you call and the others tree-shake away.
 *
 * @example
 * ```ts
 * import { createExtendContext, createExtractRuns } from "@docrun/extend";
 *
 * const extractRuns = createExtractRuns(createExtendContext({ region: "eu1" }));
 * const run = await extractRuns.createAndPoll({ extractor: { id: "ex_1" }, file: { url } });
 * ```
 */
export function createExtendContext(
  options: ExtendClientOptions = {},
): WaitContext & ApiClient<paths> & { durations: DurationModel } {
  const {
    region,
    apiVersion = EXTEND_API_VERSION,
    workspaceId,
    durations = createDurationModel(),
    ...coreOptions
  } = options;
  if (region !== undefined && !Object.hasOwn(EXTEND_REGIONS, region)) {
    throw new ConfigurationError(
      `region must be one of ${Object.keys(EXTEND_REGIONS).join(", ")} (got ${String(region)})`,
    );
  }
  if (typeof apiVersion !== "string" || apiVersion === "")
    throw new ConfigurationError("apiVersion must be a non-empty string");
  if (workspaceId !== undefined && (typeof workspaceId !== "string" || workspaceId === "")) {
    throw new ConfigurationError("workspaceId must be a non-empty string when given");
  }
  const headers: Record<string, string> = { "x-extend-api-version": apiVersion };
  if (workspaceId !== undefined) headers["x-extend-workspace-id"] = workspaceId;
  // An explicit baseUrl, then EXTEND_BASE_URL (core), then the region, then the US host.
  const descriptor =
    region === undefined ? extendDescriptor : { ...extendDescriptor, defaultBaseUrl: EXTEND_REGIONS[region] };
  const core = createApiClient<paths>(descriptor, {
    ...coreOptions,
    headers: { ...headers, ...coreOptions.headers },
  });
  return { ...core, provider: extendDescriptor.name, durations };
}

function buildClient(options: ExtendClientOptions) {
  const ctx = createExtendContext(options);
  const { api, unwrap, baseUrl, durations } = ctx;
  // Every operation of the spec, generated; the hand-written quirks below replace or add methods
  // where Extend needs more than the spec says (uploads from bytes, informed waits, runMany…).
  const generated = createGeneratedResources(ctx);
  const context: ClientContext = {
    api,
    durations,
    send: (call) => unwrapWithResponse(call, unwrap),
  };
  const workflowRuns = { ...generated.workflowRuns, ...createWorkflowRuns(context) };
  return {
    ...generated,
    /** The typed openapi-fetch client for every operation of the spec (`{ data, error, response }`). */
    api,
    /** The resolved base URL. */
    baseUrl,
    /**
     * Workflow runs: list, get, create, createAndPoll, poll, runMany, batchCreate (checked) and
     * createBatch, update, cancel, delete.
     */
    workflowRuns,
    /** Workflows: list, get (hand-written), create, update (generated). */
    workflows: { ...generated.workflows, ...createWorkflows(context) },
    /** Files: upload (from a File, Blob or bytes), get, list, delete. */
    files: { ...generated.files, ...createFiles(context) },
    /** Webhook deliveries: verify (signature, timestamp, replay) and parse. */
    webhooks: { verify: verifyExtendWebhook },
    /**
     * How long runs took, per workflow and version: `createAndPoll` and `poll` place their checks
     * by it and record each run they wait on. Export it with `JSON.stringify(extend.durations)`,
     * start another client warm with `extend.durations.load(JSON.parse(saved))`.
     */
    durations,
    /**
     * Records how long a workflow's recent processed runs took (one listing request), so the
     * next wait on it is informed from the start. Returns how many runs were learned.
     *
     * @example
     * ```ts
     * await extend.learnDurations(workflowId, { limit: 20 });
     * ```
     */
    learnDurations: (workflowId: string, o: LearnDurationsOptions = {}): Promise<number> =>
      learnDurations(
        durations,
        workflowId,
        (limit, rest) =>
          workflowRuns.list({
            workflowId,
            status: "PROCESSED",
            maxPageSize: limit,
            maxItems: limit,
            ...rest,
          }),
        o,
      ),
  };
}

/**
 * Creates an Extend client. The key comes from `apiKey` or `EXTEND_API_KEY` (missing → a
 * `ConfigurationError` naming the variable); the host from `baseUrl`, `EXTEND_BASE_URL`,
 * `region`, or `https://api.extend.ai`. Every call sends `Authorization: Bearer <key>` and
 * `x-extend-api-version: 2026-02-09` (override with `apiVersion`), plus `x-extend-workspace-id`
 * when `workspaceId` is set; 429/5xx/network failures are retried by core's transport.
 *
 * @example
 * ```ts
 * import { createExtendClient } from "@docrun/extend";
 *
 * const extend = createExtendClient({ apiKey: process.env.EXTEND_API_KEY, region: "eu1", maxRetries: 3 });
 * const run = await extend.workflowRuns.get("workflow_run_xKm9pNv3qWsY_jL2tR5Dh");
 * ```
 */
export function createExtendClient(options: ExtendClientOptions = {}): ExtendClient {
  return buildClient(options);
}
