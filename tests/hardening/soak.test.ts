// Under a hostile network (20 % 5xx, 10 % 429 with Retry-After, 2 % connection resets, jittered
// latency) every listing returns each item exactly once and in order, every run is created
// exactly once and reaches its terminal state, and a call that can never succeed gives up with
// the typed error after the configured attempts. `pnpm soak` runs this file at release scale
// (DOCRUN_SOAK_ITEMS / DOCRUN_SOAK_RUNS).
import { InternalServerError, type ClientOptions, type RetryInfo } from "@docrun/core";
import { startEmulator, type Emulator, type FaultOptions } from "@docrun/emulator";
import { afterEach, describe, expect, it } from "vitest";
import { providerDrivers } from "./helpers/provider-drivers.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

const ITEMS = Number(process.env.DOCRUN_SOAK_ITEMS ?? 10_000);
const RUNS = Number(process.env.DOCRUN_SOAK_RUNS ?? 200);
const RETRY_AFTER_SECONDS = Number(process.env.DOCRUN_SOAK_RETRY_AFTER ?? 0);
const CONCURRENCY = 20;
const MAX_RETRIES = 16;
// Budgets scale with the work; they bound a hang, they are not performance assertions.
const LIST_BUDGET_MS = 20_000 + ITEMS * 3;
const RUN_BUDGET_MS = 20_000 + RUNS * 60;

const hostile: FaultOptions = {
  errorRate: 0.2,
  rateLimitRate: 0.1,
  retryAfterSeconds: RETRY_AFTER_SECONDS,
  resetRate: 0.02,
  jitterMs: 4,
};

/**
 * Retries enough that 1 + maxRetries consecutive faults (p ≈ 0.32 each) is vanishingly rare over
 * the whole soak, with millisecond backoff so the test stays short.
 */
const clientOptions = (onRetry: (info: RetryInfo) => void): ClientOptions => ({
  apiKey: "sk_test_soak_0123456789",
  maxRetries: MAX_RETRIES,
  timeoutMs: 10_000,
  backoff: { initialMs: 1, maxMs: 20 },
  onRetry,
});

const emulators: Emulator[] = [];
const start = async (...args: Parameters<typeof startEmulator>) => {
  const emulator = await startEmulator(...args);
  emulators.push(emulator);
  return emulator;
};
afterEach(async () => {
  await Promise.all(emulators.splice(0).map((emulator) => emulator.close()));
});

/** What the client and the emulator counted, printed so a soak run leaves numbers behind. */
function report(label: string, emulator: Emulator, retries: RetryInfo[]) {
  const { requests, faults, byStatus } = emulator.state.counters;
  const resetsSurvived = retries.filter((info) => info.error?.name === "ConnectionError").length;
  const line = {
    requests,
    retries: retries.length,
    resetsSurvived,
    injected5xx: faults.internal_error,
    injected429: faults.rate_limited,
    injectedResets: faults.reset,
    statuses: byStatus,
  };
  console.log(`[soak] ${label}: ${JSON.stringify(line)}`);
  return line;
}

/** Runs `work` over `count` indexes with at most `limit` in flight. */
async function pool<T>(count: number, limit: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await work(index);
      }
    }),
  );
  return results;
}

describe.each(providerDrivers.map((driver) => ({ provider: driver.provider, driver })))(
  "$provider under faults",
  ({ driver }) => {
    const seed = { runs: ITEMS, seed: 7, workflows: 1 };

    it(
      `lists ${ITEMS} runs: every item exactly once, in order`,
      async () => {
        const clean = await start({ provider: driver.provider, seed });
        const expected = (
          await (
            await driver
              .connect(
                clean.url,
                clientOptions(() => {}),
              )
              .listRuns(100)
          ).toArray()
        ).map((run) => run.id);
        expect(expected).toHaveLength(ITEMS);

        const retries: RetryInfo[] = [];
        const faulty = await start({ provider: driver.provider, seed, faults: hostile, random: 11 });
        const listing = await driver
          .connect(
            faulty.url,
            clientOptions((info) => void retries.push(info)),
          )
          .listRuns(100);
        const ids: string[] = [];
        for await (const run of listing) ids.push(run.id);

        expect(new Set(ids).size).toBe(ITEMS);
        expect(ids).toEqual(expected);
        const counts = report(`${driver.provider} list ${ITEMS}`, faulty, retries);
        // The faults really happened and were really survived.
        expect(counts.retries).toBeGreaterThan(0);
        expect(counts.injected5xx + counts.injected429 + counts.injectedResets).toBe(
          retries.filter((info) => info.status === 500 || info.status === 429 || info.error).length,
        );
      },
      LIST_BUDGET_MS,
    );

    it(
      `creates and waits for ${RUNS} runs: each created exactly once, each terminal`,
      async () => {
        const retries: RetryInfo[] = [];
        // A POST without an idempotency key is not retried after a 5xx or reset (it may have been
        // processed), so those providers get the faults on reads only; 429s on creates are covered below.
        const faults: FaultOptions = driver.idempotentCreate ? hostile : { ...hostile, onlyMethods: ["GET"] };
        const emulator = await start({ provider: driver.provider, faults, processingMs: 40, random: 5 });
        const client = driver.connect(
          emulator.url,
          clientOptions((info) => void retries.push(info)),
        );

        const statuses = await pool(RUNS, CONCURRENCY, async (index) => {
          const id = await client.create(index);
          return { id, status: await client.wait(id, 30_000) };
        });

        expect(new Set(statuses.map((run) => run.id)).size).toBe(RUNS);
        expect(emulator.state.countRequests({ method: "POST", path: driver.createPath, handled: true })).toBe(
          RUNS,
        );
        expect(statuses.filter((run) => run.status !== driver.success)).toEqual([]);
        const counts = report(`${driver.provider} create+wait ${RUNS}`, emulator, retries);
        expect(counts.retries).toBeGreaterThan(0);
      },
      RUN_BUDGET_MS,
    );

    it("a create answered 429 is retried (it was not processed) and still creates exactly once", async () => {
      const retries: RetryInfo[] = [];
      const emulator = await start({
        provider: driver.provider,
        faults: { rateLimitRate: 0.5, retryAfterSeconds: 0, onlyMethods: ["POST"] },
        random: 3,
      });
      const client = driver.connect(
        emulator.url,
        clientOptions((info) => void retries.push(info)),
      );
      const ids = await pool(40, 8, (index) => client.create(index));
      expect(new Set(ids).size).toBe(40);
      expect(emulator.state.countRequests({ method: "POST", path: driver.createPath, handled: true })).toBe(
        40,
      );
      expect(retries.filter((info) => info.status === 429).length).toBe(
        emulator.state.counters.faults.rate_limited,
      );
      expect(retries.length).toBeGreaterThan(0);
    }, 20_000);

    it("a create whose response is lost after processing is never duplicated", async () => {
      const emulator = await start({
        provider: driver.provider,
        faults: { errorRate: 1, onlyMethods: ["POST"] },
        faultsAfterHandle: true,
      });
      const client = driver.connect(
        emulator.url,
        clientOptions(() => {}),
      );
      const storedRuns = async () => (await (await client.listRuns(100)).toArray()).length;
      const before = await storedRuns();
      const error = await client.create(0).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      // Whatever the client did, the server stored exactly one run for this one create.
      expect(await storedRuns()).toBe(before + 1);
      const creates = emulator.state.requestLog.filter(
        (entry) => entry.method === "POST" && driver.createPath.test(entry.path),
      );
      if (driver.idempotentCreate) {
        // Retried, but every attempt carried the same key: the server made one run.
        expect(creates.length).toBe(MAX_RETRIES + 1);
        expect(new Set(creates.map((entry) => entry.idempotencyKey)).size).toBe(1);
        expect(creates[0]!.idempotencyKey).toBeTruthy();
      } else {
        // Not retried: the caller learns of the failure instead of getting a duplicate.
        expect(creates).toHaveLength(1);
        expect((error as InternalServerError).attempts).toBe(1);
      }
    }, 20_000);

    it("a permanently failing endpoint ends in the typed error after the configured attempts, with the last response", async () => {
      const broken = await start({
        provider: driver.provider,
        seed: { runs: 20, seed: 1, workflows: 1 },
        faults: { errorRate: 1, onlyMethods: ["GET"], onlyPaths: [/runs/] },
      });
      const retries: RetryInfo[] = [];
      const client = driver.connect(broken.url, {
        ...clientOptions((info) => void retries.push(info)),
        maxRetries: 3,
      });
      const error = await (await client.listRuns(5)).toArray().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      const failure = error as InternalServerError;
      expect(failure.attempts).toBe(4);
      expect(failure.status).toBe(500);
      expect(retries).toHaveLength(3);
      const attempts = broken.state.requestLog.filter((entry) => /runs/.test(entry.path));
      expect(attempts).toHaveLength(4);
      // The error describes the last response, not the first.
      expect(failure.requestId).toBe(attempts.at(-1)!.requestId);
      expect(failure.body).toBeTruthy();
    }, 20_000);
  },
);
