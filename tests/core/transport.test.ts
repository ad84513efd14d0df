// Core's transport over real loopback HTTP (node:http server in the test, undici fetch in the client).
import { createHash } from "node:crypto";
import { inspect } from "node:util";
import { afterEach, describe, expect, test } from "vitest";
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  InternalServerError,
  InvalidResponseError,
  RateLimitError,
  TimeoutError,
  createApiClient,
  parseErrorEnvelope,
  requestOptions,
  type ClientOptions,
} from "@docrun/core";
import { sendJson, startServer } from "./server.js";

const KEY = "sk_test_0123456789abcdef";
const provider = {
  name: "Loop",
  apiKeyEnv: "LOOP_API_KEY",
  baseUrlEnv: "LOOP_BASE_URL",
  defaultBaseUrl: "https://unused.test",
  parseError: parseErrorEnvelope,
  requestIdHeader: "x-loop-request-id",
};
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handler: Parameters<typeof startServer>[0], options: ClientOptions = {}, idem?: string) {
  const server = await startServer(handler);
  servers.push(server);
  const client = createApiClient<any>(
    { ...provider, idempotencyHeader: idem },
    { apiKey: KEY, baseUrl: server.url, backoff: { initialMs: 5, maxMs: 20 }, ...options },
  );
  return { server, ...client };
}

describe("retries over HTTP", () => {
  test("5xx, 429 and a reset connection are retried until success", async () => {
    const { api, unwrap, server } = await setup(
      (req, res, _seen, n) => {
        if (n == 1) return sendJson(res, 500, { error: "boom" });
        if (n == 2) return sendJson(res, 429, { error: "slow" }, { "retry-after-ms": "10" });
        if (n == 3) return void req.socket.destroy();
        sendJson(res, 200, { ok: true });
      },
      { maxRetries: 3 },
    );
    expect(await unwrap(api.GET("/thing", {}))).toEqual({ ok: true });
    expect(server.requests).toHaveLength(4);
  });

  test("gives up after maxRetries with the typed error and attempts", async () => {
    const { api, unwrap } = await setup((_req, res) => sendJson(res, 503, { error: "down" }));
    const err = await unwrap(api.GET("/thing", {})).catch((e) => e);
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.attempts).toBe(3);
  });

  test("resets every time → ConnectionError after 3 attempts", async () => {
    const { api } = await setup((req) => void req.socket.destroy());
    const err = await api.GET("/thing", {}).catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.attempts).toBe(3);
  });

  test("Retry-After in seconds is waited for", async () => {
    const { api, server } = await setup((_req, res, _s, n) =>
      n == 1 ? sendJson(res, 429, {}, { "retry-after": "1" }) : sendJson(res, 200, {}),
    );
    const started = Date.now();
    await api.GET("/thing", {});
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  test("Retry-After as an HTTP date is waited for", async () => {
    const { api, server } = await setup((_req, res, _s, n) =>
      n == 1
        ? sendJson(res, 503, {}, { "retry-after": new Date(Date.now() + 2000).toUTCString() })
        : sendJson(res, 200, {}),
    );
    const started = Date.now();
    await api.GET("/thing", {});
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  test("a hint above maxRetryAfterMs → RateLimitError carrying it, at once", async () => {
    const { api, unwrap, server } = await setup(
      (_req, res) => sendJson(res, 429, { error: "quota" }, { "retry-after": "120" }),
      { maxRetryAfterMs: 5_000 },
    );
    const err = await unwrap(api.GET("/thing", {})).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
  });
});

describe("POST over HTTP", () => {
  test("not retried without an idempotency key (500 and reset)", async () => {
    for (const fault of ["500", "reset"]) {
      const { api, server } = await setup((req, res, _s, n) => {
        if (n > 1) return sendJson(res, 201, { id: "second" });
        if (fault == "reset") return void req.socket.destroy();
        sendJson(res, 500, {});
      });
      const outcome = await api.POST("/runs", { body: { a: 1 } }).then(
        ({ response }) => response.status,
        (e: unknown) => e,
      );
      // The caller learns of the failure (the 500 itself, or a ConnectionError), never "second".
      if (fault == "reset") expect(outcome).toBeInstanceOf(ConnectionError);
      else expect(outcome).toBe(500);
      expect(server.requests).toHaveLength(1);
    }
  });

  test("retried with the same key when the provider honours one", async () => {
    const { api, unwrap, server } = await setup(
      (req, res, _s, n) => {
        if (n == 1) return sendJson(res, 500, {});
        if (n == 2) return void req.socket.destroy();
        sendJson(res, 201, { id: "run_1" });
      },
      {},
      "Idempotency-Key",
    );
    expect(await unwrap(api.POST("/runs", { body: { a: 1 } }))).toEqual({ id: "run_1" });
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(server.requests).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBeTruthy();
    expect(server.requests.every((r) => r.body.toString() == '{"a":1}')).toBe(true);
  });

  test("a caller's idempotencyKey is sent on every attempt", async () => {
    const { api, server } = await setup(
      (_req, res, _s, n) => (n == 1 ? sendJson(res, 502, {}) : sendJson(res, 200, {})),
      {},
      "Idempotency-Key",
    );
    await api.POST("/runs", { body: {}, ...requestOptions({ idempotencyKey: "order-42" }) });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["order-42", "order-42"]);
  });

  test("FormData with a file and a Blob body are re-sent byte for byte", async () => {
    const file = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    const { api, server } = await setup(
      (_req, res, _s, n) => (n < 3 ? sendJson(res, 503, {}, { "retry-after": "0" }) : sendJson(res, 200, {})),
      {},
      "Idempotency-Key",
    );
    const form = new FormData();
    form.append("file", new Blob([file], { type: "application/pdf" }), "doc.pdf");
    form.append("text", "hello");
    await api.POST("/upload", { body: form as any, bodySerializer: (b: unknown) => b as FormData });
    const hashes = server.requests.map((r) => createHash("sha256").update(r.body).digest("hex"));
    expect(server.requests).toHaveLength(3);
    expect(new Set(hashes).size).toBe(1);
    expect(server.requests[0]!.body.includes(Buffer.from(file))).toBe(true);
    expect(server.requests[0]!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);

    server.requests.length = 0;
    const blob = new Blob([file]);
    await api.POST("/upload", {
      body: blob as any,
      bodySerializer: (b: unknown) => b as Blob,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) expect(Buffer.compare(r.body, Buffer.from(file))).toBe(0);
  });
});

describe("timeouts and abort over HTTP", () => {
  test("no response at all → TimeoutError per attempt", async () => {
    const { api, server } = await setup(() => {}, { timeoutMs: 100, maxRetries: 1 });
    const err = await api.GET("/hang", {}).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  test("headers then silence → TimeoutError (the body is read inside the timeout)", async () => {
    const { api } = await setup(
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.flushHeaders();
        res.write('{"partial":');
      },
      { timeoutMs: 150, maxRetries: 0 },
    );
    await expect(api.GET("/slow", {})).rejects.toBeInstanceOf(TimeoutError);
  });

  test("per-call timeoutMs", async () => {
    const { api } = await setup(() => {}, { maxRetries: 0 });
    await expect(api.GET("/hang", { ...requestOptions({ timeoutMs: 50 }) })).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });

  test("abort during the backoff sleep rejects with AbortError", async () => {
    const { api, server } = await setup((_req, res) => sendJson(res, 500, {}), {
      backoff: { initialMs: 30_000, maxMs: 30_000 },
    });
    const controller = new AbortController();
    const pending = api.GET("/thing", { signal: controller.signal });
    while (server.requests.length < 1) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const err = await pending.catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  test("abort while waiting for the server rejects with AbortError", async () => {
    const { api } = await setup(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(api.GET("/hang", { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });
});

describe("defensive responses over HTTP", () => {
  test("2xx HTML page and truncated JSON → InvalidResponseError", async () => {
    const { api } = await setup((req, res) => {
      if (req.url == "/html") {
        res.writeHead(200, { "content-type": "text/html" });
        return void res.end("<!doctype html><title>Sign in</title>");
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"results":[1,2');
    });
    await expect(api.GET("/html", {})).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(api.GET("/json", {})).rejects.toBeInstanceOf(InvalidResponseError);
  });

  test("a body above maxResponseBytes → InvalidResponseError", async () => {
    const { api } = await setup(
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/octet-stream" });
        res.end(Buffer.alloc(300_000));
      },
      { maxResponseBytes: 100_000 },
    );
    await expect(api.GET("/big", { parseAs: "arrayBuffer" })).rejects.toThrow(/maxResponseBytes/);
  });

  test("a cross-origin redirect drops Authorization; same-origin keeps it", async () => {
    const other = await startServer((_req, res) => sendJson(res, 200, { landed: true }));
    servers.push(other);
    const { api, server } = await setup((req, res) => {
      if (req.url == "/same") return void res.writeHead(302, { location: "/cross" }).end();
      res.writeHead(307, { location: `${other.url}/landing` }).end();
    });
    const { data } = await api.GET("/same", {});
    expect(data).toEqual({ landed: true });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });

  test("a redirect loop → InvalidResponseError", async () => {
    const { api } = await setup((_req, res) => void res.writeHead(302, { location: "/again" }).end());
    await expect(api.GET("/again", {})).rejects.toThrow(/too many redirects/);
  });
});

describe("the key never leaks", () => {
  const leaks = (err: any) =>
    [
      err.message,
      err.stack,
      JSON.stringify(err),
      inspect(err, { showHidden: true, depth: 10 }),
      String(err),
    ].some((text) => String(text).includes(KEY));

  test("not from an API error whose body echoes it", async () => {
    const { api, unwrap } = await setup((req, res) =>
      sendJson(
        res,
        401,
        { error: { message: `Invalid API key: ${req.headers.authorization}`, code: "auth" } },
        { "x-loop-request-id": "req_77", "x-echo": String(req.headers.authorization) },
      ),
    );
    const err = await unwrap(api.GET("/me", {})).catch((e) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.requestId).toBe("req_77");
    expect(leaks(err)).toBe(false);
  });

  test("not from connection errors or timeouts", async () => {
    // Each call must really fail: a resolved response would "not leak" and prove nothing.
    const reset = await setup((req) => void req.socket.destroy(), { maxRetries: 0 });
    const connectionError = await reset.api.GET("/x", {}).then(
      () => "resolved",
      (e: unknown) => e,
    );
    expect(connectionError).toBeInstanceOf(ConnectionError);
    expect(leaks(connectionError)).toBe(false);
    const hang = await setup(() => {}, { maxRetries: 0, timeoutMs: 50 });
    const timeoutError = await hang.api.GET("/x", {}).then(
      () => "resolved",
      (e: unknown) => e,
    );
    expect(timeoutError).toBeInstanceOf(TimeoutError);
    expect(leaks(timeoutError)).toBe(false);
  });

  test("not from onRetry", async () => {
    const infos: unknown[] = [];
    const { api } = await setup(
      (_req, res, _s, n) => (n == 1 ? sendJson(res, 500, {}) : sendJson(res, 200, {})),
      {
        onRetry: (info) => infos.push(info),
      },
    );
    await api.GET("/x", {});
    expect(infos).toHaveLength(1);
    expect(JSON.stringify(infos) + inspect(infos, { depth: 10 })).not.toContain(KEY);
  });
});
