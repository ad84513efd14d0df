import { describe, expect, it } from "vitest";
import {
  AbortError,
  ConfigurationError,
  InternalServerError,
  RateLimitError,
  RunFailedError,
} from "../errors/errors.js";
import { createMemoryCheckpointStore } from "./checkpoint-store.js";
import { runMany } from "./run-many.js";
import type { BulkResult, RunManyAdapter } from "./types.js";

// In-process fake provider (pure logic): runs finish after `ms`; hooks decide failures.
function fakeProvider(options: { ms?: number; createError?: (input: string, n: number) => unknown } = {}) {
  const created: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let calls = 0;
  const adapter: RunManyAdapter<string, { id: string; input: string }> = {
    async create(input) {
      const error = options.createError?.(input, ++calls);
      if (error) throw error;
      created.push(input);
      return `run_${input}`;
    },
    async wait(id, { signal }) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, options.ms ?? 5);
          signal.addEventListener("abort", () => (clearTimeout(timer), reject(new AbortError("aborted"))));
        });
      } finally {
        inFlight--;
      }
      if (id.includes("fail")) throw new RunFailedError("Run failed", { run: { id }, status: "failed" });
      return { id, input: id.slice(4) };
    },
  };
  return { adapter, created, maxInFlight: () => maxInFlight };
}

const rateLimit = () =>
  new RateLimitError("slow down", { status: 429, retryAfterMs: 5, headers: new Headers(), attempts: 1 });
const collect = async <T>(job: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const r of job) out.push(r);
  return out;
};
const keys = (results: BulkResult<string, unknown>[]) => results.map((r) => r.key).sort();

describe("runMany", () => {
  it("yields every input exactly once, succeeded or with its typed error, within the concurrency bound", async () => {
    const inputs = Array.from({ length: 50 }, (_, i) => (i % 10 === 3 ? `fail-${i}` : `doc-${i}`));
    const fake = fakeProvider();
    const results = await collect(runMany(inputs, fake.adapter, { concurrency: 6 }));
    expect(keys(results)).toEqual([...inputs].sort());
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.error.name))).toEqual(
      Array(5).fill("RunFailedError"),
    );
    expect(fake.maxInFlight()).toBeLessThanOrEqual(6);
    expect(fake.maxInFlight()).toBeGreaterThan(1);
  });

  it("reads an async iterable lazily: no more inputs pulled than slots", async () => {
    let pulled = 0;
    async function* inputs() {
      for (let i = 0; i < 1_000; i++) {
        pulled++;
        yield `doc-${i}`;
      }
    }
    const job = runMany(inputs(), fakeProvider({ ms: 20 }).adapter, { concurrency: 3 });
    for await (const _ of job) break; // first result
    expect(pulled).toBeLessThanOrEqual(5);
  });

  it("shrinks concurrency on 429, waits Retry-After, and still runs every input (a create refused with 429 is retried)", async () => {
    const fake = fakeProvider({ createError: (_, n) => (n % 3 === 0 ? rateLimit() : undefined) });
    let lowest = Infinity;
    const job = runMany(
      Array.from({ length: 30 }, (_, i) => `doc-${i}`),
      fake.adapter,
      { concurrency: { initial: 8, max: 8 }, onProgress: (s) => (lowest = Math.min(lowest, s.limit)) },
    );
    const results = await collect(job);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.created).toHaveLength(30);
    expect(job.stats().rateLimited).toBeGreaterThan(0);
    expect(lowest).toBeLessThanOrEqual(5);
  });

  it("does not resend a create that failed with a 5xx when the provider has no idempotency key; does with one", async () => {
    const error = () => new InternalServerError("boom", { status: 500, headers: new Headers(), attempts: 1 });
    let calls = 0;
    const fail5xxOnce = () => (++calls === 1 ? error() : undefined);
    const plain = fakeProvider({ createError: fail5xxOnce });
    const [result] = await collect(runMany(["a"], plain.adapter));
    expect(result!.ok ? "" : result!.error.name).toBe("InternalServerError");
    calls = 0;
    const idempotent = fakeProvider({ createError: fail5xxOnce });
    const retried = await collect(
      runMany(["a"], { ...idempotent.adapter, idempotentCreate: true }, { clock: instantClock() }),
    );
    expect(retried[0]!.ok).toBe(true);
  });

  it("resumes from a checkpoint: skips finished inputs, waits on created runs without creating them again", async () => {
    const checkpoint = createMemoryCheckpointStore();
    checkpoint.entries.set("a", { runId: "run_a", outcome: "succeeded" });
    checkpoint.entries.set("b", { runId: "run_b" });
    const fake = fakeProvider();
    const job = runMany(["a", "b", "c"], fake.adapter, { checkpoint });
    const results = await collect(job);
    expect(keys(results)).toEqual(["b", "c"]);
    expect(fake.created).toEqual(["c"]);
    expect(job.stats()).toMatchObject({ skipped: 1, resumed: 1, created: 1, succeeded: 2 });
    expect(checkpoint.entries.get("c")).toEqual({ runId: "run_c", outcome: "succeeded" });
  });

  it("on abort, stops reading, yields each input in flight with AbortError and its run id, and records no outcome for them", async () => {
    const controller = new AbortController();
    const checkpoint = createMemoryCheckpointStore();
    const job = runMany(
      Array.from({ length: 100 }, (_, i) => `doc-${i}`),
      fakeProvider({ ms: 10_000 }).adapter,
      { concurrency: 4, checkpoint, signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 30);
    const results = await collect(job);
    expect(results).toHaveLength(4);
    for (const r of results) {
      expect(r.ok ? "" : r.error).toBeInstanceOf(AbortError);
      expect(r.runId).toBe(`run_${r.key}`);
      expect(checkpoint.entries.get(r.key)).toEqual({ runId: r.runId });
    }
    expect(job.stats()).toMatchObject({ aborted: true, stopped: 4, failed: 0 });
  });

  it("rejects bad arguments with a ConfigurationError naming them, before any call", () => {
    const { adapter } = fakeProvider();
    expect(() => runMany(["a"], adapter, { concurrency: 0 })).toThrow(/concurrency must be/);
    expect(() => runMany(["a"], adapter, { concurrency: { min: 4, max: 2 } })).toThrow(/min ≤ initial ≤ max/);
    expect(() => runMany("ab" as never, adapter)).toThrow(ConfigurationError);
    expect(() => runMany(["a"], adapter, { checkpoint: {} as never })).toThrow(/checkpoint must have/);
  });

  it("a failing checkpoint store ends the job with its error instead of running blind", async () => {
    const checkpoint = {
      get: () => undefined,
      created: () => Promise.reject(new Error("disk full")),
      finished() {},
    };
    await expect(collect(runMany(["a", "b"], fakeProvider().adapter, { checkpoint }))).rejects.toThrow(
      "disk full",
    );
  });
});

function instantClock() {
  return { now: () => Date.now(), sleep: async () => {} };
}
