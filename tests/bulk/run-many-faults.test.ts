// runMany in each provider package against its emulator with faults and a rate limit on: every
// input ends exactly once, nothing is created twice, and no input is lost to a 429 or a reset.
import { afterEach, describe, expect, it } from "vitest";
import { createAnyformatClient } from "@docrun/anyformat";
import { createMemoryCheckpointStore, type BulkResult } from "@docrun/core";
import { startEmulator, type Emulator } from "@docrun/emulator";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";

const N = 60;
let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

async function collect<R extends BulkResult<unknown, unknown>>(job: AsyncIterable<R>) {
  const results: R[] = [];
  for await (const result of job) results.push(result);
  return results;
}
const runCount = (em: Emulator) => (em.state.provider as { runs: Map<string, unknown> }).runs.size;
const keysOnce = (results: BulkResult<unknown, unknown>[], expected: string[]) =>
  expect(results.map((r) => r.key).sort()).toEqual([...expected].sort());

describe("runMany against the emulators, faults and rate limits on", () => {
  it("Extend: 429s (injected and from the rate limit), 5xx and resets on reads — every input once, one create each, none failed", async () => {
    emulator = await startEmulator({
      provider: "extend",
      processingMs: 150,
      random: 11,
      rateLimit: { limit: 60, windowMs: 1_000 },
      faults: {
        rateLimitRate: 0.1,
        retryAfterSeconds: 1,
        errorRate: 0.1,
        resetRate: 0.05,
        onlyMethods: ["GET"],
      },
    });
    const extend = createExtendClient({ baseUrl: emulator.url, apiKey: "bulk-test" });
    const workflowId = (await extend.workflows.list().toArray({ limit: 1 }))[0]!.id;
    const inputs = Array.from({ length: N }, (_, i) => ({
      workflow: { id: workflowId },
      file: { text: `invoice ${i}` },
    }));
    const job = extend.workflowRuns.runMany(inputs, { key: (_, i) => `doc-${i}`, concurrency: { max: 32 } });
    const results = await collect(job);
    keysOnce(
      results,
      inputs.map((_, i) => `doc-${i}`),
    );
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : `${r.key}: ${r.error.message}`))).toEqual([]);
    expect(runCount(emulator)).toBe(N);
    expect(emulator.state.countRequests({ status: 429 })).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.runId)).size).toBe(N);
  });

  it("Retab: faults on every request, after the server handled it — the Idempotency-Key keeps it to one run per input", async () => {
    emulator = await startEmulator({
      provider: "retab",
      processingMs: 150,
      random: 5,
      rateLimit: { limit: 80, windowMs: 1_000 },
      faultsAfterHandle: true,
      faults: { rateLimitRate: 0.05, errorRate: 0.1, resetRate: 0.05 },
    });
    const retab = createRetabClient({ baseUrl: emulator.url, apiKey: "bulk-test" });
    const inputs = Array.from({ length: N }, (_, i) => ({
      workflow_id: "wf_3Fh8kLmN2pQr",
      metadata: { n: String(i) },
    }));
    const results = await collect(retab.workflowRuns.runMany(inputs, { key: (input) => input.metadata.n }));
    keysOnce(
      results,
      inputs.map((input) => input.metadata.n),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const handledCreates = emulator.state.countRequests({
      method: "POST",
      path: "/v1/workflows/runs",
      handled: true,
    });
    expect(handledCreates).toBeGreaterThan(N); // some answers were lost and the create resent…
    expect(runCount(emulator)).toBe(N); // …yet each input has exactly one run
  });

  it("Extend (no idempotency key): aborted while creates are in flight, then restarted with the same checkpoint — no run created twice", async () => {
    emulator = await startEmulator({ provider: "extend", processingMs: 400, latencyMs: { min: 5, max: 60 } });
    const extend = createExtendClient({ baseUrl: emulator.url, apiKey: "bulk-test" });
    const workflowId = (await extend.workflows.list().toArray({ limit: 1 }))[0]!.id;
    const inputs = Array.from({ length: 20 }, (_, i) => ({
      workflow: { id: workflowId },
      file: { text: `doc ${i}` },
    }));
    const checkpoint = createMemoryCheckpointStore();
    const controller = new AbortController();
    const key = (_: unknown, i: number) => `doc-${i}`;
    const first = extend.workflowRuns.runMany(inputs, {
      key,
      checkpoint,
      signal: controller.signal,
      concurrency: 8,
    });
    // Abort as soon as the server has started a few runs: other creates are then mid-request.
    const watcher = setInterval(() => runCount(emulator!) >= 3 && controller.abort(), 1);
    const stopped = await collect(first);
    clearInterval(watcher);
    const inFlight = stopped.filter((r) => !r.ok && r.error.name === "AbortError");
    expect(inFlight.length).toBeGreaterThan(0);
    // The ids created so far: a create already sent is let finish, so every input in flight has one.
    expect(inFlight.filter((r) => typeof r.runId === "string")).toHaveLength(inFlight.length);
    expect(runCount(emulator)).toBe(first.stats().created);
    const second = extend.workflowRuns.runMany(inputs, { key, checkpoint, concurrency: 8 });
    const rest = await collect(second);
    keysOnce(
      [...stopped.filter((r) => r.ok), ...rest],
      inputs.map((_, i) => `doc-${i}`),
    );
    expect(second.stats().resumed).toBe(inFlight.length);
    expect(runCount(emulator)).toBe(20);
  });

  it("Extend (no idempotency key): creates whose answer is lost after the server made the run — found again by tag, none created twice, none failed", async () => {
    emulator = await startEmulator({
      provider: "extend",
      processingMs: 150,
      random: 7,
      faultsAfterHandle: true,
      faults: { errorRate: 0.15, resetRate: 0.1, onlyMethods: ["POST"], onlyPaths: ["/workflow_runs"] },
    });
    const extend = createExtendClient({ baseUrl: emulator.url, apiKey: "bulk-test" });
    const workflowId = (await extend.workflows.list().toArray({ limit: 1 }))[0]!.id;
    const inputs = Array.from({ length: 40 }, (_, i) => ({
      workflow: { id: workflowId },
      file: { text: `invoice ${i}` },
      metadata: { n: i },
    }));
    const job = extend.workflowRuns.runMany(inputs, {
      key: (_, i) => `doc-${i}`,
      concurrency: 8,
      createTimeoutMs: 500,
    });
    const results = await collect(job);
    keysOnce(
      results,
      inputs.map((_, i) => `doc-${i}`),
    );
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : `${r.key}: ${r.error.message}`))).toEqual([]);
    expect(job.stats().recovered).toBeGreaterThan(0);
    expect(runCount(emulator)).toBe(40);
    // The user's metadata is kept beside the tag.
    const run = await extend.workflowRuns.get(results[0]!.runId!);
    expect(run.metadata).toMatchObject({
      n: expect.any(Number),
      docrunBulkTag: expect.stringMatching(/^docrun-/),
    });
  });

  it("AnyFormat (no idempotency key): lost create answers — the run is found by the tag in its file name", async () => {
    emulator = await startEmulator({
      provider: "anyformat",
      processingMs: 150,
      random: 4,
      faultsAfterHandle: true,
      faults: { errorRate: 0.15, resetRate: 0.1, onlyMethods: ["POST"] },
    });
    const af = createAnyformatClient({ baseUrl: emulator.url, apiKey: "bulk-test" });
    const workflowId = (await af.workflows.list().toArray({ limit: 1 }))[0]!.id;
    const collections = () =>
      (emulator!.state.provider as { collectionsById: Map<string, unknown> }).collectionsById.size;
    const before = collections();
    const inputs = Array.from({ length: 30 }, (_, i) => ({
      file: new Blob([`%PDF-1.4 invoice ${i}`]),
      filename: `invoice-${i}.pdf`,
    }));
    const job = af.workflows.runMany(workflowId, inputs, {
      key: (input) => input.filename,
      concurrency: 8,
      createTimeoutMs: 500,
    });
    const results = await collect(job);
    keysOnce(
      results,
      inputs.map((input) => input.filename),
    );
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : `${r.key}: ${r.error.message}`))).toEqual([]);
    expect(job.stats().recovered).toBeGreaterThan(0);
    expect(collections() - before).toBe(30);
  });

  it("AnyFormat: workflows.runMany with 429s and 5xx on reads; failing documents come back as RunFailedError", async () => {
    emulator = await startEmulator({
      provider: "anyformat",
      processingMs: 150,
      random: 3,
      faults: { rateLimitRate: 0.1, retryAfterSeconds: 1, errorRate: 0.1, onlyMethods: ["GET"] },
    });
    const af = createAnyformatClient({ baseUrl: emulator.url, apiKey: "bulk-test" });
    const workflowId = (await af.workflows.list().toArray({ limit: 1 }))[0]!.id;
    const inputs = Array.from({ length: 30 }, (_, i) => ({
      text: i % 10 === 0 ? `please fail ${i}` : `invoice ${i}`,
    }));
    const results = await collect(af.workflows.runMany(workflowId, inputs, { key: (input) => input.text }));
    keysOnce(
      results,
      inputs.map((input) => input.text),
    );
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => r.key).sort()).toEqual(["please fail 0", "please fail 10", "please fail 20"]);
    expect(failed.every((r) => !r.ok && r.error.name === "RunFailedError")).toBe(true);
    expect(emulator.state.countRequests({ method: "POST", handled: true })).toBe(30);
  });
});
