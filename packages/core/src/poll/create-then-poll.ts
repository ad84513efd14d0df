import type { RequestOptions } from "../client/create-api-client.js";
import { systemClock, type Clock } from "./clock.js";

/**
 * Options of `createThenPoll`: one budget for the create request and the wait together.
 *
 * @example
 * ```ts
 * const options: CreateThenPollOptions = { timeoutMs: 120_000, signal: AbortSignal.timeout(300_000) };
 * ```
 */
export interface CreateThenPollOptions {
  /** Aborts the create request and the wait. */
  signal?: AbortSignal | undefined;
  /** Budget of the whole call in ms: the create may use all of it, the wait gets what is left. */
  timeoutMs?: number | undefined;
  /** Time source (tests inject a fake). */
  clock?: Clock | undefined;
}

/**
 * Sends a create request, then waits on what it created, within one `timeoutMs` budget: `create`
 * gets `{ signal, deadlineMs: timeoutMs }` (spread `requestOptions(o)` into the call), `wait` gets
 * what is left of the budget (at least 1 ms, so the wait still checks once and then ends in
 * `PollTimeoutError`), or `undefined` when there is no budget (`poll()`'s default then applies).
 *
 * @example
 * ```ts
 * const run = await createThenPoll(
 *   (o) => unwrap(api.POST("/workflow_runs", { body, ...requestOptions(o) })),
 *   (created, timeoutMs) => poll((o) => getRun(created.id, o), { isDone, timeoutMs, signal }),
 *   { timeoutMs: 120_000, signal },
 * );
 * ```
 */
export async function createThenPoll<Created, Result>(
  create: (o: RequestOptions) => Promise<Created>,
  wait: (created: Created, timeoutMs: number | undefined) => Promise<Result>,
  options: CreateThenPollOptions = {},
): Promise<Result> {
  const { signal, timeoutMs, clock = systemClock } = options;
  const started = clock.now();
  const created = await create({ signal, deadlineMs: timeoutMs });
  return wait(
    created,
    timeoutMs === undefined ? undefined : Math.max(1, timeoutMs - (clock.now() - started)),
  );
}
