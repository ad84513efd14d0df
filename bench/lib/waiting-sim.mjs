// Waiting on runs against a virtual clock: the real schedule code of each contender, with time
// that moves only when a contender sleeps, so thousands of runs (minutes to an hour each) take
// seconds. Requests are instantaneous here; Q3's loopback check measures them for real.
import { createDurationModel, poll } from "@docrun/core";
import { calculateHybridDelay } from "extend-ai/wrapper/utilities/polling/Polling.js";

// extend-ai 1.17's pollUntilDone defaults (createAndPoll passes no schedule of its own).
const EXTEND_AI_DEFAULTS = {
  fastPollDurationMs: 30_000,
  fastPollIntervalMs: 1_000,
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  backoffMultiplier: 1.15,
  jitterFraction: 0.25,
};

/** A seeded PRNG (mulberry32): the same seed gives the same draws for every contender. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A log-normal draw with the given median (ms) and σ of the log (Box–Muller). */
export function logNormal(random, medianMs, sigma) {
  const u = 1 - random();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  return medianMs * Math.exp(sigma * z);
}

/**
 * extend-ai's createAndPoll on a run lasting `durationMs`: the create, a retrieve at once, then
 * its `pollUntilDone` loop (retrieve, stop if terminal, sleep `calculateHybridDelay(elapsed)`),
 * with extend-ai's own delay function and its own `Math.random` jitter.
 */
export function extendAiWait(durationMs) {
  let t = 0;
  let requests = 2;
  while (t < durationMs) {
    t += calculateHybridDelay(t, EXTEND_AI_DEFAULTS);
    requests++;
  }
  return { delayMs: t - durationMs, requests };
}

const T0 = 1_764_000_000_000;

/**
 * docrun's createAndPoll on a run lasting `durationMs`: the create (whose answer is the first
 * state), then core's real `poll()` with `checkAtStart: false`, as the provider packages call it,
 * on a virtual clock. With `model`, the wait reads (and, with `record`, adds to) its history.
 */
export async function docrunWait(durationMs, { model, record = false, key = "wf", random, checkCostMs }) {
  const clock = { t: T0, now: () => clock.t, sleep: async (ms) => void (clock.t += ms) };
  const endAt = T0 + durationMs;
  let checks = 0;
  await poll(async () => (checks++, clock.t >= endAt ? "done" : "running"), {
    isDone: (state) => state === "done",
    clock,
    random,
    checkAtStart: false,
    checkCostMs,
    timeoutMs: 24 * 3_600_000,
    ...(model && { history: { model, key: () => key, record } }),
  });
  return { delayMs: clock.t - endAt, requests: 1 + checks };
}

/**
 * A model that has seen `durations` the way a client does: each waited on in turn with the
 * model as it stood (the first ones uninformed), recording what `poll()` observed.
 */
export async function learnedModel(durations, random, checkCostMs) {
  const model = createDurationModel();
  for (const ms of durations) await docrunWait(ms, { model, record: true, random, checkCostMs });
  return model;
}

/** A frozen copy of `model` (evaluation must not learn from the runs it is scored on). */
export function frozen(model) {
  const copy = createDurationModel();
  copy.load(model.toJSON());
  return copy;
}
