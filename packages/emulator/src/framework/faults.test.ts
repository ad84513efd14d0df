import { afterEach, describe, expect, it } from "vitest";
import { call, fakeProvider, type FakeState } from "./fake-provider.test-helpers.js";
import type { EmulatorOptions } from "./options.js";
import { startEmulator, type Emulator } from "./start-emulator.js";

let emulator: Emulator<FakeState> | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: Omit<EmulatorOptions, "provider">) {
  emulator = await startEmulator({ provider: fakeProvider, random: 1, ...options });
  return emulator;
}

const create = (url: string) =>
  call(`${url}/items`, {
    method: "POST",
    body: JSON.stringify({ name: "n" }),
    headers: { "content-type": "application/json" },
  });

describe("fault injection", () => {
  it("resets the connection before any byte: fetch sees a network error and nothing was created", async () => {
    const { url, state } = await start({ faults: { resetRate: 1 } });
    await expect(create(url)).rejects.toThrow(TypeError);
    expect(state.provider.items).toHaveLength(0);
    expect(state.requestLog[0]).toMatchObject({ status: null, fault: "reset", handled: false });
    expect(state.counters.faults.reset).toBe(1);
  });

  it("answers 5xx in the provider's envelope without processing the request", async () => {
    const { url, state } = await start({ faults: { errorRate: 1 } });
    const response = await create(url);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({
      error: { kind: "internal", request_id: response.headers.get("x-fake-request-id") },
    });
    expect(state.provider.items).toHaveLength(0);
    expect(state.countRequests({ method: "POST", handled: true })).toBe(0);
  });

  it("with faultsAfterHandle, processes the request and then loses the response", async () => {
    const { url, state } = await start({ faults: { errorRate: 1 }, faultsAfterHandle: true });
    const response = await create(url);
    await response.arrayBuffer();
    expect(response.status).toBe(500);
    expect(state.provider.items).toHaveLength(1);
    expect(state.requestLog[0]).toMatchObject({ status: 500, fault: "internal_error", handled: true });
  });

  it("with faultsAfterHandle, resets after processing", async () => {
    const { url, state } = await start({ faults: { resetRate: 1 }, faultsAfterHandle: true });
    await expect(create(url)).rejects.toThrow(TypeError);
    expect(state.provider.items).toHaveLength(1);
  });

  it("answers 429 with the configured Retry-After", async () => {
    const { url, state } = await start({ faults: { rateLimitRate: 1, retryAfterSeconds: 3 } });
    const response = await create(url);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await response.json()).toMatchObject({ error: { kind: "rate_limited", retry_after: 3 } });
    expect(state.provider.items).toHaveLength(0);
  });

  it("sends a slow body in chunks that still arrives complete", async () => {
    const { url, state } = await start({
      seed: { runs: 50, seed: 1 },
      faults: { slowBodyRate: 1, slowBodyMs: 20 },
    });
    const response = await call(`${url}/items`);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let chunks = 0;
    let text = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      text += new TextDecoder().decode(value);
    }
    expect(chunks).toBeGreaterThan(1);
    expect((JSON.parse(text) as FakeState).items).toHaveLength(50);
    expect(state.requestLog[0]).toMatchObject({ fault: "slow_body", status: 200 });
  });

  it("stalls after the headers until the client gives up", async () => {
    const { url, state } = await start({ faults: { stallRate: 1 } });
    const response = await call(`${url}/items`, { signal: AbortSignal.timeout(300) });
    expect(response.status).toBe(500);
    await expect(response.text()).rejects.toThrow();
    expect(state.requestLog[0]).toMatchObject({ fault: "stall" });
  });

  it("holds each request for the added latency before handling it", async () => {
    const { url, state } = await start({ faults: { latencyMs: 60_000, jitterMs: 10 } });
    await expect(call(`${url}/items`, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(state.counters.handled).toBe(0);
  });

  it("answers normally after a short added latency, fixed or as a seeded range", async () => {
    const { url, state } = await start({
      latencyMs: { min: 1, max: 5 },
      faults: { latencyMs: 2, jitterMs: 3 },
    });
    const response = await call(`${url}/items`);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(state.counters.handled).toBe(1);
  });

  it("only faults matching paths and methods", async () => {
    const { url } = await start({ faults: { errorRate: 1, onlyPaths: ["/items"], onlyMethods: ["POST"] } });
    const get = await call(`${url}/items`);
    await get.arrayBuffer();
    expect(get.status).toBe(200);
    const post = await create(url);
    await post.arrayBuffer();
    expect(post.status).toBe(500);
  });

  it("replays the same fault sequence for the same seed, and a different one for another seed", async () => {
    const sequence = async (random: number) => {
      const { url } = await start({ random, faults: { errorRate: 0.3, rateLimitRate: 0.2 } });
      const statuses: number[] = [];
      for (let index = 0; index < 30; index += 1) {
        const response = await call(`${url}/items`);
        await response.arrayBuffer();
        statuses.push(response.status);
      }
      await emulator?.close();
      return statuses;
    };
    const first = await sequence(42);
    const replay = await sequence(42);
    const other = await sequence(43);
    expect(replay).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 500, 429]));
  });

  it("lets a test prove a retried create happened exactly once", async () => {
    const { url, state } = await start({
      random: 4,
      faults: { errorRate: 0.2, resetRate: 0.2, onlyMethods: ["POST"] },
    });
    let created: Response | undefined;
    for (let attempt = 0; attempt < 50 && created === undefined; attempt += 1) {
      const response = await create(url).catch(() => undefined);
      if (response?.status === 201) created = response;
      else await response?.arrayBuffer();
    }
    expect(created?.status).toBe(201);
    expect(state.countRequests({ method: "POST", path: "/items", handled: true })).toBe(1);
    expect(state.countRequests({ method: "POST", path: "/items" })).toBeGreaterThan(1);
    expect(state.provider.items).toHaveLength(1);
  });
});
