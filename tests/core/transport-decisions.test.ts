// The transport's retry and redirect decisions over real loopback HTTP, one rule per test, each
// checked from the server's side (how many requests arrived, with what) as well as the caller's.
import { afterEach, describe, expect, test } from "vitest";
import {
  ConfigurationError,
  ConnectionError,
  InternalServerError,
  TimeoutError,
  createApiClient,
  parseErrorEnvelope,
  requestOptions,
  type ClientOptions,
} from "@docrun/core";
import { sendJson, startServer, type Handler } from "./server.js";

const provider = {
  name: "Loop",
  apiKeyEnv: "LOOP_API_KEY",
  baseUrlEnv: "LOOP_BASE_URL",
  defaultBaseUrl: "https://unused.test",
  parseError: parseErrorEnvelope,
};
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handler: Handler, options: ClientOptions = {}, idempotencyHeader?: string) {
  const server = await startServer(handler);
  servers.push(server);
  const client = createApiClient<any>(
    { ...provider, idempotencyHeader },
    {
      apiKey: "sk_test_decisions_0123",
      baseUrl: server.url,
      backoff: { initialMs: 1, maxMs: 2 },
      ...options,
    },
  );
  return { server, ...client };
}

/** A server whose first answer is `status` (with `headers`), then 201 for anything after it. */
const firstThen201 =
  (status: number, headers: Record<string, string> = {}): Handler =>
  (_req, res, _seen, n) =>
    n == 1 ? sendJson(res, status, { error: "first" }, headers) : sendJson(res, 201, { id: "duplicate" });

describe("a create (POST) is re-sent only when the server says it was not processed", () => {
  // 503 + Retry-After is the one 5xx that means "not processed"; every other 5xx may have created
  // the run, so re-sending without an idempotency key could create it twice.
  test.each([500, 502, 504])(
    "%i with Retry-After: not re-sent, the caller gets the error",
    async (status) => {
      const { api, unwrap, server } = await setup(firstThen201(status, { "retry-after": "0" }));
      const error = await unwrap(api.POST("/runs", { body: { a: 1 } })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as InternalServerError).status).toBe(status);
      expect((error as InternalServerError).attempts).toBe(1);
      expect(server.requests).toHaveLength(1);
    },
  );

  test("503 with Retry-After: re-sent once, and the second answer is what the caller gets", async () => {
    const { api, unwrap, server } = await setup(firstThen201(503, { "retry-after": "0" }));
    expect(await unwrap(api.POST("/runs", { body: { a: 1 } }))).toStrictEqual({ id: "duplicate" });
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST"]);
  });

  test("503 without Retry-After: not re-sent", async () => {
    const { api, unwrap, server } = await setup(firstThen201(503));
    const error = await unwrap(api.POST("/runs", { body: { a: 1 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  test("a connection reset after the request went out: not re-sent, ConnectionError after 1 attempt", async () => {
    const { api, server } = await setup((req, res, _seen, n) =>
      n == 1 ? void req.socket.destroy() : sendJson(res, 201, { id: "duplicate" }),
    );
    const error = await api.POST("/runs", { body: { a: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });
});

describe("an update (PATCH) follows the same rule as a create", () => {
  test.each([
    ["500", firstThen201(500), 500],
    ["502 with Retry-After", firstThen201(502, { "retry-after": "0" }), 502],
    [
      "a reset",
      ((req, res, _s, n) => (n == 1 ? void req.socket.destroy() : sendJson(res, 200, {}))) as Handler,
      "ConnectionError",
    ],
  ] as const)("without an idempotency key, %s is not re-sent", async (_name, handler, expected) => {
    const { api, server } = await setup(handler);
    const outcome = await api.PATCH("/runs/run_1", { body: { name: "x" } }).then(
      ({ response }) => response.status,
      (e: unknown) => (e as Error).name,
    );
    expect(outcome).toBe(expected);
    expect(server.requests.map((r) => r.method)).toEqual(["PATCH"]);
  });

  test("with the provider's idempotency header, a 500 is retried carrying one generated key", async () => {
    const { api, unwrap, server } = await setup(firstThen201(500), {}, "Idempotency-Key");
    await unwrap(api.PATCH("/runs/run_1", { body: { name: "x" } }));
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(server.requests.map((r) => r.body.toString())).toEqual(['{"name":"x"}', '{"name":"x"}']);
  });

  test("429 and 408 mean not processed: retried even without a key", async () => {
    for (const status of [429, 408]) {
      const { api, server } = await setup(firstThen201(status, { "retry-after": "0" }));
      const { response } = await api.PATCH("/runs/run_1", { body: {} });
      expect(response.status).toBe(201);
      expect(server.requests).toHaveLength(2);
    }
  });
});

describe("only redirects are followed", () => {
  // A 201 names the created resource in Location; following it would turn the create's answer
  // into a GET of something else (and lose the body the caller asked for).
  test.each([201, 202, 300])("a %i with Location is the answer, not a redirect", async (status) => {
    const { api, server } = await setup((req, res) =>
      req.url == "/runs"
        ? sendJson(res, status, { id: "run_1" }, { location: "/runs/run_1" })
        : sendJson(res, 200, { id: "other" }),
    );
    const { data, error, response } = await api.POST("/runs", { body: {} });
    expect(response.status).toBe(status);
    expect(data ?? error).toStrictEqual({ id: "run_1" });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /runs"]);
  });

  test.each([301, 302, 303, 307, 308])("a %i is followed", async (status) => {
    const { api, server } = await setup((req, res) =>
      req.url == "/old"
        ? void res.writeHead(status, { location: "/new" }).end()
        : sendJson(res, 200, { at: req.url }),
    );
    const { data } = await api.GET("/old", {});
    expect(data).toStrictEqual({ at: "/new" });
    expect(server.requests.map((r) => r.url)).toEqual(["/old", "/new"]);
  });

  test("a 302 of a POST continues as a GET without the body; a 308 keeps both", async () => {
    const { api, server } = await setup((req, res) => {
      if (req.url == "/a") return void res.writeHead(302, { location: "/b" }).end();
      if (req.url == "/c") return void res.writeHead(308, { location: "/d" }).end();
      sendJson(res, 200, {});
    });
    await api.POST("/a", { body: { x: 1 } });
    await api.POST("/c", { body: { x: 1 } });
    expect(
      server.requests.map((r) => [r.method, r.url, r.body.toString(), r.headers["content-type"]]),
    ).toEqual([
      ["POST", "/a", '{"x":1}', "application/json"],
      ["GET", "/b", "", undefined],
      ["POST", "/c", '{"x":1}', "application/json"],
      ["POST", "/d", '{"x":1}', "application/json"],
    ]);
  });

  test("a redirect to plain http off loopback is refused before it is sent", async () => {
    for (const location of ["http://127.0.0.1.evil.test/x", "http://localhost.evil.test/x"]) {
      const { api, server } = await setup((_req, res) => void res.writeHead(302, { location }).end());
      await expect(api.GET("/start", {})).rejects.toBeInstanceOf(ConfigurationError);
      expect(server.requests).toHaveLength(1);
    }
  });
});

describe("deadlineMs bounds a call whose attempt hangs", () => {
  // The server never answers; the per-attempt timeout (60 s by default) would wait far longer than
  // the test's own timeout, so only the deadline can end these calls.
  const hang: Handler = () => {};

  test("the client's deadlineMs ends a hanging attempt with TimeoutError, without a retry", async () => {
    const { api, server } = await setup(hang, { deadlineMs: 200, maxRetries: 5 });
    const error = await api.GET("/hang", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    // The attempt was given what was left of the 200 ms, not the 60 s default timeout.
    const [, allowed] = /^GET http:\/\/127\.0\.0\.1:\d+\/hang timed out after (\d+) ms$/.exec(
      (error as TimeoutError).message,
    )!;
    expect(Number(allowed)).toBeLessThanOrEqual(200);
    expect(Number(allowed)).toBeGreaterThan(100);
    expect((error as TimeoutError).attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  }, 10_000);

  test("a per-call deadlineMs does the same", async () => {
    const { api } = await setup(hang, { maxRetries: 5 });
    const error = await api.GET("/hang", { ...requestOptions({ deadlineMs: 150 }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(1);
  }, 10_000);

  test("a deadline shorter than the backoff returns the failed answer instead of waiting past it", async () => {
    const { api, server } = await setup((_req, res) => sendJson(res, 500, {}), {
      deadlineMs: 2_000,
      maxRetries: 5,
      backoff: { initialMs: 5_000, maxMs: 5_000 },
    });
    const { response } = await api.GET("/flaky", {});
    expect(response.status).toBe(500);
    expect(server.requests).toHaveLength(1);
  }, 10_000);
});

describe("plain http only to loopback", () => {
  const base = { ...provider, idempotencyHeader: undefined };
  const client = (baseUrl: string, allowInsecureHttp?: boolean) =>
    createApiClient<any>(base, { apiKey: "sk_test_decisions_0123", baseUrl, allowInsecureHttp });

  test.each([
    "http://127.0.0.1.evil.test",
    "http://localhost.evil.test",
    "http://evil.test/127.0.0.1",
    "http://127.0.0.1x.test",
    "http://notlocalhost",
    "http://10.0.0.1",
    "HTTP://api.example.test",
  ])("%s is refused with ConfigurationError", (baseUrl) => {
    expect(() => client(baseUrl)).toThrow(ConfigurationError);
    expect(() => client(baseUrl)).toThrow(/allowInsecureHttp/);
    expect(() => client(baseUrl, true)).not.toThrow();
  });

  test.each([
    "http://localhost:4010",
    "http://127.0.0.1:4010",
    "http://127.1.2.3",
    "http://[::1]:4010",
    "http://api.localhost",
  ])("%s is loopback and allowed", (baseUrl) => {
    expect(() => client(baseUrl)).not.toThrow();
  });
});
