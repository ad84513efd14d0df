import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  AuthenticationError,
  ConfigurationError,
  DocrunError,
  InvalidResponseError,
} from "../errors/errors.js";
import { parseErrorEnvelope } from "../errors/create-api-error.js";
import { createApiClient, requestOptions, unwrap } from "./create-api-client.js";

const provider = {
  name: "Acme",
  apiKeyEnv: "ACME_API_KEY",
  baseUrlEnv: "ACME_BASE_URL",
  defaultBaseUrl: "https://api.acme.test",
  parseError: parseErrorEnvelope,
  requestIdHeader: "x-acme-request-id",
};
const KEY = "sk_live_abcdefghijklmnop";

afterEach(() => vi.unstubAllEnvs());

describe("createApiClient options", () => {
  test("missing key names the env variable", () => {
    vi.stubEnv("ACME_API_KEY", "");
    expect(() => createApiClient(provider)).toThrow(ConfigurationError);
    expect(() => createApiClient(provider)).toThrow(/ACME_API_KEY/);
  });
  test("key and base URL from env", async () => {
    vi.stubEnv("ACME_API_KEY", KEY);
    vi.stubEnv("ACME_BASE_URL", "https://eu.acme.test/");
    const seen: string[] = [];
    const client = createApiClient<any>(provider, {
      fetch: (async (url: string, init: RequestInit) => {
        seen.push(url, new Headers(init.headers).get("authorization")!);
        return new Response("{}", { headers: { "content-type": "application/json" } });
      }) as any,
    });
    expect(client.baseUrl).toBe("https://eu.acme.test");
    await client.api.GET("/things", {});
    expect(seen).toEqual(["https://eu.acme.test/things", `Bearer ${KEY}`]);
  });
  test.each([
    [{ maxRetries: -1 }, /maxRetries/],
    [{ maxRetries: 1.5 }, /maxRetries/],
    [{ timeoutMs: -5 }, /timeoutMs/],
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ deadlineMs: Number.NaN }, /deadlineMs/],
    [{ maxRetryAfterMs: -1 }, /maxRetryAfterMs/],
    [{ maxResponseBytes: 0 }, /maxResponseBytes/],
    [{ baseUrl: "api.acme.test" }, /baseUrl/],
    [{ baseUrl: "http://api.acme.test" }, /allowInsecureHttp/],
  ])("%o → ConfigurationError", (options, message) => {
    expect(() => createApiClient(provider, { apiKey: KEY, ...options })).toThrow(message);
    expect(() => createApiClient(provider, { apiKey: KEY, ...options })).toThrow(ConfigurationError);
  });
  test("http to loopback is fine, and so is allowInsecureHttp", () => {
    expect(() => createApiClient(provider, { apiKey: KEY, baseUrl: "http://127.0.0.1:1234" })).not.toThrow();
    expect(() => createApiClient(provider, { apiKey: KEY, baseUrl: "http://localhost:1" })).not.toThrow();
    expect(() =>
      createApiClient(provider, { apiKey: KEY, baseUrl: "http://proxy.internal", allowInsecureHttp: true }),
    ).not.toThrow();
  });
});

describe("unwrap and the key", () => {
  const echoing = (async (_url: string, init: RequestInit) =>
    new Response(
      JSON.stringify({
        error: { message: `Invalid key ${new Headers(init.headers).get("authorization")}`, code: "auth" },
      }),
      { status: 401, headers: { "content-type": "application/json", "x-acme-request-id": "req_9" } },
    )) as any;

  test("typed error, provider request id, the key redacted everywhere", async () => {
    const client = createApiClient<any>(provider, { apiKey: KEY, fetch: echoing });
    const err = await client.unwrap(client.api.GET("/me", {})).catch((e) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.requestId).toBe("req_9");
    expect(err.code).toBe("auth");
    expect(err.attempts).toBe(1);
    for (const text of [
      err.message,
      err.stack,
      JSON.stringify(err),
      inspect(err, { showHidden: true, depth: 9 }),
    ])
      expect(text).not.toContain(KEY);
    expect(err.message).toContain("[redacted]");
    // the free unwrap finds the provider context through the response
    const again = await unwrap(client.api.GET("/me", {})).catch((e) => e);
    expect(again.requestId).toBe("req_9");
    expect(JSON.stringify(again)).not.toContain(KEY);
  });

  test("the client object itself never shows the key", () => {
    const client = createApiClient<any>(provider, { apiKey: KEY });
    expect(inspect(client, { showHidden: true, depth: 9 })).not.toContain(KEY);
    expect(JSON.stringify(client)).not.toContain(KEY);
  });

  test("transport errors carry no key", async () => {
    const client = createApiClient<any>(provider, {
      apiKey: KEY,
      maxRetries: 0,
      fetch: (async () => {
        throw new TypeError("fetch failed");
      }) as any,
    });
    const err = await client.api.GET("/me", {}).catch((e) => e);
    expect(err).toBeInstanceOf(DocrunError);
    expect(inspect(err, { showHidden: true, depth: 9 }) + JSON.stringify(err) + err.stack).not.toContain(KEY);
  });

  test("unwrap returns data on success", async () => {
    const client = createApiClient<any>(provider, {
      apiKey: KEY,
      fetch: (async () =>
        new Response('{"id":1}', { headers: { "content-type": "application/json" } })) as any,
    });
    expect(await client.unwrap(client.api.GET("/x", {}))).toEqual({ id: 1 });
  });
});

test("requestOptions drops undefined and passes per-call extras to the transport", async () => {
  // toStrictEqual: toEqual would also accept `{ signal: undefined, timeoutMs: 5 }`, the very key
  // that must be gone (openapi-fetch copies every key onto its Request).
  expect(requestOptions({ signal: undefined, timeoutMs: 5 })).toStrictEqual({ timeoutMs: 5 });
  expect(
    Object.keys(requestOptions({ signal: undefined, deadlineMs: undefined, idempotencyKey: "k" })),
  ).toEqual(["idempotencyKey"]);
  const seen: unknown[] = [];
  const client = createApiClient<any>(provider, {
    apiKey: KEY,
    idempotencyHeader: undefined,
    fetch: (async (_: string, init: RequestInit) => {
      seen.push(init.signal?.aborted);
      return new Response(null, { status: 204 });
    }) as any,
  } as any);
  await client.api.POST("/x", { body: {}, ...requestOptions({ timeoutMs: 1000, idempotencyKey: "k1" }) });
  expect(seen).toEqual([false]);
});

describe("bodies that are not what was asked for", () => {
  const answering = (body: string, headers: Record<string, string>) =>
    createApiClient<any>(provider, {
      apiKey: KEY,
      fetch: (async () => new Response(body, { headers })) as any,
    });

  test("a 2xx that is not JSON is an InvalidResponseError, with or without content-length", async () => {
    const text = "Service is warming up";
    for (const headers of [
      { "content-type": "text/plain" },
      { "content-type": "text/plain", "content-length": String(text.length) },
    ]) {
      const client = answering(text, headers);
      await expect(client.unwrap(client.api.GET("/x", {}))).rejects.toBeInstanceOf(InvalidResponseError);
    }
  });

  test("the same body asked for as text passes", async () => {
    const client = answering("plain", { "content-type": "text/plain" });
    expect(await client.unwrap(client.api.GET("/x", { parseAs: "text" }))).toBe("plain");
  });

  test("a per-call timeout or deadline that is not positive is a ConfigurationError; nothing is sent", async () => {
    let sent = 0;
    const client = createApiClient<any>(provider, {
      apiKey: KEY,
      fetch: (async () => (sent++, new Response("{}"))) as any,
    });
    for (const o of [{ timeoutMs: -5 }, { deadlineMs: 0 }])
      await expect(client.api.GET("/x", { ...requestOptions(o) })).rejects.toThrow(ConfigurationError);
    expect(sent).toBe(0);
  });
});
