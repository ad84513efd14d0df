import {
  createApiClient,
  type WaitContext,
  createDurationModel,
  type DurationModel,
  readEnv,
  type ApiClient,
  type ClientOptions,
  type ProviderDescriptor,
} from "@docrun/core";
import { withBlockQuirks, type Blocks } from "./blocks.js";
import { parseRetabError } from "./errors.js";
import { createGeneratedResources, type GeneratedResources } from "./generated/resources/index.js";
import type { paths } from "./generated/schema.js";
import { withStepQuirks, type Steps } from "./steps.js";
import { createWebhooks, type Webhooks } from "./webhooks.js";
import { learnDurations, type LearnDurationsOptions } from "./wait-history.js";
import { createWorkflowRuns, type WorkflowRuns } from "./workflow-runs.js";
import { createFiles, storageTransport, type Files } from "./uploads.js";

/**
 * The version of the Retab API description this package's types were generated from (`info.version`
 * of `specs/retab.openapi.yaml`, the date of Retab's published OpenAPI document it was checked
 * against). Retab sends no version header; its paths carry `/v1`.
 * @example `console.log("built for Retab API", RETAB_API_VERSION); // 2026-08-16`
 */
export const RETAB_API_VERSION = "2026-08-16";

/**
 * What docrun's core needs to know about Retab.
 * @example `console.log(retabProvider.idempotencyHeader); // "Idempotency-Key"`
 */
export const retabProvider: ProviderDescriptor = {
  name: "Retab",
  apiKeyEnv: "RETAB_API_KEY",
  baseUrlEnv: "RETAB_BASE_URL",
  defaultBaseUrl: "https://api.retab.com",
  parseError: parseRetabError,
  requestIdHeader: "x-request-id",
  idempotencyHeader: "Idempotency-Key",
};

/**
 * Options of {@link createRetabClient}: core's client options (key, base URL, fetch, retries, timeouts, headers).
 * @example `const options: RetabClientOptions = { maxRetries: 3, timeoutMs: 30_000 };`
 */
export type RetabClientOptions = ClientOptions & {
  /** Run durations to start from (e.g. shared between clients); default: a new, empty model. */
  durations?: DurationModel | undefined;
};

/**
 * The Retab client: every operation of Retab's API as a typed method per resource (generated from
 * the spec; see the package's reference.md), typed raw access, and the hand-written quirks.
 * @example `function useClient(retab: RetabClient) { return retab.workflowRuns.list(); }`
 */
export interface RetabClient extends Omit<GeneratedResources, "workflowRuns" | "steps" | "blocks" | "files"> {
  /** The typed openapi-fetch client for `specs/retab.openapi.yaml` (auth, retries and timeouts wired in). */
  readonly api: ApiClient<paths>["api"];
  /** The base URL in use (without a trailing `/v1`). */
  readonly baseUrl: string;
  readonly workflowRuns: WorkflowRuns;
  readonly steps: Steps;
  readonly blocks: Blocks;
  readonly files: Files;
  readonly webhooks: Webhooks;
  /**
   * How long runs took, per workflow and version: `createAndPoll` and `poll` place their checks
   * by it and record each run they wait on. Export it with `JSON.stringify(retab.durations)`,
   * start another client warm with `retab.durations.load(JSON.parse(saved))`.
   */
  readonly durations: DurationModel;
  /**
   * Records how long a workflow's recent completed runs took (one listing request), so the next
   * wait on it is informed from the start. Returns how many runs were learned.
   *
   * @example
   * ```ts
   * await retab.learnDurations("wf_3Fh8kLmN2pQr", { limit: 20 });
   * ```
   */
  learnDurations(workflowId: string, options?: LearnDurationsOptions): Promise<number>;
}

/**
 * The operation context generated resources run on: core's client for Retab (key, base URL,
 * transport) plus the duration model waits learn from. For the smallest bundles: build only the
 * resources you call (`createExtractions(ctx)`), and the others tree-shake away.
 *
 * @example
 * ```ts
 * import { createRetabContext, createExtractions } from "@docrun/retab";
 *
 * const extractions = createExtractions(createRetabContext());
 * const done = await extractions.createAndPoll({ document, json_schema, model: "retab-small" });
 * ```
 */
export function createRetabContext(options: RetabClientOptions = {}): WaitContext & ApiClient<paths> {
  const configured = options.baseUrl ?? readEnv(retabProvider.baseUrlEnv);
  const baseUrl = configured?.replace(/\/+$/, "").replace(/\/v1$/, "");
  const { durations = createDurationModel(), ...clientOptions } = options;
  const core = createApiClient<paths>(
    retabProvider,
    baseUrl === undefined ? clientOptions : { ...clientOptions, baseUrl },
  );
  return { ...core, provider: retabProvider.name, durations };
}

/**
 * Creates a Retab client. The key comes from `apiKey` or `RETAB_API_KEY` (missing → a
 * `ConfigurationError` naming the variable); the base URL from `baseUrl`, `RETAB_BASE_URL`, or
 * `https://api.retab.com`. A trailing `/v1` is dropped, as in Retab's own SDK, because every path
 * already starts with `/v1`.
 *
 * @example
 * ```ts
 * import { createRetabClient } from "@docrun/retab";
 *
 * const retab = createRetabClient({ apiKey: process.env.RETAB_API_KEY, maxRetries: 3 });
 * const run = await retab.workflowRuns.get("run_8mXo2tQbLr5vNc1Z");
 * ```
 */
export function createRetabClient(options: RetabClientOptions = {}): RetabClient {
  const ctx = createRetabContext(options);
  const durations = ctx.durations!;
  const generated = createGeneratedResources(ctx);
  const workflowRuns = createWorkflowRuns(generated.workflowRuns, durations);
  return {
    ...generated,
    api: ctx.api,
    baseUrl: ctx.baseUrl,
    workflowRuns,
    durations,
    learnDurations: (workflowId, o = {}) =>
      learnDurations(
        durations,
        workflowId,
        (limit, rest) =>
          workflowRuns.list({
            workflow_id: workflowId,
            status: "completed",
            limit,
            maxItems: limit,
            ...rest,
          }),
        o,
      ),
    steps: withStepQuirks(generated.steps),
    blocks: withBlockQuirks(generated.blocks),
    files: createFiles(generated.files, storageTransport(options), options.allowInsecureHttp),
    webhooks: createWebhooks(),
  };
}
