import {
  AbortError,
  ConfigurationError,
  DocrunError,
  PollTimeoutError,
  RateLimitError,
} from "../errors/errors.js";
import { abortError, systemClock } from "../poll/clock.js";
import { createAdaptiveLimit } from "./adaptive-limit.js";
import { checkRunManyOptions } from "./check-options.js";
import type { CheckpointOutcome, CreateIntent } from "./checkpoint-store.js";
import { createCreatedRunFinder } from "./created-run-finder.js";
import { stableHash } from "./stable-hash.js";
import { isTransient, surelyNotCreated } from "./transient.js";
import type { BulkJob, BulkResult, BulkStats, RunManyAdapter, RunManyOptions } from "./types.js";

const NEVER_ABORTED = new AbortController().signal;

// Backoff between attempts of one step when the error named no time: 1 s doubling to 30 s.
const backoffMs = (attempt: number) => Math.min(30_000, 1_000 * 2 ** (attempt - 1));

/**
 * Runs every input through create-and-wait with adaptive concurrency and yields each result as
 * it finishes. Provider packages wrap it (`extend.workflowRuns.runMany`, …); call it directly
 * only to plug in a provider of your own.
 *
 * - On abort, creates already sent finish (so their run ids are recorded), waits stop at once.
 * - Inputs are read lazily (an array, any iterable, or an async iterable such as a directory
 *   walk), so memory stays flat however many there are.
 * - Concurrency grows by one slot per `limit` successful steps and shrinks to 70 % on a 429; every step
 *   waits out a `Retry-After`. Transient errors (429, 5xx, resets) retry the step: a wait
 *   always, a create only when it cannot start a second run (an idempotency key, or a 429).
 * - With a `checkpoint`, each run id is recorded when the create returns and each outcome when
 *   it ends: a restart skips finished inputs and waits on created runs instead of creating them.
 * - No run twice: before each create its intent (a random tag, the time) is recorded, and the
 *   tag goes with the create (idempotency key, metadata or file name, per provider). A create
 *   whose answer was lost (a killed process, a reset, a 5xx) is looked up by its tag with the
 *   adapter's `listCreatedSince`, up to `createTimeoutMs` after it was sent, before it is sent
 *   again. Without idempotency key or listing, a lost create is not retried in process, and a
 *   restart sends it again (the one window left; the provider's README names it).
 *   Inputs that ended transiently (abort, wait budget, retries exhausted) get no outcome, so a
 *   restart picks them up.
 *
 * @example
 * ```ts
 * const job = runMany(files, { create: …, wait: … }, { concurrency: { max: 16 }, signal });
 * for await (const r of job) console.log(r.key, r.ok ? "ok" : r.error.name, job.stats().inFlight);
 * ```
 */
export function runMany<Input, Run>(
  inputs: Iterable<Input> | AsyncIterable<Input>,
  adapter: RunManyAdapter<Input, Run>,
  options: RunManyOptions<Input> = {},
): BulkJob<Input, Run> {
  const {
    concurrency,
    maxAttempts = 8,
    timeoutMs,
    checkpoint,
    clock = systemClock,
    createTimeoutMs = 60_000,
  } = options;
  checkRunManyOptions(inputs, options);
  const keyOf =
    options.key ?? ((input: Input, index: number) => (typeof input === "string" ? input : String(index)));
  const limit = createAdaptiveLimit(
    typeof concurrency === "number"
      ? { initial: concurrency, min: concurrency, max: concurrency }
      : concurrency,
  );
  const finder =
    adapter.listCreatedSince === undefined
      ? undefined
      : createCreatedRunFinder((since, o) => adapter.listCreatedSince!(since, o), createTimeoutMs, clock);
  const started = clock.now();
  const counts = {
    started: 0,
    succeeded: 0,
    failed: 0,
    stopped: 0,
    skipped: 0,
    resumed: 0,
    created: 0,
    recovered: 0,
    inFlight: 0,
  };
  let rateLimited = 0;
  let aborted = false;
  let pausedUntil = 0;
  let iterated = false;
  const stats = (): BulkStats => ({
    ...counts,
    limit: limit.current,
    rateLimited,
    elapsedMs: clock.now() - started,
    aborted,
  });
  const progress = () => options.onProgress?.(stats());

  async function gate(signal: AbortSignal): Promise<void> {
    for (let now = clock.now(); now < pausedUntil; now = clock.now())
      await clock.sleep(pausedUntil - now, signal);
  }

  async function step<T>(call: () => Promise<T>, retryable: (e: unknown) => boolean, signal: AbortSignal) {
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw abortError(signal);
      await gate(signal);
      try {
        const value = await call();
        limit.succeeded();
        return value;
      } catch (error) {
        if (signal.aborted) throw abortError(signal);
        if (error instanceof RateLimitError) {
          rateLimited++;
          limit.rateLimited(clock.now());
          pausedUntil = Math.max(pausedUntil, clock.now() + (error.retryAfterMs ?? backoffMs(attempt)));
        }
        if (!retryable(error) || attempt >= maxAttempts) throw error;
        if (!(error instanceof RateLimitError)) await clock.sleep(backoffMs(attempt), signal);
      }
    }
  }

  // A create that may have started a run is retried only when that cannot make a second one.
  const createRetryable = (e: unknown) =>
    isTransient(e) && (adapter.idempotentCreate === true || surelyNotCreated(e));
  // A create error a restart may safely take up again (so no outcome is recorded for it).
  const mayResume = (e: unknown) => isTransient(e) && (finder !== undefined || createRetryable(e));

  async function record(write: () => void | Promise<void> | undefined): Promise<void> {
    await Promise.resolve()
      .then(write)
      .catch((cause: unknown) => {
        throw new StoreFailure(cause);
      });
  }

  /** The run found by `tag` (recorded as created), or undefined once certain there is none. */
  async function recover(key: string, tag: string, sentAt: number, signal: AbortSignal) {
    const runId = await step(() => finder!.find(tag, sentAt, signal), isTransient, signal);
    if (runId === undefined) return undefined;
    counts.recovered++;
    await record(() => checkpoint?.created(key, runId));
    return runId;
  }

  /**
   * Creates the input's run and records its id, never making a second run where the provider
   * lets a run be found again: the intent (tag, time) is recorded before each create is sent; a
   * create whose answer is lost, here or in a killed process, is looked up by its tag before
   * being sent again.
   */
  async function obtainRun(
    input: Input,
    key: string,
    previous: CreateIntent | undefined,
    signal: AbortSignal,
  ) {
    const tag = previous?.tag ?? newTag(key);
    if (previous !== undefined && finder !== undefined) {
      const runId = await recover(key, tag, previous.at, signal);
      if (runId !== undefined) return runId;
    }
    // A create already sent is not aborted: its run id must be known, or a restart would have
    // to find it again. It is short (createTimeoutMs at most).
    let sentAt = 0;
    const intend = () => (
      (sentAt = clock.now()),
      record(() => checkpoint?.intended?.(key, { tag, at: sentAt }))
    );
    const context = {
      key,
      idempotencyKey: tag,
      tag,
      signal: NEVER_ABORTED,
      timeoutMs: createTimeoutMs,
      sending: intend,
    };
    for (let attempt = 1; ; attempt++) {
      await intend();
      let runId: string;
      try {
        runId = await step(() => adapter.create(input, context), createRetryable, signal);
      } catch (error) {
        if (finder === undefined || !isTransient(error) || createRetryable(error) || attempt >= maxAttempts)
          throw error;
        if (signal.aborted) throw abortError(signal);
        const found = await recover(key, tag, sentAt, signal);
        if (found !== undefined) return found;
        continue;
      }
      counts.created++;
      // Recorded even when aborting meanwhile: this is what makes a restart not create it again.
      await record(() => checkpoint?.created(key, runId));
      return runId;
    }
  }

  // Random per job (recorded with the intent), so another job over the same files never matches;
  // the key's hash when the store cannot record intents, so a restart still sends the same
  // idempotency key.
  const newTag = (key: string) =>
    checkpoint !== undefined && typeof checkpoint.intended !== "function"
      ? `docrun-${stableHash(key)}`
      : `docrun-${randomHex16()}`;

  async function runOne(input: Input, index: number, active: Set<string>, signal: AbortSignal) {
    counts.started++;
    let key = String(index);
    let runId: string | undefined;
    // Whether a failure is the input's last word (recorded) or may be resumed (not recorded).
    let final = true;
    try {
      key = keyOf(input, index);
      if (typeof key !== "string" || key === "")
        throw new ConfigurationError(`key() must return a non-empty string (input ${index})`);
    } catch (error) {
      counts.failed++;
      return { ok: false, key, input, runId, error: asDocrunError(error) } as const;
    }
    // A store that cannot answer is fatal (this rejects): running blind could create duplicates.
    const entry = await checkpoint?.get(key);
    if (entry?.outcome) {
      counts.skipped++;
      progress();
      return undefined;
    }
    if (active.has(key)) {
      counts.failed++;
      const error = new ConfigurationError(`Two inputs in flight share the key "${key}"`);
      return { ok: false, key, input, runId, error } as const;
    }
    active.add(key);
    counts.inFlight++;
    progress();
    let result: BulkResult<Input, Run>;
    try {
      runId = entry?.runId;
      if (runId !== undefined) counts.resumed++;
      else
        try {
          runId = await obtainRun(input, key, entry?.intent, signal);
        } catch (error) {
          final = !(error instanceof AbortError) && !mayResume(error);
          throw error;
        }
      const deadline = timeoutMs === undefined ? undefined : clock.now() + timeoutMs;
      const id = runId;
      final = false;
      if (signal.aborted) throw abortError(signal);
      const run = await step(
        () => adapter.wait(id, { signal, timeoutMs: deadline && Math.max(1, deadline - clock.now()) }),
        isTransient,
        signal,
      );
      final = true;
      result = { ok: true, key, input, runId: id, run };
    } catch (error) {
      if (error instanceof StoreFailure) throw error.cause;
      const failure = asDocrunError(error);
      // A run that ended failed is final; a wait cut short (abort, budget, retries) is not.
      if (
        !final &&
        !(failure instanceof AbortError || failure instanceof PollTimeoutError || isTransient(failure))
      )
        final = true;
      result = { ok: false, key, input, runId, error: failure };
    } finally {
      active.delete(key);
      counts.inFlight--;
    }
    if (result.ok) counts.succeeded++;
    else if (result.error instanceof AbortError) counts.stopped++;
    else counts.failed++;
    if (final) await checkpoint?.finished(key, toOutcome(result));
    progress();
    return result;
  }

  async function* drive(): AsyncGenerator<BulkResult<Input, Run>> {
    const controller = new AbortController();
    const outer = options.signal;
    let wake = () => {};
    const onAbort = () => {
      aborted = true;
      controller.abort(outer?.reason);
      wake();
    };
    if (outer?.aborted) onAbort();
    else outer?.addEventListener("abort", onAbort, { once: true });
    const source = iteratorOf(inputs);
    const ready: BulkResult<Input, Run>[] = [];
    const running = new Set<Promise<void>>();
    const active = new Set<string>();
    let fatal: { error: unknown } | undefined;
    let exhausted = false;
    let index = 0;
    try {
      for (;;) {
        while (!exhausted && !fatal && !controller.signal.aborted && running.size < limit.current) {
          const next = await source.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          const task: Promise<void> = runOne(next.value, index++, active, controller.signal)
            .then(
              (result) => void (result && ready.push(result)),
              // Only the checkpoint store can fail here: without it nothing is safe to continue.
              (error) => ((fatal ??= { error }), controller.abort()),
            )
            .finally(() => (running.delete(task), wake()));
          running.add(task);
        }
        if (ready.length > 0) yield ready.shift()!;
        else if (running.size === 0 && (exhausted || fatal || controller.signal.aborted)) break;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
      if (fatal) throw fatal.error;
    } finally {
      outer?.removeEventListener("abort", onAbort);
      if (running.size > 0) {
        controller.abort();
        await Promise.allSettled([...running]);
      }
      await source.return?.();
    }
  }

  return {
    stats,
    [Symbol.asyncIterator]() {
      if (iterated) throw new ConfigurationError("A runMany job can be iterated only once");
      iterated = true;
      return drive();
    },
  };
}

/** Marks a checkpoint store failure on its way out of an input's own error handling. */
class StoreFailure {
  constructor(readonly cause: unknown) {}
}

function iteratorOf<Input>(
  inputs: Iterable<Input> | AsyncIterable<Input>,
): AsyncIterator<Input> | Iterator<Input> {
  return Symbol.asyncIterator in inputs
    ? (inputs as AsyncIterable<Input>)[Symbol.asyncIterator]()
    : (inputs as Iterable<Input>)[Symbol.iterator]();
}

function randomHex16(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function asDocrunError(error: unknown): DocrunError {
  return error instanceof DocrunError
    ? error
    : new DocrunError(String((error as Error)?.message ?? error), { cause: error });
}

function toOutcome<Input, Run>(result: BulkResult<Input, Run>): CheckpointOutcome {
  return result.ok
    ? { runId: result.runId, outcome: "succeeded", run: result.run }
    : { runId: result.runId, outcome: "failed", error: result.error.toJSON() };
}
