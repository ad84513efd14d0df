// The API key must never reach a log through an error or a hook, never follow a redirect to
// another origin, never travel over plain http to a remote host, and bad options must fail before
// any byte is sent. Errors are produced by real failures over loopback wherever one exists.
import { inspect } from "node:util";
import { createAnyformatClient } from "@docrun/anyformat";
import * as core from "@docrun/core";
import {
  AuthenticationError,
  ConfigurationError,
  DocrunError,
  InvalidResponseError,
  createApiClient,
  paginateToken,
  poll,
  requestOptions,
  verifyWebhook,
  signWebhookPayload,
  createMemoryReplayStore,
  type RetryInfo,
} from "@docrun/core";
import { startEmulator } from "@docrun/emulator";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSecret } from "./helpers/no-secret.js";
import { sendJson, startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";
import { API_KEY, testClient, testProvider } from "./helpers/test-provider.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

const WEBHOOK_SECRET = "whsec_hardening_do_not_log_0123456789";

/** Every error class @docrun/core exports, found by walking its exports (new classes join automatically). */
const exportedErrorClasses = Object.entries(core).filter(
  (entry): entry is [string, typeof DocrunError] =>
    typeof entry[1] === "function" && (entry[1] === DocrunError || entry[1].prototype instanceof DocrunError),
);

let server: LoopbackServer;
beforeAll(async () => {
  // A server that echoes the caller's Authorization back in its error bodies, as some real APIs do
  // ("invalid key sk_live_…"), so the SDK is tempted to leak it.
  server = await startLoopbackServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    const auth = String(req.headers.authorization);
    const status = Number(url.pathname.split("/")[2]);
    if (url.pathname.startsWith("/status/"))
      return sendJson(res, status, {
        error: { message: `Rejected credentials ${auth}`, code: "echo" },
        detail: `key was ${auth.slice(7)}`,
      });
    if (url.pathname === "/reset") return void req.socket.destroy();
    if (url.pathname === "/stall")
      return void res.writeHead(200, { "content-type": "application/json" }).flushHeaders();
    if (url.pathname === "/html") {
      res.writeHead(200, { "content-type": "text/html" });
      return void res.end(`<html>${auth}</html>`);
    }
    if (url.pathname === "/run")
      return sendJson(res, 200, { id: "run_1", status: url.searchParams.get("status") });
    if (url.pathname === "/loop") return sendJson(res, 200, { data: [{ id: "x" }], nextPageToken: "same" });
    sendJson(res, 404, { error: "no route" });
  });
});
afterAll(() => server.close());

/** Runs `action` and returns what it threw (fails the test when it resolves). */
async function thrown(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

/** Every failure a user can meet, each produced for real. */
async function produceErrors(): Promise<unknown[]> {
  const client = testClient(server.url, { maxRetries: 0, timeoutMs: 300 });
  const get = (path: string, init: { signal?: AbortSignal } = {}) =>
    client.unwrap(client.api.GET(path, init));
  const errors: unknown[] = [];
  for (const status of [400, 401, 402, 403, 404, 409, 418, 422, 429, 500, 503])
    errors.push(await thrown(() => get(`/status/${status}`)));
  errors.push(await thrown(() => get("/reset")));
  errors.push(await thrown(() => get("/stall")));
  errors.push(await thrown(() => get("/stall", { signal: AbortSignal.timeout(50) })));
  errors.push(await thrown(() => get("/html")));
  errors.push(
    await thrown(() =>
      createApiClient(testProvider, { apiKey: API_KEY, baseUrl: server.url, timeoutMs: -1 }),
    ),
  );
  errors.push(
    await thrown(() =>
      createApiClient(testProvider, { apiKey: API_KEY, baseUrl: "http://api.example.invalid" }),
    ),
  );
  const runAt = (status: string) => () => get(`/run?status=${status}`) as Promise<{ status: string }>;
  errors.push(
    await thrown(() =>
      poll(runAt("running"), {
        isDone: (r) => r.status === "done",
        timeoutMs: 60,
        interval: { initialMs: 10 },
      }),
    ),
  );
  errors.push(
    await thrown(() =>
      poll(runAt("failed"), { isDone: () => false, isFailed: (r) => r.status === "failed" }),
    ),
  );
  errors.push(
    await thrown(() =>
      paginateToken({
        fetchPage: async (token, o) => {
          const call = client.api.GET("/loop", { params: { query: { token } }, ...requestOptions(o) });
          const data = (await client.unwrap(call)) as { data: { id: string }[]; nextPageToken: string };
          return { items: data.data, nextToken: data.nextPageToken, response: (await call).response };
        },
      }).toArray(),
    ),
  );
  const body = '{"eventId":"evt_1"}';
  const now = Math.floor(Date.now() / 1000);
  const signed = async (at: number) => ({
    timestamp: String(at),
    signature: await signWebhookPayload(WEBHOOK_SECRET, `v0:${at}:${body}`),
  });
  const fresh = await signed(now);
  const verify = (overrides: Partial<Parameters<typeof verifyWebhook>[0]>) => () =>
    verifyWebhook({
      body,
      secret: WEBHOOK_SECRET,
      ...fresh,
      signedContent: (t, b) => `v0:${t}:${b}`,
      ...overrides,
    });
  errors.push(
    await thrown(verify({ signature: fresh.signature.replace(/^./, (c) => (c === "0" ? "1" : "0")) })),
  );
  errors.push(await thrown(verify(await signed(now - 3600))));
  const replayStore = createMemoryReplayStore();
  await verify({ eventId: "evt_1", replayStore })();
  errors.push(await thrown(verify({ eventId: "evt_1", replayStore })));
  return errors;
}

describe("the API key never appears in an error", () => {
  let errors: unknown[] = [];
  beforeAll(async () => {
    errors = await produceErrors();
  }, 30_000);

  it("every error class core exports is produced by a real failure above", () => {
    const uncovered = exportedErrorClasses
      .filter(([, Class]) => !errors.some((error) => error instanceof Class))
      .map(([name]) => name);
    expect(uncovered).toEqual([]);
    expect(exportedErrorClasses.length).toBeGreaterThanOrEqual(20);
  });

  it("every produced error is a DocrunError", () => {
    expect(errors.filter((error) => !(error instanceof DocrunError)).map(String)).toEqual([]);
  });

  it.each(exportedErrorClasses.map(([name, Class]) => ({ name, Class })))(
    "$name: not in message, stack, JSON.stringify or util.inspect (cause chain included)",
    ({ Class }) => {
      const instances = errors.filter((error) => error instanceof Class);
      expect(instances.length).toBeGreaterThan(0);
      for (const error of instances) {
        expect(findSecret(error, API_KEY)).toBeUndefined();
        expect(findSecret(error, WEBHOOK_SECRET)).toBeUndefined();
      }
    },
  );

  it("the server's echo really contained the key (so the checks above can fail)", async () => {
    const response = await fetch(`${server.url}/status/401`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(await response.text()).toContain(API_KEY);
  });
});

describe("hooks never see the key", () => {
  it("onRetry is told about every retry, and nothing it is given contains the key", async () => {
    let calls = 0;
    const flaky = await startLoopbackServer((req, res) => {
      calls += 1;
      if (calls === 1) return sendJson(res, 500, { error: `bad ${req.headers.authorization}` });
      if (calls === 2) return void req.socket.destroy();
      if (calls === 3) return sendJson(res, 429, { error: "slow down" }, { "retry-after": "0" });
      sendJson(res, 200, { ok: true });
    });
    try {
      const seen: RetryInfo[] = [];
      const client = testClient(flaky.url, { maxRetries: 3, onRetry: (info) => void seen.push(info) });
      await expect(client.unwrap(client.api.GET("/x", {}))).resolves.toEqual({ ok: true });
      expect(seen.map((info) => info.status ?? info.error?.name)).toEqual([500, "ConnectionError", 429]);
      for (const info of seen) expect(findSecret(info, API_KEY)).toBeUndefined();
    } finally {
      await flaky.close();
    }
  }, 10_000);
});

describe("Authorization and redirects", () => {
  let target: LoopbackServer;
  let origin: LoopbackServer;
  beforeAll(async () => {
    target = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
    origin = await startLoopbackServer((req, res) => {
      if (req.url === "/same") return void res.writeHead(302, { location: "/landing" }).end();
      if (req.url === "/landing") return sendJson(res, 200, { ok: true });
      if (req.url === "/insecure")
        return void res.writeHead(302, { location: "http://api.example.invalid/x" }).end();
      res.writeHead(req.method === "POST" ? 307 : 302, { location: `${target.url}/elsewhere` }).end();
    });
  });
  afterAll(async () => {
    await target.close();
    await origin.close();
  });

  it("is not sent to another origin (another loopback port) on a GET redirect", async () => {
    const before = target.requests.length;
    const client = testClient(origin.url);
    await expect(client.unwrap(client.api.GET("/cross", {}))).resolves.toEqual({ ok: true });
    expect(origin.requests.at(-1)!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(target.requests.length).toBe(before + 1);
    expect(target.requests.at(-1)!.headers.authorization).toBeUndefined();
  }, 10_000);

  it("is not sent to another origin on a 307 POST redirect either: the hop is refused", async () => {
    const client = testClient(origin.url);
    const before = target.requests.length;
    await expect(client.unwrap(client.api.POST("/cross", { body: { a: 1 } }))).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
    expect(target.requests.length).toBe(before);
  }, 10_000);

  it("is kept on a same-origin redirect (the check above is not vacuous)", async () => {
    const client = testClient(origin.url);
    await client.unwrap(client.api.GET("/same", {}));
    expect(origin.requests.at(-1)!.url).toBe("/landing");
    expect(origin.requests.at(-1)!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  }, 10_000);

  it("a redirect to plain http on a remote host is refused with ConfigurationError", async () => {
    const client = testClient(origin.url);
    await expect(client.unwrap(client.api.GET("/insecure", {}))).rejects.toBeInstanceOf(ConfigurationError);
  }, 10_000);
});

describe("plain http to a remote host", () => {
  /** A fetch that records calls and answers 200, so "no request made" is observable. */
  const recordingFetch = () => {
    const urls: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return new Response('{"ok":true}', { headers: { "content-type": "application/json" } });
    }) as typeof globalThis.fetch;
    return { urls, fetch };
  };

  it("is refused at client creation, before any request", () => {
    const { urls, fetch } = recordingFetch();
    expect(() =>
      createApiClient(testProvider, { apiKey: API_KEY, baseUrl: "http://api.example.invalid", fetch }),
    ).toThrow(ConfigurationError);
    expect(urls).toEqual([]);
  });

  it("is refused through the base-URL environment variable too", () => {
    const { urls, fetch } = recordingFetch();
    process.env[testProvider.baseUrlEnv] = "http://api.example.invalid";
    try {
      expect(() => createApiClient(testProvider, { apiKey: API_KEY, fetch })).toThrow(ConfigurationError);
    } finally {
      delete process.env[testProvider.baseUrlEnv];
    }
    expect(urls).toEqual([]);
  });

  it("is allowed when the user opts in with allowInsecureHttp", async () => {
    const { urls, fetch } = recordingFetch();
    const client = createApiClient<Record<string, any>>(testProvider, {
      apiKey: API_KEY,
      baseUrl: "http://api.example.invalid",
      allowInsecureHttp: true,
      fetch,
    });
    await expect(client.unwrap(client.api.GET("/x", {}))).resolves.toEqual({ ok: true });
    expect(urls).toEqual(["http://api.example.invalid/x"]);
  });

  it("loopback http needs no opt-in", async () => {
    const { urls, fetch } = recordingFetch();
    for (const host of ["127.0.0.1:9", "localhost:9", "[::1]:9"]) {
      const client = createApiClient<Record<string, any>>(testProvider, {
        apiKey: API_KEY,
        baseUrl: `http://${host}`,
        fetch,
      });
      await client.unwrap(client.api.GET("/x", {}));
    }
    expect(urls).toHaveLength(3);
  });
});

describe("bad options fail fast, before any request", () => {
  let quiet: LoopbackServer;
  beforeAll(async () => {
    quiet = await startLoopbackServer((_req, res) => sendJson(res, 200, { ok: true }));
  });
  afterAll(() => quiet.close());

  const cases: [string, Parameters<typeof createApiClient>[1]][] = [
    ["a negative timeout", { timeoutMs: -1 }],
    ["a zero timeout", { timeoutMs: 0 }],
    ["a NaN timeout", { timeoutMs: Number.NaN }],
    ["negative retries", { maxRetries: -1 }],
    ["fractional retries", { maxRetries: 1.5 }],
    ["a negative deadline", { deadlineMs: -10 }],
    ["a negative body cap", { maxResponseBytes: -1 }],
  ];
  it.each(cases)("%s is a ConfigurationError naming the option", (_label, options) => {
    const error = (() => {
      try {
        createApiClient(testProvider, { apiKey: API_KEY, baseUrl: quiet.url, ...options });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(Object.keys(options!)[0]!);
    expect(quiet.requests).toHaveLength(0);
  });

  it("a missing key is a ConfigurationError naming the env variable", () => {
    delete process.env[testProvider.apiKeyEnv];
    expect(() => createApiClient(testProvider, { baseUrl: quiet.url })).toThrow(testProvider.apiKeyEnv);
    expect(() => createApiClient(testProvider, { baseUrl: quiet.url, apiKey: "" })).toThrow(
      ConfigurationError,
    );
    expect(quiet.requests).toHaveLength(0);
  });

  it("a base URL that is not an absolute http(s) URL is a ConfigurationError", () => {
    for (const baseUrl of ["api.example.com", "ftp://api.example.com", "/relative"])
      expect(() => createApiClient(testProvider, { apiKey: API_KEY, baseUrl })).toThrow(ConfigurationError);
  });

  // Client options are validated; per-call `timeoutMs` / `deadlineMs` (requestOptions) are not, so
  // a negative one becomes a 0 ms attempt timeout and retries. Fix belongs in core
  // (packages/core/src/client/transport.ts): validate the per-call extras like the client's.
  it("a negative per-call timeout is a ConfigurationError and sends nothing", async () => {
    const client = testClient(quiet.url);
    const error = await client
      .unwrap(client.api.GET("/x", { ...requestOptions({ timeoutMs: -5 }) }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(quiet.requests).toHaveLength(0);
  });
});

describe("provider packages keep the key out of logs", () => {
  const WRONG_KEY = "sk_live_wrong_key_provider_0123456789";
  const makers = {
    anyformat: (baseUrl: string) => createAnyformatClient({ apiKey: WRONG_KEY, baseUrl, maxRetries: 0 }),
    extend: (baseUrl: string) => createExtendClient({ apiKey: WRONG_KEY, baseUrl, maxRetries: 0 }),
    retab: (baseUrl: string) => createRetabClient({ apiKey: WRONG_KEY, baseUrl, maxRetries: 0 }),
  };
  const listings = {
    anyformat: (client: ReturnType<typeof makers.anyformat>) => client.workflows.list().toArray(),
    extend: (client: ReturnType<typeof makers.extend>) => client.workflowRuns.list().toArray(),
    retab: (client: ReturnType<typeof makers.retab>) => client.workflowRuns.list().toArray(),
  };

  it.each(["anyformat", "extend", "retab"] as const)(
    "%s: a rejected key gives an AuthenticationError that does not contain it",
    async (provider) => {
      const emulator = await startEmulator({ provider, apiKeys: ["sk_the_right_key_0123456789"] });
      try {
        const client = makers[provider](emulator.url);
        const error = await (listings[provider] as (c: typeof client) => Promise<unknown>)(client).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(AuthenticationError);
        expect(findSecret(error, WRONG_KEY)).toBeUndefined();
      } finally {
        await emulator.close();
      }
    },
    10_000,
  );

  it.each(["anyformat", "extend", "retab"] as const)(
    "%s: a client object logged by mistake does not show the key",
    (provider) => {
      const client = makers[provider]("http://127.0.0.1:9");
      expect(inspect(client, { depth: Infinity, showHidden: true })).not.toContain(WRONG_KEY);
      expect(JSON.stringify(client) ?? "").not.toContain(WRONG_KEY);
    },
  );

  it("an openapi-fetch middleware that logs every request and response never sees the key", async () => {
    const emulator = await startEmulator({ provider: "extend" });
    try {
      const client = makers.extend(emulator.url);
      const logged: string[] = [];
      client.api.use({
        onRequest({ request }) {
          logged.push(inspect(request, { depth: Infinity }), JSON.stringify([...request.headers]));
        },
        onResponse({ response }) {
          logged.push(inspect(response, { depth: Infinity }), JSON.stringify([...response.headers]));
        },
      });
      await client.workflowRuns.list().toArray({ limit: 1 });
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.filter((line) => line.includes(WRONG_KEY))).toEqual([]);
    } finally {
      await emulator.close();
    }
  }, 10_000);
});
