import type { RequestOptions } from "../client/create-api-client.js";
import { ConfigurationError, RunFailedError } from "../errors/errors.js";
import { createThenPoll } from "../poll/create-then-poll.js";
import { poll, type PollOptions } from "../poll/poll.js";
import { callOperation, type CallOptions } from "./call-operation.js";
import type { Operation, WaitDeclaration } from "./operation.js";
import type { OperationContext } from "./operation-context.js";
import { readPath } from "./read-path.js";

/**
 * Options of a generated `poll` and `…AndPoll`: the whole wait's budget, cancellation, progress
 * and, optionally, your own check schedule.
 *
 * @example
 * ```ts
 * await retab.extractions.createAndPoll(body, { timeoutMs: 120_000, onProgress: (e) => console.log(e?.status) });
 * ```
 */
export interface WaitOptions<State = unknown>
  extends
    Pick<PollOptions<State>, "interval" | "clock" | "onProgress" | "minIntervalMs">,
    Omit<RequestOptions, "deadlineMs"> {
  /** Whole wait budget in ms (default 10 minutes), then `PollTimeoutError` with the last state. */
  timeoutMs?: number | undefined;
}

/** Where a wait's schedule learns from: the client's duration model, keyed per family. */
export interface WaitContext extends OperationContext {
  durations?: import("../poll/duration-model.js").DurationModel | undefined;
}

function statusOf(wait: WaitDeclaration, state: unknown): string | undefined {
  const status = readPath(state, wait.status);
  return typeof status === "string" ? status : undefined;
}

/** The state when it succeeded; `RunFailedError` (with the state and status) when it failed. */
function settle<State>(op: Operation, wait: WaitDeclaration, id: string, state: State): State {
  const status = statusOf(wait, state);
  if (status !== undefined && wait.failed.includes(status)) {
    const reason = wait.reason ? readPath(state, wait.reason) : undefined;
    throw new RunFailedError(
      `${op.name} ${id} ended ${status}${typeof reason === "string" && reason ? `: ${reason}` : ""}`,
      { run: state, status },
    );
  }
  return state;
}

/**
 * Polls `pollOp` for `id` until its status is succeeded or failed (as `wait` declares), with
 * core's schedule, floors and deadline; failure is a `RunFailedError`, the budget a
 * `PollTimeoutError`. Durations are learned per `key` when the context has a duration model.
 *
 * @example
 * ```ts
 * const done = await pollOperation(ctx, getExtraction, extractionWait, "extractions", "ext_01", { timeoutMs: 60_000 });
 * ```
 */
export async function pollOperation<State>(
  ctx: WaitContext,
  pollOp: Operation,
  wait: WaitDeclaration,
  key: string,
  id: unknown,
  options: WaitOptions<State> = {},
): Promise<State> {
  if (typeof id !== "string" || id.trim() === "")
    throw new ConfigurationError(`${pollOp.name}: id must be a non-empty string (got ${JSON.stringify(id)})`);
  const { interval, clock, onProgress, minIntervalMs, timeoutMs, ...request } = options;
  const isSettled = (state: State) => {
    const status = statusOf(wait, state);
    return status !== undefined && (wait.succeeded.includes(status) || wait.failed.includes(status));
  };
  const pollOptions: PollOptions<State> = { isDone: isSettled };
  for (const [name, value] of Object.entries({ interval, clock, onProgress, minIntervalMs, timeoutMs }))
    if (value !== undefined) (pollOptions as unknown as Record<string, unknown>)[name] = value;
  if (ctx.durations && interval === undefined) pollOptions.history = { model: ctx.durations, key: () => key };
  if (request.signal) pollOptions.signal = request.signal;
  const state = await poll<State>(
    (o) =>
      callOperation<State>(
        ctx,
        { ...pollOp, shape: { ...pollOp.shape, [wait.status]: "string" } },
        [id],
        {},
        {
          ...request,
          ...o,
        },
      ),
    pollOptions,
  );
  return settle(pollOp, wait, id, state);
}

/**
 * Sends the create operation (with the wait's default body fields, e.g. `background: true`,
 * unless given), then polls what it started; `timeoutMs` bounds the whole call, the create
 * included.
 *
 * @example
 * ```ts
 * const done = await createAndPollOperation(ctx, createExtraction, getExtraction, wait, "extractions", [], body, options);
 * ```
 */
export async function createAndPollOperation<State>(
  ctx: WaitContext,
  createOp: Operation,
  pollOp: Operation,
  wait: WaitDeclaration,
  key: string,
  args: readonly unknown[],
  body: unknown,
  options: WaitOptions<State> & Pick<CallOptions, "idempotencyKey"> = {},
): Promise<State> {
  const { idempotencyKey, ...waitOptions } = options;
  const sent =
    wait.request && body !== null && typeof body === "object" ? { ...wait.request, ...body } : body;
  return createThenPoll(
    (o) =>
      callOperation<unknown>(
        ctx,
        { ...createOp, shape: { ...createOp.shape, [wait.id]: "string" } },
        args,
        {
          body: sent,
        },
        { ...o, ...(idempotencyKey === undefined ? {} : { idempotencyKey }), ...pick(options) },
      ),
    (created, timeoutMs) => {
      const id = readPath(created, wait.id) as string;
      const settled = statusOf(wait, created);
      // A create that answered with a finished object (a synchronous path) needs no check.
      if (settled !== undefined && (wait.succeeded.includes(settled) || wait.failed.includes(settled)))
        return Promise.resolve(settle(createOp, wait, id, created as State));
      return pollOperation<State>(ctx, pollOp, wait, key, id, {
        ...waitOptions,
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
    },
    options,
  );
}

/** The per-request options of a wait that the create request also honours. */
function pick(options: WaitOptions<any>): RequestOptions {
  const out: RequestOptions = {};
  if (options.headers) out.headers = options.headers;
  if (options.maxRetries !== undefined) out.maxRetries = options.maxRetries;
  if (options.onResponse) out.onResponse = options.onResponse;
  return out;
}
