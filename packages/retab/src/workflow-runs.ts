import {
  ConfigurationError,
  createThenPoll,
  runManyWith,
  stableHash,
  type BulkJob,
  type BulkRunOptions,
  expectShape,
  poll,
  RunFailedError,
  type IdCursor,
  type ListCallOptions,
  type Paginator,
  type PollOptions,
  type RequestOptions,
  type DurationModel,
} from "@docrun/core";
import { definedOnly, requireId, requireIdIfGiven } from "./checks.js";
import { toMimeData, type DocumentInput } from "./files.js";
import type { WorkflowRuns as GeneratedWorkflowRuns } from "./generated/resources/index.js";
import { TERMINAL_STATUSES } from "./run-state.js";
import { runHistory } from "./wait-history.js";
import type {
  CancelWorkflowResponse,
  CreateWorkflowRunRequest,
  WorkflowRun,
  WorkflowRunListQuery,
} from "./types.js";

/**
 * Filters of `workflowRuns.list()`: Retab's own query names. `metadata` may be an object (sent as
 * JSON); `from_date`/`to_date` may be `Date`s (sent as UTC `YYYY-MM-DD`). `before` walks backward.
 * @example `retab.workflowRuns.list({ status: "error", from_date: new Date("2026-01-01"), metadata: { tenant: "acme" }, maxItems: 500 });`
 */
export interface ListWorkflowRunsOptions
  extends
    Omit<WorkflowRunListQuery, "metadata" | "from_date" | "to_date" | "sort_by" | "before" | "after">,
    ListCallOptions {
  /** The timing field runs are ordered by (default `timing.created_at`); short forms accepted too. */
  sort_by?: WorkflowRunSortBy;
  metadata?: Record<string, string> | string;
  from_date?: string | Date;
  to_date?: string | Date;
}

/**
 * What `workflowRuns.list({ sort_by })` accepts (Retab's spec types it as a free string; these are
 * the values Retab sorts runs by).
 * @example `retab.workflowRuns.list({ sort_by: "timing.completed_at", order: "desc" });`
 */
export type WorkflowRunSortBy =
  | "timing.created_at"
  | "timing.started_at"
  | "timing.completed_at"
  | "created_at"
  | "started_at"
  | "completed_at";

/**
 * The body of `workflowRuns.create()`: documents may be Files or bytes; they become MIMEData.
 * @example `const input: CreateWorkflowRunInput = { workflow_id: "wf_3Fh8kLmN2pQr", documents: { "start-document-1": file } };`
 */
export interface CreateWorkflowRunInput extends Omit<CreateWorkflowRunRequest, "documents"> {
  /** start_document block id → document (see `blocks.list(workflowId)`). */
  documents?: Record<string, DocumentInput>;
}

/**
 * Per-call options of `create()`.
 * @example `await retab.workflowRuns.create(input, { idempotencyKey: `order-${orderId}`, timeoutMs: 30_000 });`
 */
export interface CreateOptions extends RequestOptions {
  /** Your own idempotency key; default: a fresh UUID per call, reused on every retry of that call. */
  idempotencyKey?: string;
}

/**
 * Options of `poll()` and `createAndPoll()`.
 * @example `await retab.workflowRuns.poll(run.id, { timeoutMs: 120_000, stopOnReview: false });`
 */
export interface WaitOptions
  extends Pick<PollOptions<WorkflowRun>, "interval" | "clock" | "onProgress">, RequestOptions {
  /** Whole wait budget in ms (default 10 minutes), then `PollTimeoutError` with the last run. */
  timeoutMs?: number;
  /** End the wait at `awaiting_review` and return the run (default true); false waits through reviews. */
  stopOnReview?: boolean;
}

/**
 * `retab.workflowRuns`: create, list, get, wait for, cancel and delete workflow runs.
 *
 * @example
 * ```ts
 * const run = await retab.workflowRuns.createAndPoll({ workflow_id: "wf_3Fh8kLmN2pQr", documents: { "start-document-1": file } });
 * ```
 */
export interface WorkflowRuns extends Omit<
  GeneratedWorkflowRuns,
  "list" | "get" | "create" | "poll" | "createAndPoll" | "cancel" | "delete"
> {
  /**
   * Runs across pages (newest first by default, following `after`); with `before`, backward.
   * Throws `ConfigurationError` at once for a `limit` outside 1–100.
   *
   * @example
   * ```ts
   * for await (const run of retab.workflowRuns.list({ status: "error", limit: 100 })) console.log(run.id);
   * ```
   */
  list(options?: ListWorkflowRunsOptions): Paginator<WorkflowRun, IdCursor>;
  /**
   * One run by id (`NotFoundError` when unknown).
   *
   * @example
   * ```ts
   * const run = await retab.workflowRuns.get("run_8mXo2tQbLr5vNc1Z");
   * ```
   */
  get(runId: string, options?: RequestOptions): Promise<WorkflowRun>;
  /**
   * Starts a run (202: `pending` or `running`). Sends an `Idempotency-Key` — yours or a fresh UUID —
   * reused on every retry of this call.
   *
   * @example
   * ```ts
   * const run = await retab.workflowRuns.create({ workflow_id: "wf_3Fh8kLmN2pQr", metadata: { tenant: "acme" } });
   * ```
   */
  create(body: CreateWorkflowRunInput, options?: CreateOptions): Promise<WorkflowRun>;
  /**
   * Waits until the run is `completed` (or `awaiting_review`, unless `stopOnReview: false`);
   * `error` and `cancelled` reject with `RunFailedError`, the budget with `PollTimeoutError`.
   *
   * @example
   * ```ts
   * const done = await retab.workflowRuns.poll(run.id, { timeoutMs: 120_000 });
   * ```
   */
  poll(runId: string, options?: WaitOptions): Promise<WorkflowRun>;
  /**
   * `create` then `poll`; `timeoutMs` bounds the whole call, the create request included.
   *
   * @example
   * ```ts
   * const run = await retab.workflowRuns.createAndPoll({ workflow_id: "wf_3Fh8kLmN2pQr" }, { onProgress: (r) => console.log(r?.lifecycle.status) });
   * ```
   */
  createAndPoll(
    body: CreateWorkflowRunInput,
    options?: WaitOptions & Pick<CreateOptions, "idempotencyKey">,
  ): Promise<WorkflowRun>;
  /**
   * Runs every input (a create body, or anything `prepare` turns into one) through create and
   * wait with adaptive concurrency, yielding `{ ok, key, input, runId, run | error }` as each
   * finishes. Each create carries an `Idempotency-Key` derived from the input's key and workflow,
   * so a retry or a restart never starts a second run. See core's README, "Bulk runs".
   *
   * @example
   * ```ts
   * const inputs = files.map((file) => ({ workflow_id: "wf_3Fh8kLmN2pQr", documents: { "start-document-1": file } }));
   * for await (const r of retab.workflowRuns.runMany(inputs, { key: (_, i) => names[i]! })) console.log(r.key, r.ok);
   * ```
   */
  runMany<Input = CreateWorkflowRunInput>(
    inputs: Iterable<Input> | AsyncIterable<Input>,
    options?: BulkRunOptions<Input, CreateWorkflowRunInput>,
  ): BulkJob<Input, WorkflowRun>;
  /**
   * Cancels a pending, running or paused run; `commandId` deduplicates repeated cancels.
   *
   * @example
   * ```ts
   * const { cancellation_status } = await retab.workflowRuns.cancel(run.id);
   * ```
   */
  cancel(runId: string, options?: RequestOptions & { commandId?: string }): Promise<CancelWorkflowResponse>;
  /**
   * Deletes a run and its steps.
   *
   * @example
   * ```ts
   * await retab.workflowRuns.delete(run.id);
   * ```
   */
  delete(runId: string, options?: RequestOptions): Promise<void>;
}

const RUN = { id: "string", "lifecycle.status": "string" } as const;
const CANCEL = {
  run: "object",
  "run.id": "string",
  cancellation_status: "string?",
  redis_available: "boolean?",
} as const;

function day(value: string | Date | undefined): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  if (Number.isNaN(value.getTime())) throw new ConfigurationError("from_date/to_date must be a valid Date");
  return value.toISOString().slice(0, 10);
}

async function encodeBody(body: CreateWorkflowRunInput): Promise<CreateWorkflowRunRequest> {
  requireId("workflow_id", body.workflow_id);
  if (body.documents === undefined) return body as CreateWorkflowRunRequest;
  const documents: NonNullable<CreateWorkflowRunRequest["documents"]> = {};
  for (const [blockId, input] of Object.entries(body.documents)) documents[blockId] = await toMimeData(input);
  return { ...body, documents };
}

/**
 * Throws `RunFailedError` for a run that ended in `error` or `cancelled` (`err.run` is the run,
 * `err.status` its status); returns any other run.
 */
function settle(run: WorkflowRun): WorkflowRun {
  const status = run.lifecycle.status;
  if (status === "error" || status === "cancelled") {
    const reason = status === "error" ? run.lifecycle.message : (run.lifecycle.reason ?? "cancelled");
    throw new RunFailedError(`Workflow run ${run.id} ended ${status}: ${reason}`, { run, status });
  }
  return run;
}

/**
 * Builds `retab.workflowRuns` from the generated operations: Retab's own `get`, `delete` and
 * `getExportPayload`, plus the quirks this file exists for (documents as Files or bytes, dates and
 * metadata objects as list filters, review-aware informed waiting, `runMany`, `cancel`'s defaults).
 *
 * @example
 * ```ts
 * const runs = createWorkflowRuns(generated.workflowRuns, createDurationModel());
 * ```
 */
export function createWorkflowRuns(generated: GeneratedWorkflowRuns, durations: DurationModel): WorkflowRuns {
  const get = async (runId: string, options: RequestOptions = {}): Promise<WorkflowRun> =>
    expectShape<WorkflowRun>("Retab workflowRuns.get", await generated.get(runId, options), RUN);

  const create = async (body: CreateWorkflowRunInput, options: CreateOptions = {}): Promise<WorkflowRun> => {
    requireIdIfGiven("idempotencyKey", options.idempotencyKey);
    const encoded = await encodeBody(body);
    // The generated create sends one Idempotency-Key per call (yours or a fresh UUID), kept on
    // every retry, so a create whose response was lost cannot start a second run.
    return expectShape<WorkflowRun>(
      "Retab workflowRuns.create",
      await generated.create(encoded, options),
      RUN,
    );
  };

  const waitFor = async (
    runId: string,
    options: WaitOptions = {},
    created?: WorkflowRun,
  ): Promise<WorkflowRun> => {
    const { stopOnReview = true, interval, clock, onProgress, signal, timeoutMs } = options;
    const isDone = (run: WorkflowRun) =>
      TERMINAL_STATUSES.has(run.lifecycle.status) ||
      (stopOnReview && run.lifecycle.status === "awaiting_review");
    return settle(
      await poll((o) => get(runId, o), {
        isDone,
        ...runHistory(durations, created),
        ...definedOnly({ interval, clock, onProgress, signal, timeoutMs }),
      }),
    );
  };

  return {
    ...generated,
    /**
     * Lists runs newest first (by default) across pages, following `after`; given `before`, walks
     * backward page by page (each page still in the requested order).
     */
    list(options = {}) {
      const { metadata, from_date, to_date, ...rest } = options;
      return generated.list({
        ...rest,
        ...definedOnly({
          metadata: typeof metadata === "object" ? JSON.stringify(metadata) : metadata,
          from_date: day(from_date),
          to_date: day(to_date),
        }),
      }) as Paginator<WorkflowRun, IdCursor>;
    },
    get,
    create,
    async poll(runId, options) {
      requireId("runId", runId);
      return waitFor(runId, options);
    },
    async createAndPoll(body, options = {}) {
      const { idempotencyKey } = options;
      return createThenPoll(
        (o) => create(body, definedOnly({ ...o, idempotencyKey })),
        (run, timeoutMs) => waitFor(run.id, { ...options, ...definedOnly({ timeoutMs }) }, run),
        options,
      );
    },
    runMany(inputs, options = {}) {
      return runManyWith(inputs, options, {
        // Same input key and workflow, same key: Retab answers a repeat with the run it started.
        create: async (body, { idempotencyKey, signal }) =>
          (
            await create(body, {
              idempotencyKey: `${idempotencyKey}-${stableHash(body.workflow_id)}`,
              signal,
            })
          ).id,
        wait: (id, { signal, timeoutMs }) => waitFor(id, definedOnly({ signal, timeoutMs })),
        idempotentCreate: true,
      });
    },
    async cancel(runId, options = {}) {
      requireIdIfGiven("commandId", options.commandId);
      const { commandId, ...rest } = options;
      const answer = expectShape<CancelWorkflowResponse>(
        "Retab workflowRuns.cancel",
        await generated.cancel(runId, commandId === undefined ? undefined : { command_id: commandId }, rest),
        CANCEL,
      );
      // Retab's documented defaults for what a minimal answer may leave out.
      return { redis_available: true, cancellation_status: "cancellation_requested", ...answer };
    },
  };
}
