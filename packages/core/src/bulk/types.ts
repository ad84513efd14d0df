import type { DocrunError } from "../errors/errors.js";
import type { Clock } from "../poll/clock.js";
import type { CheckpointStore } from "./checkpoint-store.js";

/**
 * One input that ended with a run `runMany` can hand you.
 * @example `if (result.ok) save(result.key, result.run);`
 */
export interface BulkSuccess<Input, Run> {
  ok: true;
  key: string;
  input: Input;
  runId: string;
  run: Run;
}

/**
 * One input that ended without a usable run: the run failed (`RunFailedError`), the API refused
 * (`ApiError` subclasses), the wait ran out (`PollTimeoutError`) or the job was stopped
 * (`AbortError`; `runId` then names the run still going on the provider's side, if created).
 * @example `if (!result.ok) console.error(result.key, result.runId, result.error.name);`
 */
export interface BulkFailure<Input> {
  ok: false;
  key: string;
  input: Input;
  runId: string | undefined;
  error: DocrunError;
}

/**
 * What `runMany` yields for each input, in the order they finish.
 * @example `for await (const r of runs) console.log(r.key, r.ok ? "done" : r.error.message);`
 */
export type BulkResult<Input, Run> = BulkSuccess<Input, Run> | BulkFailure<Input>;

/**
 * Counters of a `runMany` job, for progress lines and the final summary.
 * @example `const { succeeded, failed, inFlight, limit } = job.stats();`
 */
export interface BulkStats {
  /** Inputs read so far. */
  started: number;
  succeeded: number;
  /** Inputs that ended with an error other than `AbortError`. */
  failed: number;
  /** Inputs in flight when the signal aborted (yielded with `AbortError`; a restart resumes them). */
  stopped: number;
  /** Inputs the checkpoint store already had an outcome for (not run, not yielded). */
  skipped: number;
  /** Inputs whose run was already created before this process (waited on, not created again). */
  resumed: number;
  /** Runs created by this process. */
  created: number;
  /**
   * Runs found by their tag after a create whose answer was lost (a killed process, a reset
   * connection, a 5xx), instead of being created a second time.
   */
  recovered: number;
  inFlight: number;
  /** Slots currently allowed by the adaptive limit. */
  limit: number;
  /** Rate-limit answers seen by `runMany` (after the transport's own retries). */
  rateLimited: number;
  /** Milliseconds since the job started. */
  elapsedMs: number;
  /** True once the job stopped because its signal aborted. */
  aborted: boolean;
}

/**
 * How a provider package plugs into `runMany`: start one run, wait for one run.
 * @example
 * ```ts
 * const adapter: RunManyAdapter<CreateWorkflowRunRequest, WorkflowRun> = {
 *   create: async (body, { signal }) => (await runs.create(body, { signal })).id,
 *   wait: (id, o) => runs.poll(id, o),
 * };
 * ```
 */
export interface RunManyAdapter<Input, Run> {
  /**
   * Starts one run and returns its id. Send `idempotencyKey` where the provider honours one, and
   * `tag` with the run where the provider keeps something of the request that `listCreatedSince`
   * can read back (metadata, a file name). Pass `timeoutMs` to the request.
   */
  create(input: Input, context: CreateContext): Promise<string>;
  /**
   * The runs created at or after `since` (ms since the epoch; older ones may be included), each
   * with the tag its create carried (`undefined` when it carried none). With it, `runMany` finds
   * the run of a create whose answer was lost instead of creating a second one.
   */
  listCreatedSince?:
    ((since: number, options: { signal: AbortSignal }) => AsyncIterable<TaggedRun>) | undefined;
  /** Waits for a run; rejects with `RunFailedError` when it ends failed. */
  wait(runId: string, options: { signal: AbortSignal; timeoutMs?: number | undefined }): Promise<Run>;
  /** True when a second create with the same `idempotencyKey` cannot start a second run. */
  idempotentCreate?: boolean | undefined;
}

/**
 * What `RunManyAdapter.create` is given besides the input.
 * @example `async create(body, { tag, signal, timeoutMs }) { return (await runs.create({ ...body, metadata: { tag } }, { signal, timeoutMs })).id; }`
 */
export interface CreateContext {
  key: string;
  /** The same across a restart for the same input (it is the tag). */
  idempotencyKey: string;
  /** `docrun-` and 16 hex digits: what `listCreatedSince` matches runs by. */
  tag: string;
  signal: AbortSignal;
  /** The longest the create request may take (`createTimeoutMs`). */
  timeoutMs: number;
  /**
   * Call right before sending the create when work came first (an upload): it records the
   * intent again with the time of sending, which bounds how long a lost create is looked for.
   */
  sending(): Promise<void>;
}

/**
 * A run as `RunManyAdapter.listCreatedSince` reports it.
 * @example `const run: TaggedRun = { runId: "workflow_run_xKm9pNv3", tag: "docrun-9f3a61c0b2d4e857" };`
 */
export interface TaggedRun {
  runId: string;
  tag: string | undefined;
}

/**
 * Options of `runMany` (the same in every provider package).
 * @example
 * ```ts
 * const options: RunManyOptions<string> = { key: (path) => path, concurrency: { max: 16 }, signal };
 * ```
 */
export interface RunManyOptions<Input> {
  /**
   * Names an input for the checkpoint store, idempotency keys and results; must be unique and
   * stable across restarts. Default: the input itself when it is a string, else its position.
   */
  key?: ((input: Input, index: number) => string) | undefined;
  /** A number (fixed) or AIMD bounds; default `{ initial: 4, min: 1, max: 32 }`. */
  concurrency?: number | { initial?: number; min?: number; max?: number } | undefined;
  /** Records run ids and outcomes, so a restart resumes instead of repeating. */
  checkpoint?: CheckpointStore | undefined;
  /** Stops reading inputs and aborts what is in flight; each of those is yielded with `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Budget of each input's wait in ms (default: the provider's poll default, 10 minutes). */
  timeoutMs?: number | undefined;
  /**
   * Longest a create request may take, in ms (default 60 000). A create whose answer was lost is
   * looked up by its tag until this long after it was sent before it is sent again.
   */
  createTimeoutMs?: number | undefined;
  /** Attempts per step (create, wait) on transient errors: 429, 5xx, resets (default 8). */
  maxAttempts?: number | undefined;
  /** Called whenever an input starts or ends. */
  onProgress?: ((stats: BulkStats) => void) | undefined;
  /** Time source (tests). */
  clock?: Clock | undefined;
}

/**
 * What `runMany` returns: iterate it (once) for results; `stats()` at any time.
 * @example
 * ```ts
 * const job = extend.workflowRuns.runMany(inputs);
 * for await (const result of job) console.log(result.key, job.stats().inFlight);
 * ```
 */
export interface BulkJob<Input, Run> extends AsyncIterable<BulkResult<Input, Run>> {
  stats(): BulkStats;
}

/**
 * Options of a provider's `runMany`: core's options plus `prepare`, which turns an input into the
 * create request (e.g. uploads a file) only when the input's turn comes.
 * @example
 * ```ts
 * const options: BulkRunOptions<string, { text: string }> = { prepare: async (path) => ({ text: await read(path) }) };
 * ```
 */
export interface BulkRunOptions<Input, Request> extends RunManyOptions<Input> {
  /** Builds the create request of an input (default: the input is the request). */
  prepare?:
    ((input: Input, context: { key: string; signal: AbortSignal }) => Request | Promise<Request>) | undefined;
}
