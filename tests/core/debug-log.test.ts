// The debug log, per-call maxRetries/headers and withResponse (issue 18, item 6), over loopback HTTP.
import { afterEach, describe, expect, test, vi } from "vitest";
import { createApiClient, parseErrorEnvelope, requestOptions, withResponse, type Logger } from "@docrun/core";
import { sendJson, startServer } from "./server.js";

const KEY = "sk_debug_log_secret_0123456789";
const provider = {
  name: "Loop",
  apiKeyEnv: "LOOP_API_KEY",
  baseUrlEnv: "LOOP_BASE_URL",
  defaultBaseUrl: "https://unused.test",
  parseError: parseErrorEnvelope,
  requestIdHeader: "x-loop-request-id",
};
const fast = { backoff: { initialMs: 1, maxMs: 2 } };
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A server whose first answer is a 503 and every later one a 200 that echoes the key back. */
async function flakyServer() {
  const server = await startServer((_req, res, _seen, n) =>
    n === 1
      ? sendJson(res, 503, { message: "busy" }, { "x-loop-request-id": "req_1" })
      : sendJson(res, 200, { id: "run_1", echoed: KEY }, { "x-loop-request-id": `req_${n}` }),
  );
  servers.push(server);
  return server;
}

const collect = () => {
  const lines: string[] = [];
  const logger: Logger = (level, message, fields) =>
    lines.push(`${level} ${message} ${JSON.stringify(fields)}`);
  return { lines, logger };
};

describe("debug log", () => {
  test("shows each request, response, retry and wait, never the key", async () => {
    const server = await flakyServer();
    const { lines, logger } = collect();
    const client = createApiClient<any>(provider, {
      apiKey: KEY,
      baseUrl: server.url,
      logger,
      logLevel: "debug",
      ...fast,
    });
    await client.unwrap(client.api.GET("/runs/{id}", { params: { path: { id: KEY } } }));
    const log = lines.join("\n");
    expect(lines.filter((line) => line.startsWith("debug GET"))).toHaveLength(4); // 2 sends, 2 answers
    expect(log).toMatch(/info GET .*\/runs\/\[redacted\] retry 1 in \d+ ms after 503/);
    expect(log).toContain('"authorization":"[redacted]"');
    expect(log).toContain("→ 200");
    expect(log).not.toContain(KEY);
    expect(log).not.toContain(KEY.slice(3));
  });

  test("logLevel info shows retries only; an object logger (console-like) works", async () => {
    const server = await flakyServer();
    const seen: [string, string][] = [];
    const record = (level: string) => (message: string) => void seen.push([level, message]);
    const logger = {
      debug: record("debug"),
      info: record("info"),
      warn: record("warn"),
      error: record("error"),
    };
    const client = createApiClient<any>(provider, {
      apiKey: KEY,
      baseUrl: server.url,
      logger,
      logLevel: "info",
      ...fast,
    });
    await client.unwrap(client.api.GET("/runs", {}));
    expect(seen.map(([level]) => level)).toEqual(["info"]);
    expect(seen[0]![1]).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/runs retry 1 in \d+ ms after 503$/);
  });

  test("DOCRUN_LOG=debug turns it on in console without code changes; unset, nothing is logged", async () => {
    const server = await flakyServer();
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    try {
      const quiet = createApiClient<any>(provider, { apiKey: KEY, baseUrl: server.url, ...fast });
      await quiet.unwrap(quiet.api.GET("/runs", {}));
      expect(debug).not.toHaveBeenCalled();
      vi.stubEnv("DOCRUN_LOG", "debug");
      const loud = createApiClient<any>(provider, { apiKey: KEY, baseUrl: server.url, ...fast });
      await loud.unwrap(loud.api.GET("/runs", {}));
      expect(debug).toHaveBeenCalled();
      const all = [...debug.mock.calls, ...info.mock.calls].map((call) => JSON.stringify(call)).join("\n");
      expect(all).toContain("/runs");
      expect(all).not.toContain(KEY);
    } finally {
      debug.mockRestore();
      info.mockRestore();
    }
  });
});

describe("per-call options and withResponse", () => {
  test("maxRetries: 0 for one call makes a single attempt; headers reach the server", async () => {
    const server = await flakyServer();
    const client = createApiClient<any>(provider, {
      apiKey: KEY,
      baseUrl: server.url,
      headers: { "x-team": "a" },
      ...fast,
    });
    const first = await client.api.GET("/runs", {
      ...requestOptions({ maxRetries: 0, headers: { "x-trace-id": "t-1", "x-team": "b" } }),
    });
    expect(first.response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers["x-trace-id"]).toBe("t-1");
    expect(server.requests[0]!.headers["x-team"]).toBe("b");
  });

  test("withResponse returns a helper's data with the raw response it came from", async () => {
    const server = await flakyServer();
    const client = createApiClient<any>(provider, { apiKey: KEY, baseUrl: server.url, ...fast });
    const getRun = (id: string, o = {}) =>
      client.unwrap<{ id: string }>(client.api.GET(`/runs/${id}`, { ...requestOptions(o) }));
    const { data, response } = await withResponse((o) => getRun("run_1", o));
    expect(data.id).toBe("run_1");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-loop-request-id")).toBe("req_2");
  });
});
