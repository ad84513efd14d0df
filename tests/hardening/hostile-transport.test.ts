// What a hostile server can make the transport do: crash the process, spin retries, carry the
// caller's headers to another origin, point requests at targets of its choosing, or overflow the
// stack with an error body. Every server is hand-written on loopback; every client is core's or a
// provider package's, configured as users configure them.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createAnyformatClient } from "@docrun/anyformat";
import {
  ApiError,
  BadRequestError,
  InternalServerError,
  InvalidResponseError,
  UnprocessableEntityError,
  type ClientOptions,
} from "@docrun/core";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { afterEach, describe, expect, it } from "vitest";
import { sendJson, startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";
import { API_KEY, testClient } from "./helpers/test-provider.js";
import { failOnUnhandledRejections } from "./helpers/unhandled-rejections.js";

failOnUnhandledRejections();

const servers: LoopbackServer[] = [];
const serve = async (handler: Parameters<typeof startLoopbackServer>[0]) => {
  const server = await startLoopbackServer(handler);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Runs `action` and returns what it threw (fails the test when it resolves). */
async function thrown(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

type AnyApi = { GET(path: string, init: object): Promise<{ response: Response }> };

/** A raw GET through each client's openapi-fetch `api` (core's transport beneath it). */
const providerGets = {
  anyformat: (baseUrl: string, options: ClientOptions = {}) =>
    (createAnyformatClient({ apiKey: API_KEY, baseUrl, ...options }).api as unknown as AnyApi).GET(
      "/v2/workflows/",
      {},
    ),
  extend: (baseUrl: string, options: ClientOptions = {}) =>
    (createExtendClient({ apiKey: API_KEY, baseUrl, ...options }).api as unknown as AnyApi).GET(
      "/workflow_runs",
      {},
    ),
  retab: (baseUrl: string, options: ClientOptions = {}) =>
    (createRetabClient({ apiKey: API_KEY, baseUrl, ...options }).api as unknown as AnyApi).GET(
      "/v1/workflows/runs",
      {},
    ),
};
const providers = Object.keys(providerGets) as (keyof typeof providerGets)[];

describe("1. whatever fetch or the body stream does, the process lives", () => {
  const fixture = fileURLToPath(new URL("./fixtures/call-every-client.mjs", import.meta.url));
  const layers = Array.from({ length: 1000 }, () => "gzip").join(", ");

  it.each(["resets the connection", "holds the connection open"])(
    "a 200 with 1000 gzip Content-Encoding layers that then %s: a typed error from every client",
    async (mode) => {
      const server = await serve((req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": layers });
        res.write("\x1f\x8b not really gzip");
        if (mode === "resets the connection") setTimeout(() => req.socket.destroy(), 100);
      });
      const { code, stdout, stderr } = await new Promise<{
        code: number | null;
        stdout: string;
        stderr: string;
      }>((resolve) =>
        execFile(
          process.execPath,
          ["--unhandled-rejections=strict", fixture, server.url],
          { timeout: 60_000 },
          (error, stdout, stderr) =>
            resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        ),
      );
      expect(stderr).not.toMatch(/Unhandled 'error' event/);
      expect(code).toBe(0);
      const [outcomes, last] = stdout.trim().split("\n");
      expect(JSON.parse(outcomes!)).toEqual({
        core: "ConnectionError",
        anyformat: "ConnectionError",
        extend: "ConnectionError",
        retab: "ConnectionError",
      });
      expect(last).toBe("alive");
      expect(server.requests.length).toBeGreaterThanOrEqual(4);
    },
    90_000,
  );
});

describe("2. a retry waits at least the first backoff step, whatever the server hints", () => {
  /** Answers `failures` times with `status` and the hint, then 200; records arrival times. */
  const hinting = async (status: number, hint: Record<string, string>, failures: number) => {
    const arrivals: number[] = [];
    const server = await serve((_req, res) => {
      arrivals.push(performance.now());
      if (arrivals.length <= failures) return sendJson(res, status, { error: "later" }, hint);
      sendJson(res, 200, { data: [], ok: true });
    });
    const gaps = () => arrivals.slice(1).map((at, i) => at - arrivals[i]!);
    return { server, arrivals, gaps };
  };
  const backoff = { initialMs: 150, maxMs: 150 };

  it.each([
    [429, { "retry-after": "0" }],
    [503, { "retry-after": "0" }],
    [429, { "retry-after-ms": "0" }],
    [503, { "retry-after-ms": "0" }],
    [429, { "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }],
  ] as const)("core: %i with %o is retried no faster than backoff.initialMs", async (status, hint) => {
    const { server, arrivals, gaps } = await hinting(status, hint, 3);
    const client = testClient(server.url, { maxRetries: 3, backoff });
    await expect(client.unwrap(client.api.GET("/runs", {}))).resolves.toMatchObject({ ok: true });
    expect(arrivals).toHaveLength(4);
    for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(140);
  });

  it.each(providers)("%s: a 429 with Retry-After: 0 is retried no faster than the floor", async (name) => {
    const { server, arrivals, gaps } = await hinting(429, { "retry-after": "0" }, 2);
    const { response } = await providerGets[name](server.url, { maxRetries: 2, backoff });
    expect(response.status).toBe(200);
    expect(arrivals).toHaveLength(3);
    for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(140);
  });
});

describe("10. a redirect to another origin carries only what a browser would send", () => {
  /** `origin` redirects everything to `target` (another loopback port, so another origin). */
  const pair = async (status: number) => {
    const target = await serve((_req, res) => sendJson(res, 200, { data: [], ok: true }));
    const origin = await serve((req, res) => {
      if (req.url!.startsWith("/landing")) return sendJson(res, 200, { data: [], ok: true });
      const location = req.url!.includes("same-origin") ? "/landing" : `${target.url}/landing`;
      res.writeHead(status, { location }).end();
    });
    return { origin, target };
  };
  const identifying = [
    "authorization",
    "x-custom-trace",
    "x-extend-workspace-id",
    "x-extend-api-version",
    "idempotency-key",
    "cookie",
  ];

  it.each(providers)(
    "%s: a GET 302 to another origin drops the key, custom headers and workspace ids",
    async (name) => {
      const { origin, target } = await pair(302);
      const options: ClientOptions & { workspaceId?: string } = {
        headers: { "x-custom-trace": "trace-1", cookie: "session=1", accept: "application/json" },
        ...(name === "extend" && { workspaceId: "ws_secret_workspace" }),
      };
      const { response } = await providerGets[name](origin.url, options);
      expect(response.status).toBe(200);
      const sent = origin.requests[0]!.headers;
      expect(sent["x-custom-trace"]).toBe("trace-1"); // the caller's own origin got them
      const arrived = target.requests[0]!.headers;
      for (const header of identifying) expect(arrived[header], header).toBeUndefined();
      expect(arrived.accept).toBe("application/json"); // a safelisted header survives
    },
  );

  it("core: the same headers do reach a same-origin redirect, and never another origin", async () => {
    const { origin, target } = await pair(302);
    const client = testClient(origin.url, { headers: { "x-custom-trace": "trace-1" } });
    await client.unwrap(client.api.GET("/same-origin", {}));
    await client.unwrap(client.api.GET("/elsewhere", {}));
    expect(origin.requests.map((r) => r.url)).toEqual(["/same-origin", "/landing", "/elsewhere"]);
    expect(origin.requests[1]!.headers["x-custom-trace"]).toBe("trace-1");
    expect(origin.requests[1]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(target.requests[0]!.headers["x-custom-trace"]).toBeUndefined();
    expect(target.requests[0]!.headers.authorization).toBeUndefined();
  });

  it.each([307, 308])(
    "a %i of a POST body to another origin is refused, and the other origin gets nothing",
    async (status) => {
      const { origin, target } = await pair(status);
      const retab = createRetabClient({ apiKey: API_KEY, baseUrl: origin.url, maxRetries: 1 });
      const error = await thrown(() =>
        retab.workflowRuns.create({ workflow_id: "wf_1" }, { idempotencyKey: "idem_1" }),
      );
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(/another origin/);
      expect(target.requests).toHaveLength(0);
      const client = testClient(origin.url);
      await expect(client.unwrap(client.api.POST("/runs", { body: { a: 1 } }))).rejects.toBeInstanceOf(
        InvalidResponseError,
      );
      expect(target.requests).toHaveLength(0);
    },
  );

  it("a 303 after a POST goes to the other origin as a bodiless GET without the caller's headers", async () => {
    const { origin, target } = await pair(303);
    const client = testClient(origin.url, { headers: { "x-custom-trace": "trace-1" } });
    await client.unwrap(client.api.POST("/runs", { body: { a: 1 } }));
    expect(target.requests.map((r) => r.method)).toEqual(["GET"]);
    for (const header of identifying) expect(target.requests[0]!.headers[header], header).toBeUndefined();
  });
});

describe("11. targets the server chooses", () => {
  it.each([
    'data:application/json,{"id":"run_fake","status":"completed"}',
    "file:///etc/hostname",
    "ftp://127.0.0.1/x",
  ])("a redirect to %s is refused with InvalidResponseError", async (location) => {
    const server = await serve((_req, res) => void res.writeHead(302, { location }).end());
    const client = testClient(server.url);
    const error = await thrown(() => client.unwrap(client.api.GET("/runs/1", {})));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/redirect/);
    for (const name of providers) {
      const refused = await thrown(() => providerGets[name](server.url));
      expect(refused, name).toBeInstanceOf(InvalidResponseError);
    }
  });

  describe("Retab's upload target", () => {
    /** A Retab API that hands out `target.current` as the upload instructions, and a storage server. */
    const retabWith = async (target: { current: (storage: string) => Record<string, unknown> }) => {
      const storage = await serve((_req, res) => void res.writeHead(200).end());
      const api = await serve((req, res) => {
        if (req.url === "/v1/files/upload")
          return sendJson(res, 200, {
            fileId: "file_1",
            expiresAt: "2099-01-01T00:00:00Z",
            ...target.current(storage.url),
          });
        sendJson(res, 200, {
          filename: "a.pdf",
          url: `${storage.url}/files/a.pdf`,
          mime_type: "application/pdf",
        });
      });
      const retab = createRetabClient({ apiKey: API_KEY, baseUrl: api.url, maxRetries: 0 });
      const upload = () => retab.files.upload({ file: new Uint8Array([37, 80, 68, 70]), filename: "a.pdf" });
      return { api, storage, upload };
    };
    const put = (storage: string) => ({ uploadUrl: `${storage}/upload/file_1`, uploadMethod: "PUT" });
    const documented = (storage: string) => ({
      ...put(storage),
      uploadHeaders: { "Content-Type": "application/pdf" },
    });

    const hostile: [string, (storage: string) => Record<string, unknown>][] = [
      ["method DELETE", (s) => ({ ...put(s), uploadMethod: "DELETE" })],
      ["method CONNECT", (s) => ({ ...put(s), uploadMethod: "CONNECT" })],
      ["method 'PU T'", (s) => ({ ...put(s), uploadMethod: "PU T" })],
      ["method GET", (s) => ({ ...put(s), uploadMethod: "GET" })],
      ["a relative URL", () => ({ uploadUrl: "/upload/file_1", uploadMethod: "PUT" })],
      ["a data: URL", () => ({ uploadUrl: "data:text/plain,ok", uploadMethod: "PUT" })],
      ["a file: URL", () => ({ uploadUrl: "file:///tmp/upload", uploadMethod: "PUT" })],
      [
        "plain http to a remote host",
        () => ({ uploadUrl: "http://storage.example.invalid/u", uploadMethod: "PUT" }),
      ],
      ["credentials in the URL", (s) => ({ ...put(s), uploadUrl: s.replace("//", "//user:pw@") + "/u" })],
      ["a URL that is not a string", () => ({ uploadUrl: { href: "https://x" }, uploadMethod: "PUT" })],
      ["an Authorization header", (s) => ({ ...put(s), uploadHeaders: { Authorization: "Bearer stolen" } })],
      ["a Cookie header", (s) => ({ ...put(s), uploadHeaders: { Cookie: "session=1" } })],
      ["a Host header", (s) => ({ ...put(s), uploadHeaders: { Host: "evil.example" } })],
      ["an unknown header", (s) => ({ ...put(s), uploadHeaders: { "X-Forwarded-For": "1.2.3.4" } })],
      [
        "a header value with CRLF",
        (s) => ({ ...put(s), uploadHeaders: { "Content-Type": "a\r\nX-Injected: 1" } }),
      ],
      ["a header value that is not text", (s) => ({ ...put(s), uploadHeaders: { "Content-Type": 5 } })],
      ["headers that are not an object", (s) => ({ ...put(s), uploadHeaders: ["Content-Type", "x"] })],
    ];
    it.each(hostile)(
      "%s is an InvalidResponseError before anything is sent (a documented target then works)",
      async (_label, hostileTarget) => {
        const target = { current: hostileTarget };
        const { storage, api, upload } = await retabWith(target);
        const error = await thrown(upload);
        expect(error).toBeInstanceOf(InvalidResponseError);
        // The response-shape check or the target check, whichever sees it first, names the bad field.
        expect((error as Error).message).toMatch(
          /Retab upload target|Retab files\.createUpload: response field `upload/,
        );
        expect(storage.requests).toHaveLength(0);
        expect(api.requests.map((r) => r.url)).toEqual(["/v1/files/upload"]);
        // The same client with what Retab documents: PUT to loopback with Content-Type.
        target.current = documented;
        await expect(upload()).resolves.toMatchObject({ filename: "a.pdf" });
        expect(storage.requests.map((r) => `${r.method} ${r.url} ${r.headers["content-type"]}`)).toEqual([
          "PUT /upload/file_1 application/pdf",
        ]);
      },
    );
  });
});

describe("15. an error body of any depth or size gives its typed ApiError", () => {
  const depth = 10_000;
  const nestedArray = "[".repeat(depth) + "]".repeat(depth);
  const nestedObject = '{"error":'.repeat(depth) + "null" + "}".repeat(depth);
  const bodies: [string, string][] = [
    ["a nested array", nestedArray],
    ["nested objects", nestedObject],
    ["a FastAPI detail whose loc and msg nest", `{"detail":[{"loc":${nestedArray},"msg":${nestedArray}}]}`],
    ["a detail that nests", `{"detail":${nestedArray},"error_code":"x","error":${nestedObject}}`],
  ];
  const statuses: [number, typeof ApiError][] = [
    [400, BadRequestError],
    [422, UnprocessableEntityError],
    [500, InternalServerError],
  ];

  it.each(bodies)("%s, 10,000 levels deep", async (_label, body) => {
    let status = 400;
    const server = await serve((_req, res) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    });
    for (const [code, Class] of statuses) {
      status = code;
      const client = testClient(server.url, { maxRetries: 0 });
      const error = await thrown(() => client.unwrap(client.api.GET("/runs", {})));
      expect(error, `core ${code}`).toBeInstanceOf(Class);
      expect((error as ApiError).status).toBe(code);
    }
    status = 422;
    const options = { apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 };
    const helpers = {
      anyformat: () => createAnyformatClient(options).workflows.get("wf_1"),
      extend: () => createExtendClient(options).workflowRuns.get("workflow_run_1"),
      retab: () => createRetabClient(options).workflowRuns.get("run_1"),
    };
    for (const [name, call] of Object.entries(helpers))
      expect(await thrown(call), name).toBeInstanceOf(UnprocessableEntityError);
  });
});
