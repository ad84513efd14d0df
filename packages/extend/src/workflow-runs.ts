import {
  ConfigurationError,
  createThenPoll,
  runManyWith,
  type BulkJob,
  type BulkRunOptions,
  poll,
  requestOptions,
  type ListOptions,
  type Paginator,
  type PollOptions,
  type RequestOptions,
  type TaggedRun,
} from "@docrun/core";
import { listByToken, requireId, sendChecked, SHAPES, type ClientContext } from "./context.js";
import { isTerminalStatus } from "./run-state.js";
import { runHistory } from "./wait-history.js";
import type {
  BatchCreateWorkflowRunsRequest,
  BatchCreateWorkflowRunsResponse,
  CreateWorkflowRunRequest,
  UpdateWorkflowRunRequest,
  WorkflowRun,
  WorkflowRunListFilters,
  WorkflowRunSummary,
} from "./types.js";

/**
 * Options of `workflowRuns.list()`: every filter of the endpoint plus core's listing options.
 * @example `extend.workflowRuns.list({ status: "FAILED", workflowId, maxPageSize: 100, maxItems: 1_000 });`
 */
export type WorkflowRunListOptions = WorkflowRunListFilters &
  ListOptions & { /** Resume from a page's `nextCursor`. */ startToken?: string | undefined };

/**
 * Options of `createAndPoll()` and `poll()`.
 * @example `await extend.workflowRuns.poll(runId, { timeoutMs: 120_000, interval: { initialMs: 1_000 } });`
 */
export interface WaitOptions {
  /** Budget for the whole wait in ms (default 10 minutes); then `PollTimeoutError` with the last run. */
  timeoutMs?: number | undefined;
  /** Aborts the wait (and a request in flight) with `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Called after every check with the run as last fetched. */
  onProgress?:
    ((run: WorkflowRun | undefined, info: { attempt: number; elapsedMs: number }) => void) | undefined;
  /** Your own schedule between checks instead of core's (which learns from this workflow's past runs). */
  interval?: PollOptions<WorkflowRun>["interval"];
  /** Time source (tests). */
  clock?: PollOptions<WorkflowRun>["clock"];
}

const FILTER_KEYS = [
  "status",
  "workflowId",
  "batchId",
  "fileNameContains",
  "sortBy",
  "sortDir",
  "maxPageSize",
] as const;
const MAX_BATCH = 1000;
// The metadata key `runMany` tags each run with, to find it again after a lost create.
const BULK_TAG_KEY = "docrunBulkTag";
// Runs that ended without a usable result: every provider package throws RunFailedError for these.
const FAILED_STATUSES: ReadonlySet<string> = new Set(["FAILED", "REJECTED", "CANCELLED"]);

/**
 * The `workflowRuns` resource: list (token paginator), get, create, createAndPoll, poll,
 * batchCreate, update, cancel, delete.
 *
 * @example
 * ```ts
 * const runs = createWorkflowRuns(context);
 * const run = await runs.get("workflow_run_xKm9pNv3qWsY_jL2tR5Dh");
 * ```
 */
export function createWorkflowRuns(ctx: ClientContext) {
  const { api, send } = ctx;

  const get = async (id: string, o: RequestOptions = {}): Promise<WorkflowRun> => {
    requireId("id", id);
    return sendChecked(
      send,
      "workflowRuns.get",
      SHAPES.run,
      api.GET("/workflow_runs/{id}", { params: { path: { id } }, ...requestOptions(o) }),
    );
  };

  const wait = (id: string, options: WaitOptions, created?: WorkflowRun): Promise<WorkflowRun> =>
    poll<WorkflowRun>((o) => get(id, o), {
      ...runHistory(ctx.durations, created),
      isDone: (run) => isTerminalStatus(run.status),
      isFailed: (run) => FAILED_STATUSES.has(run.status),
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      interval: options.interval,
      clock: options.clock,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });

  // Summaries carry no metadata: each recent run is read whole for its tag. Only runs created
  // since a lost create are read (seconds to a minute of them), once per restart.
  async function* taggedRunsSince(since: number, signal: AbortSignal): AsyncIterable<TaggedRun> {
    const recent = resource.list({ sortBy: "createdAt", sortDir: "desc", maxPageSize: 100, signal });
    for await (const summary of recent) {
      if (Date.parse(summary.createdAt) < since) return;
      const tag = (await get(summary.id, { signal })).metadata?.[BULK_TAG_KEY];
      yield { runId: summary.id, tag: typeof tag === "string" ? tag : undefined };
    }
  }

  const resource = {
    /**
     * Lists run summaries, newest `updatedAt` first by default, following `nextPageToken`
     * lazily. Every filter of `GET /workflow_runs` is accepted; `maxPageSize` (1–1000) sets the
     * page size, `maxItems` / `maxPages` stop early.
     *
     * @example
     * ```ts
     * for await (const run of extend.workflowRuns.list({ status: "FAILED", workflowId })) console.log(run.id);
     * ```
     */
    list(options: WorkflowRunListOptions = {}): Paginator<WorkflowRunSummary, string> {
      return listByToken(send, "workflowRuns.list", options, FILTER_KEYS, (query, o) =>
        api.GET("/workflow_runs", { params: { query }, ...requestOptions(o) }),
      );
    },

    /**
     * Gets the full run (step runs, usage, metadata).
     *
     * @example
     * ```ts
     * const run = await extend.workflowRuns.get(runId);
     * ```
     */
    get,

    /**
     * Runs a workflow on one file (`file`: `{ url }`, `{ id }` or `{ text }`) or a `package` of
     * files. Returns at once with the run `PENDING`/`PROCESSING`; see `createAndPoll`.
     *
     * @example
     * ```ts
     * const run = await extend.workflowRuns.create({ workflow: { id: workflowId }, file: { url } });
     * ```
     */
    async create(body: CreateWorkflowRunRequest, o: RequestOptions = {}): Promise<WorkflowRun> {
      requireId("workflow.id", body?.workflow?.id);
      return sendChecked(
        send,
        "workflowRuns.create",
        SHAPES.run,
        api.POST("/workflow_runs", { body, ...requestOptions(o) }),
      );
    },

    /**
     * Creates a run and waits until it stops moving (any status but `PENDING`, `PROCESSING`,
     * `CANCELLING`). `FAILED`, `REJECTED` and `CANCELLED` throw `RunFailedError` (with the run);
     * `PROCESSED`, `NEEDS_REVIEW` and statuses unknown to this package are returned for you to
     * inspect. `timeoutMs` bounds the whole call, the create request included: the wait ends in
     * `PollTimeoutError` with the last run (a create that never answers is a `TimeoutError`).
     *
     * @example
     * ```ts
     * const run = await extend.workflowRuns.createAndPoll({ workflow: { id: workflowId }, file: { url } }, { timeoutMs: 120_000 });
     * ```
     */
    async createAndPoll(body: CreateWorkflowRunRequest, options: WaitOptions = {}): Promise<WorkflowRun> {
      requireId("workflow.id", body?.workflow?.id);
      return createThenPoll(
        (o) =>
          sendChecked<WorkflowRun>(
            send,
            "workflowRuns.createAndPoll",
            SHAPES.run,
            api.POST("/workflow_runs", { body, ...requestOptions(o) }),
          ),
        (created, timeoutMs) => wait(created.id, { ...options, timeoutMs }, created),
        options,
      );
    },

    /**
     * Waits for an existing run, with the same rules as `createAndPoll`.
     *
     * @example
     * ```ts
     * const run = await extend.workflowRuns.poll(runId, { onProgress: (r) => console.log(r?.status) });
     * ```
     */
    async poll(id: string, options: WaitOptions = {}): Promise<WorkflowRun> {
      requireId("id", id);
      return wait(id, options);
    },

    /**
     * Runs every input (a create request, or anything `prepare` turns into one) through create
     * and wait with adaptive concurrency, yielding `{ ok, key, input, runId, run | error }` as each
     * finishes; `checkpoint` makes a restart resume without creating a run twice. See core's
     * README, "Bulk runs". Uses one create per input, not `batchCreate` (README says why).
     *
     * @example
     * ```ts
     * const inputs = urls.map((url) => ({ workflow: { id: workflowId }, file: { url } }));
     * for await (const r of extend.workflowRuns.runMany(inputs, { concurrency: { max: 16 } })) console.log(r.key, r.ok);
     * ```
     */
    runMany<Input = CreateWorkflowRunRequest>(
      inputs: Iterable<Input> | AsyncIterable<Input>,
      options: BulkRunOptions<Input, CreateWorkflowRunRequest> = {},
    ): BulkJob<Input, WorkflowRun> {
      return runManyWith(inputs, options, {
        create: async (body, { tag, signal, timeoutMs }) => {
          requireId("workflow.id", body?.workflow?.id);
          // The tag rides in the run's metadata, where `listCreatedSince` reads it back.
          const tagged = { ...body, metadata: { ...body.metadata, [BULK_TAG_KEY]: tag } };
          const call = api.POST("/workflow_runs", { body: tagged, ...requestOptions({ signal, timeoutMs }) });
          return (await send(call)).data.id;
        },
        wait: (id, o) => wait(id, o),
        listCreatedSince: (since, { signal }) => taggedRunsSince(since, signal),
      });
    },

    /**
     * Creates one run per input (1–1000, checked before sending) and returns the batch id; list
     * the runs with `list({ batchId })` or receive them by webhook.
     *
     * @example
     * ```ts
     * const { batchId } = await extend.workflowRuns.batchCreate({ workflow: { id: workflowId }, inputs: urls.map((url) => ({ file: { url } })) });
     * ```
     */
    async batchCreate(
      body: BatchCreateWorkflowRunsRequest,
      o: RequestOptions = {},
    ): Promise<BatchCreateWorkflowRunsResponse> {
      requireId("workflow.id", body?.workflow?.id);
      const count = Array.isArray(body.inputs) ? body.inputs.length : 0;
      if (count < 1 || count > MAX_BATCH) {
        throw new ConfigurationError(`inputs must hold 1 to ${MAX_BATCH} items (got ${count})`);
      }
      return sendChecked(
        send,
        "workflowRuns.batchCreate",
        SHAPES.batch,
        api.POST("/workflow_runs/batch", { body, ...requestOptions(o) }),
      );
    },

    /**
     * Sets the run's `name` and merges `metadata` into its metadata (incoming keys win).
     *
     * @example
     * ```ts
     * await extend.workflowRuns.update(runId, { metadata: { reviewedBy: "ops" } });
     * ```
     */
    async update(id: string, body: UpdateWorkflowRunRequest, o: RequestOptions = {}): Promise<WorkflowRun> {
      requireId("id", id);
      return sendChecked(
        send,
        "workflowRuns.update",
        SHAPES.run,
        api.POST("/workflow_runs/{id}", { params: { path: { id } }, body, ...requestOptions(o) }),
      );
    },

    /**
     * Cancels a `PENDING` or `PROCESSING` run (any other status: `BadRequestError`). The run may
     * report `CANCELLING` briefly before `CANCELLED`.
     *
     * @example
     * ```ts
     * const run = await extend.workflowRuns.cancel(runId);
     * ```
     */
    async cancel(id: string, o: RequestOptions = {}): Promise<WorkflowRun> {
      requireId("id", id);
      return sendChecked(
        send,
        "workflowRuns.cancel",
        SHAPES.run,
        api.POST("/workflow_runs/{id}/cancel", { params: { path: { id } }, ...requestOptions(o) }),
      );
    },

    /**
     * Permanently deletes the run and its data.
     *
     * @example
     * ```ts
     * await extend.workflowRuns.delete(runId);
     * ```
     */
    async delete(id: string, o: RequestOptions = {}): Promise<{ id: string }> {
      requireId("id", id);
      return sendChecked(
        send,
        "workflowRuns.delete",
        SHAPES.withId,
        api.DELETE("/workflow_runs/{id}", { params: { path: { id } }, ...requestOptions(o) }),
      );
    },
  };
  return resource;
}
