import { afterEach, describe, expect, it } from "vitest";
import { call, fakeProvider, type FakeState } from "./fake-provider.test-helpers.js";
import { startEmulator, type Emulator } from "./start-emulator.js";
import type { EmulatorOptions } from "./options.js";

let emulator: Emulator<FakeState> | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: Omit<EmulatorOptions, "provider"> = {}) {
  emulator = await startEmulator({ provider: fakeProvider, ...options });
  return emulator;
}

describe("startEmulator", () => {
  it("listens on loopback on a free port and serves the provider", async () => {
    const { url } = await start({ seed: { runs: 3, seed: 9 } });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await call(`${url}/items`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: unknown[] };
    expect(body.items).toHaveLength(3);
  });

  it("refuses a non-loopback host unless allowed explicitly", async () => {
    await expect(startEmulator({ provider: fakeProvider, host: "0.0.0.0" })).rejects.toThrow(/non-loopback/);
  });

  it("rejects when the port is taken, leaving nothing running", async () => {
    const { url } = await start();
    const port = Number(new URL(url).port);
    await expect(startEmulator({ provider: fakeProvider, port })).rejects.toThrow(/EADDRINUSE/);
  });

  it("answers 413 to a body over maxBodyBytes without handling it", async () => {
    const { url, state } = await start({ maxBodyBytes: 10 });
    const response = await call(`${url}/items`, {
      method: "POST",
      body: JSON.stringify({ name: "far too long" }),
    });
    await response.arrayBuffer();
    expect(response.status).toBe(413);
    expect(state.provider.items).toHaveLength(0);
  });

  it("accepts a provider by name", async () => {
    emulator = await startEmulator<FakeState>({ provider: "retab" });
    const response = await call(`${emulator.url}/anything`);
    await response.arrayBuffer();
    expect(emulator.provider.name).toBe("retab");
  });

  it("reads the seed from a JSON file path", async () => {
    const { writeFile, mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = await mkdtemp(join(tmpdir(), "emulator-seed-"));
    try {
      await writeFile(join(dir, "seed.json"), JSON.stringify({ runs: 5, seed: 3 }));
      const { state } = await start({ seed: join(dir, "seed.json") });
      expect(state.provider.items).toHaveLength(5);
      expect(state.provider.items[0]?.name).toBe("seeded 3");
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("rejects a malformed seed before listening", async () => {
    await expect(startEmulator({ provider: fakeProvider, seed: { runs: -1, seed: 1 } })).rejects.toThrow(
      /seed.runs/,
    );
  });

  it("assigns a request id, sends it in the provider's header, and passes the bearer key", async () => {
    const { url } = await start({ apiKeys: ["right"] });
    const wrong = await fetch(`${url}/items`, { headers: { authorization: "Bearer wrong" } });
    const body = (await wrong.json()) as { error: { request_id: string } };
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("x-fake-request-id")).toBe(body.error.request_id);
    const right = await fetch(`${url}/items`, { headers: { authorization: "Bearer right" } });
    await right.arrayBuffer();
    expect(right.status).toBe(200);
  });

  it("answers a thrown provider error as the provider's 500 and records it", async () => {
    const { url, state } = await start();
    const response = await call(`${url}/boom`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { kind: "internal" } });
    expect(String(state.errors[0])).toMatch(/provider bug/);
  });
});

describe("request log", () => {
  it("records method, path, query, status, request id, handled and the idempotency key", async () => {
    const { url, state } = await start();
    const created = await call(`${url}/items?verbose=1`, {
      method: "POST",
      body: JSON.stringify({ name: "a" }),
      headers: { "content-type": "application/json", "idempotency-key": "idem-1" },
    });
    await created.arrayBuffer();
    await (await call(`${url}/items`)).arrayBuffer();
    expect(state.requestLog).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/items",
        query: "verbose=1",
        status: 201,
        fault: null,
        handled: true,
        idempotencyKey: "idem-1",
        requestId: created.headers.get("x-fake-request-id"),
      }),
      expect.objectContaining({
        method: "GET",
        path: "/items",
        query: "",
        status: 200,
        idempotencyKey: null,
      }),
    ]);
    expect(state.countRequests({ method: "post", path: "/items" })).toBe(1);
    expect(state.counters.byStatus[200]).toBe(1);
    state.reset();
    expect(state.requestLog).toHaveLength(0);
    expect(state.counters.requests).toBe(0);
  });

  it("keeps only the most recent requestLogLimit entries but counts all", async () => {
    const { url, state } = await start({ requestLogLimit: 2 });
    for (let index = 0; index < 5; index += 1) await (await call(`${url}/items?n=${index}`)).arrayBuffer();
    expect(state.requestLog.map((entry) => entry.query)).toEqual(["n=3", "n=4"]);
    expect(state.counters.requests).toBe(5);
  });
});

describe("CORS", () => {
  it("answers a preflight allowing the provider's headers, without touching the provider", async () => {
    const { url, state } = await start({ apiKeys: ["k"], rateLimit: { limit: 1 } });
    const response = await fetch(`${url}/items`, {
      method: "OPTIONS",
      headers: {
        origin: "http://127.0.0.1:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, x-extend-api-version, idempotency-key",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:5173");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    const allowed = response.headers.get("access-control-allow-headers") ?? "";
    for (const header of ["authorization", "x-extend-api-version", "idempotency-key", "content-type"])
      expect(allowed).toContain(header);
    expect(state.countRequests({ handled: true })).toBe(0);
    // the preflight did not use up the one allowed request
    const real = await fetch(`${url}/items`, { headers: { authorization: "Bearer k" } });
    await real.arrayBuffer();
    expect(real.status).toBe(200);
  });

  it("echoes the origin and exposes request id, retry-after and rate-limit headers", async () => {
    const { url } = await start({ rateLimit: { limit: 5 } });
    const response = await call(`${url}/items`, { headers: { origin: "http://localhost:8080" } });
    await response.arrayBuffer();
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:8080");
    const exposed = response.headers.get("access-control-expose-headers") ?? "";
    for (const header of [
      "x-fake-request-id",
      "retry-after",
      "x-ratelimit-limit",
      "x-ratelimit-remaining",
      "x-ratelimit-reset",
    ]) {
      expect(exposed).toContain(header);
    }
  });
});

describe("rate limit", () => {
  it("counts per key, sends x-ratelimit-* on every response and 429 with Retry-After past the limit", async () => {
    let now = 1_000_000;
    const { url, state } = await start({
      rateLimit: { limit: 2, windowMs: 10_000 },
      clock: { now: () => now },
    });
    const first = await call(`${url}/items`);
    await first.arrayBuffer();
    expect(first.headers.get("x-ratelimit-limit")).toBe("2");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("1");
    expect(first.headers.get("x-ratelimit-reset")).toBe("10");
    await (await call(`${url}/items`)).arrayBuffer();
    now += 4000;
    const limited = await call(`${url}/items`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("6");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(await limited.json()).toMatchObject({ error: { kind: "rate_limited", retry_after: 6 } });
    // another key has its own budget
    const other = await fetch(`${url}/items`, { headers: { authorization: "Bearer other" } });
    await other.arrayBuffer();
    expect(other.status).toBe(200);
    // the window ends
    now += 6000;
    const again = await call(`${url}/items`);
    await again.arrayBuffer();
    expect(again.status).toBe(200);
    expect(state.counters.rateLimited).toBe(1);
    expect(state.countRequests({ status: 429, handled: false })).toBe(1);
  });
});

describe("clock and scheduling", () => {
  it("runs scheduled work when an injected clock reaches the due time", async () => {
    let now = 0;
    const { url, state } = await start({ clock: { now: () => now }, processingMs: 5000 });
    await (
      await call(`${url}/items`, {
        method: "POST",
        body: JSON.stringify({ name: "x" }),
        headers: { "content-type": "application/json" },
      })
    ).arrayBuffer();
    now = 4999;
    state.runScheduled();
    expect(state.provider.items[0]?.status).toBe("pending");
    now = 5000;
    const list = (await (await call(`${url}/items`)).json()) as FakeState;
    expect(list.items[0]?.status).toBe("done");
  });

  it("runs scheduled work by itself when an injected clock moves with real time", async () => {
    const { url, state } = await start({ clock: { now: () => Date.now() + 86_400_000 }, processingMs: 20 });
    await (await call(`${url}/items`, { method: "POST", body: JSON.stringify({ name: "x" }) })).arrayBuffer();
    await expect.poll(() => state.provider.items[0]?.status, { timeout: 2000, interval: 10 }).toBe("done");
  });

  it("runs scheduled work on the real clock by itself", async () => {
    const { url, state } = await start({ processingMs: 20 });
    await (await call(`${url}/items`, { method: "POST", body: JSON.stringify({ name: "x" }) })).arrayBuffer();
    await expect.poll(() => state.provider.items[0]?.status, { timeout: 2000, interval: 10 }).toBe("done");
  });
});

describe("close", () => {
  it("ends open connections, pending timers and scheduled work, and can be called twice", async () => {
    const { url, state } = await start({
      processingMs: 60_000,
      faults: { stallRate: 1, onlyPaths: ["/items"], onlyMethods: ["GET"] },
    });
    await (await call(`${url}/items`, { method: "POST", body: JSON.stringify({ name: "x" }) })).arrayBuffer();
    const stalled = await call(`${url}/items`);
    const reading = stalled.text();
    await emulator?.close();
    await emulator?.close();
    await expect(reading).rejects.toThrow();
    await expect(fetch(`${url}/items`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    expect(state.provider.items[0]?.status).toBe("pending");
  });

  it("leaves nothing that keeps the process alive", async () => {
    const { execFile } = await import("node:child_process");
    const { fileURLToPath } = await import("node:url");
    const script = `
      import { startEmulator } from ${JSON.stringify(new URL("../../dist/index.js", import.meta.url).href)};
      const e = await startEmulator({ provider: "extend", processingMs: 3_600_000, latencyMs: 1,
        webhooks: [{ url: "http://127.0.0.1:9/hook", secret: "s" }] });
      const r = await fetch(e.url + "/x", { headers: { authorization: "Bearer k" } });
      await r.arrayBuffer();
      await e.close();
      console.log("closed");
    `;
    const cwd = fileURLToPath(new URL("../..", import.meta.url));
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ["--input-type=module", "-e", script],
        { cwd, timeout: 10_000 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
    });
    expect(output.trim()).toBe("closed");
  });
});
