// The transport's decisions one by one, with an in-process fetch that records what it was asked
// (the same rules over real HTTP are in tests/core/transport-decisions.test.ts): what is retried,
// how long it waits, what a redirect keeps, and what the caller is told.
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  AbortError,
  ConfigurationError,
  ConnectionError,
  InvalidResponseError,
  TimeoutError,
} from "../errors/errors.js";
import { retryAfterMs } from "./retry-after.js";
import { assertSecureUrl, createTransport, requestIdOf, responseMeta, type RetryInfo } from "./transport.js";

type Step = Response | Error | ((init: RequestInit, url: string) => Response | Promise<Response>);

/** A fetch that plays `steps` in order (the last one repeats) and records every call. */
function fakeFetch(...steps: Step[]) {
  const calls: {
    url: string;
    method: string;
    headers: Headers;
    body: string | undefined;
    redirect: unknown;
  }[] = [];
  const fetch = (async (url: string, init: RequestInit = {}) => {
    const body = init.body ? new TextDecoder().decode(init.body as ArrayBuffer) : undefined;
    calls.push({
      url,
      method: init.method!,
      headers: new Headers(init.headers),
      body,
      redirect: init.redirect,
    });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)]!;
    if (step instanceof Error) throw step;
    return typeof step == "function" ? step(init, url) : step.clone();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const redirect = (location: string, status = 302) => new Response(null, { status, headers: { location } });
const fast = { backoff: { initialMs: 1, maxMs: 2 } };
const networkError = (code?: string) =>
  code ? Object.assign(new TypeError("fetch failed"), { cause: { code } }) : new TypeError("Failed to fetch");
const post = (url = "https://api.test/runs", init: RequestInit = {}) =>
  new Request(url, {
    method: "POST",
    body: '{"a":1}',
    headers: { "content-type": "application/json" },
    ...init,
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("network errors", () => {
  test("a cause-less network error on a POST (a browser's 'Failed to fetch') is not retried", async () => {
    const { fetch, calls } = fakeFetch(networkError(), json(201));
    const error = await createTransport({ fetch, ...fast })(post()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toBe("POST https://api.test/runs failed");
    expect((error as ConnectionError).attempts).toBe(1);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
    expect(calls).toHaveLength(1);
  });

  test("the same error on a GET is retried until the attempts run out", async () => {
    const { fetch, calls } = fakeFetch(networkError());
    const error = await createTransport({ fetch, ...fast })("https://api.test/x?secret=q").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toBe("GET https://api.test/x failed");
    expect((error as ConnectionError).attempts).toBe(3);
    expect(calls).toHaveLength(3);
  });

  test.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"])(
    "%s never reached the server: a POST is retried",
    async (code) => {
      const { fetch, calls } = fakeFetch(networkError(code), json(201));
      const res = await createTransport({ fetch, ...fast })(post());
      expect(res.status).toBe(201);
      expect(calls).toHaveLength(2);
    },
  );

  test.each(["ECONNRESET", "UND_ERR_SOCKET", "ETIMEDOUT"])(
    "%s may have reached it: a POST is not retried",
    async (code) => {
      const { fetch, calls } = fakeFetch(networkError(code), json(201));
      await expect(createTransport({ fetch, ...fast })(post())).rejects.toBeInstanceOf(ConnectionError);
      expect(calls).toHaveLength(1);
    },
  );

  test("a 2xx that is not what was promised is thrown at once, never retried", async () => {
    const { fetch, calls } = fakeFetch(
      new Response("<html>", { headers: { "content-type": "text/html" } }),
      json(200),
    );
    const error = await createTransport({ fetch, ...fast })("https://api.test/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toBe(
      "GET https://api.test/x: 200 HTML page (wrong baseUrl?)",
    );
    expect(calls).toHaveLength(1);
  });
});

describe("which methods are retried blindly", () => {
  test.each(["PUT", "DELETE", "GET", "HEAD"])(
    "%s is retried on a 500 and gets no generated key",
    async (method) => {
      const { fetch, calls } = fakeFetch(json(500), json(200));
      const res = await createTransport({ fetch, idempotencyHeader: "Idempotency-Key", ...fast })(
        new Request("https://api.test/x", { method }),
      );
      expect(res.status).toBe(200);
      expect(calls.map((c) => c.method)).toEqual([method, method]);
      expect(calls.map((c) => c.headers.get("idempotency-key"))).toEqual([null, null]);
    },
  );

  test.each(["POST", "PATCH"])("%s without a key: a 500 is the answer", async (method) => {
    const { fetch, calls } = fakeFetch(json(500), json(200));
    const res = await createTransport({ fetch, ...fast })(
      new Request("https://api.test/x", { method, body: "{}" }),
    );
    expect(res.status).toBe(500);
    expect(responseMeta.get(res)?.attempts).toBe(1);
    expect(calls).toHaveLength(1);
  });

  test("a POST that already carries the provider's header keeps the caller's key and is retried", async () => {
    const { fetch, calls } = fakeFetch(json(500), json(201));
    await createTransport({ fetch, idempotencyHeader: "Idempotency-Key", ...fast })(
      post(undefined, { headers: { "idempotency-key": "callers-own" } }),
    );
    expect(calls.map((c) => c.headers.get("idempotency-key"))).toEqual(["callers-own", "callers-own"]);
  });

  test("a caller's idempotencyKey extra is sent on a GET too", async () => {
    const { fetch, calls } = fakeFetch(json(200));
    const request = Object.assign(new Request("https://api.test/x"), { idempotencyKey: "k-1" });
    await createTransport({ fetch, idempotencyHeader: "Idempotency-Key" })(request);
    expect(calls[0]!.headers.get("idempotency-key")).toBe("k-1");
  });

  test("without a provider header nothing is added, even with an idempotencyKey extra", async () => {
    const { fetch, calls } = fakeFetch(json(200));
    const request = Object.assign(post(), { idempotencyKey: "k-1" });
    await createTransport({ fetch })(request);
    expect([...calls[0]!.headers.keys()]).toEqual(["content-type"]);
  });

  test("503 + Retry-After on a POST is retried after exactly the hint (a hint above the first backoff step)", async () => {
    const infos: RetryInfo[] = [];
    const { fetch, calls } = fakeFetch(json(503, {}, { "retry-after-ms": "3" }), json(201));
    await createTransport({ fetch, backoff: { initialMs: 1 }, onRetry: (i) => infos.push(i) })(post());
    expect(calls).toHaveLength(2);
    expect(infos.map((i) => i.delayMs)).toEqual([3]);
  });

  test.each([400, 401, 404, 409, 422])("a POST answered %i is not retried", async (status) => {
    const { fetch, calls } = fakeFetch(json(status, {}, { "retry-after": "0" }), json(201));
    const res = await createTransport({ fetch, ...fast })(post());
    expect(res.status).toBe(status);
    expect(calls).toHaveLength(1);
  });
});

describe("how long it waits, and how often", () => {
  test("backoff: initialMs doubling up to maxMs, shortened by at most a quarter", async () => {
    for (const [random, expected] of [
      [0, [4, 8, 10, 10]],
      [1, [3, 6, 8, 8]], // onRetry reports whole milliseconds (7.5 → 8)
    ] as const) {
      vi.spyOn(Math, "random").mockReturnValue(random);
      const infos: RetryInfo[] = [];
      const { fetch } = fakeFetch(json(500));
      await createTransport({
        fetch,
        maxRetries: 4,
        backoff: { initialMs: 4, maxMs: 10 },
        onRetry: (i) => infos.push(i),
      })("https://api.test/x");
      expect(infos.map((i) => i.delayMs)).toEqual(expected);
      vi.restoreAllMocks();
    }
  });

  test("the default backoff starts at 500 ms and caps at 8 s", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const infos: RetryInfo[] = [];
    const controller = new AbortController();
    const { fetch } = fakeFetch(json(500));
    const transport = createTransport({
      fetch,
      maxRetries: 1,
      onRetry: (i) => (infos.push(i), controller.abort()),
    });
    await transport(new Request("https://api.test/x", { signal: controller.signal })).catch(() => undefined);
    expect(infos.map((i) => i.delayMs)).toEqual([500]);
  });

  test("maxRetries counts retries after the first attempt", async () => {
    for (const maxRetries of [0, 1, 4]) {
      const { fetch, calls } = fakeFetch(json(500));
      const res = await createTransport({ fetch, maxRetries, ...fast })("https://api.test/x");
      expect(calls).toHaveLength(maxRetries + 1);
      expect(responseMeta.get(res)?.attempts).toBe(maxRetries + 1);
    }
  });

  test("a hint equal to maxRetryAfterMs is waited for; one above it is not", async () => {
    const at = fakeFetch(json(429, {}, { "retry-after-ms": "5" }), json(200));
    expect(
      (await createTransport({ fetch: at.fetch, maxRetryAfterMs: 5 })("https://api.test/x")).status,
    ).toBe(200);
    const above = fakeFetch(json(429, {}, { "retry-after-ms": "6" }), json(200));
    expect(
      (await createTransport({ fetch: above.fetch, maxRetryAfterMs: 5 })("https://api.test/x")).status,
    ).toBe(429);
    expect(above.calls).toHaveLength(1);
  });

  test("a hint that would end past the deadline is not waited for", async () => {
    const { fetch, calls } = fakeFetch(json(503, {}, { "retry-after-ms": "5000" }), json(200));
    const res = await createTransport({ fetch, deadlineMs: 1_000 })("https://api.test/x");
    expect(res.status).toBe(503);
    expect(calls).toHaveLength(1);
    const short = fakeFetch(json(503, {}, { "retry-after-ms": "1" }), json(200));
    expect(
      (await createTransport({ fetch: short.fetch, deadlineMs: 1_000 })("https://api.test/x")).status,
    ).toBe(200);
  });

  test("onRetry is told the attempt, the wait, the method, the URL without its query, and the status or error", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    const infos: RetryInfo[] = [];
    const { fetch } = fakeFetch(json(502), networkError("ECONNRESET"), json(200));
    await createTransport({ fetch, backoff: { initialMs: 2, maxMs: 100 }, onRetry: (i) => infos.push(i) })(
      "https://api.test/runs?page=2&key=secret",
    );
    expect(infos).toHaveLength(2);
    expect(infos[0]).toStrictEqual({
      attempt: 1,
      delayMs: 2,
      method: "GET",
      url: "https://api.test/runs",
      status: 502,
      error: undefined,
    });
    expect(infos[1]).toMatchObject({
      attempt: 2,
      delayMs: 4,
      method: "GET",
      url: "https://api.test/runs",
      status: undefined,
    });
    expect(infos[1]!.error).toBeInstanceOf(ConnectionError);
  });
});

describe("timeouts, deadlines and abort", () => {
  const hang = (init: RequestInit) =>
    new Promise<Response>((_, reject) =>
      init.signal!.addEventListener("abort", () => reject(new Error("aborted"))),
    );

  test("the timeout names the call and the time it allowed", async () => {
    const { fetch } = fakeFetch(hang);
    const error = await createTransport({ fetch, timeoutMs: 20, maxRetries: 0 })(
      "https://api.test/x?q=1",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe("GET https://api.test/x timed out after 20 ms");
  });

  test("a deadline shorter than the timeout cuts the attempt to the deadline", async () => {
    const { fetch, calls } = fakeFetch(hang);
    const error = await createTransport({ fetch, timeoutMs: 60_000, deadlineMs: 30, maxRetries: 3 })(
      "https://api.test/x",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    const [, allowed] = /timed out after (\d+) ms$/.exec((error as TimeoutError).message)!;
    expect(Number(allowed)).toBeLessThanOrEqual(30);
    expect(Number(allowed)).toBeGreaterThan(10);
    expect(calls).toHaveLength(1);
  }, 5_000);

  test("a per-call deadline wins over the client's", async () => {
    const { fetch } = fakeFetch(hang);
    const request = Object.assign(new Request("https://api.test/x"), { deadlineMs: 25 });
    const error = await createTransport({ fetch, deadlineMs: 60_000, maxRetries: 2 })(request).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(1);
  }, 5_000);

  test.each([
    [{ timeoutMs: 0 }, "timeoutMs must be a number >= 1 (got 0)"],
    [{ deadlineMs: -5 }, "deadlineMs must be a number >= 1 (got -5)"],
  ])("a per-call %o → ConfigurationError before sending", async (extra, message) => {
    const { fetch, calls } = fakeFetch(json(200));
    const request = Object.assign(new Request("https://api.test/x"), extra);
    await expect(createTransport({ fetch })(request)).rejects.toThrow(message);
    expect(calls).toHaveLength(0);
  });

  test("abort while waiting for the server: AbortError with the caller's reason, no retry", async () => {
    const controller = new AbortController();
    const { fetch, calls } = fakeFetch(hang);
    setTimeout(() => controller.abort("user cancelled"), 10);
    const error = await createTransport({ fetch, ...fast })(
      new Request("https://api.test/x", { signal: controller.signal }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe("user cancelled");
    expect(calls).toHaveLength(1);
  });

  test("abort while waiting for the server is an AbortError even with no retries left", async () => {
    const controller = new AbortController();
    const { fetch } = fakeFetch(hang);
    setTimeout(() => controller.abort(), 10);
    const error = await createTransport({ fetch, maxRetries: 0 })(
      new Request("https://api.test/x", { signal: controller.signal }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
  });

  test("a fetch that reads its signal only after the caller aborted still sees the abort", async () => {
    const controller = new AbortController();
    const lateReader = (async (_url: string, init: RequestInit) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      const signal = init.signal!;
      return new Promise<Response>((_, reject) => {
        if (signal.aborted) reject(new Error("aborted"));
        signal.addEventListener("abort", () => reject(new Error("aborted")));
      });
    }) as typeof fetch;
    setTimeout(() => controller.abort(), 5);
    const error = await createTransport({ fetch: lateReader, maxRetries: 0, timeoutMs: 20_000 })(
      new Request("https://api.test/x", { signal: controller.signal }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
  });

  test("a finished call leaves no listener on the request's signal", async () => {
    const request = new Request("https://api.test/x", { signal: new AbortController().signal });
    const add = vi.spyOn(request.signal, "addEventListener");
    const remove = vi.spyOn(request.signal, "removeEventListener");
    const { fetch: answer } = fakeFetch(json(500), json(200));
    // Reads the attempt's signal, as Node's fetch does (a fetch that never does is not linked).
    const fetch = ((url: string, init: RequestInit) => (init.signal, answer(url, init))) as typeof answer;
    await createTransport({ fetch, ...fast })(request);
    // One listener per attempt and one for the backoff wait, each removed when it ended.
    const added = add.mock.calls.filter(([type]) => type == "abort").map(([, listener]) => listener);
    const removed = remove.mock.calls.filter(([type]) => type == "abort").map(([, listener]) => listener);
    expect(added).toHaveLength(3);
    expect(removed).toEqual(expect.arrayContaining(added));
  });
});

describe("redirects", () => {
  test("maxRedirects hops are followed; one more is an InvalidResponseError", async () => {
    const ok = fakeFetch(redirect("/b"), redirect("/c"), json(200));
    expect((await createTransport({ fetch: ok.fetch, maxRedirects: 2 })("https://api.test/a")).status).toBe(
      200,
    );
    const over = fakeFetch(redirect("/b"), redirect("/c"), json(200));
    const error = await createTransport({ fetch: over.fetch, maxRedirects: 1 })("https://api.test/a").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toBe("GET https://api.test/a: 302 too many redirects");
    expect(over.calls).toHaveLength(2);
    const none = fakeFetch(redirect("/b"), json(200));
    await expect(
      createTransport({ fetch: none.fetch, maxRedirects: 0 })("https://api.test/a"),
    ).rejects.toThrow(/too many redirects/);
    expect(none.calls).toHaveLength(1);
  });

  test.each([
    [301, "POST", "GET", undefined],
    [302, "POST", "GET", undefined],
    [303, "POST", "GET", undefined],
    [303, "PUT", "GET", undefined],
    [301, "PUT", "PUT", "payload"],
    [302, "PATCH", "PATCH", "payload"],
    [307, "POST", "POST", "payload"],
    [308, "PUT", "PUT", "payload"],
  ])("a %i of a %s continues as %s", async (status, method, next, body) => {
    const { fetch, calls } = fakeFetch(redirect("/b", status), json(200));
    await createTransport({ fetch })(
      new Request("https://api.test/a", {
        method,
        body: "payload",
        headers: { "content-type": "text/plain" },
      }),
    );
    expect([calls[1]!.method, calls[1]!.body]).toEqual([next, body]);
    expect(calls[1]!.headers.get("content-type")).toBe(body ? "text/plain" : null);
  });

  test.each([200, 201, 204, 300, 309, 400])("a %i with Location is returned as is", async (status) => {
    const { fetch, calls } = fakeFetch(
      new Response(status == 204 || status == 304 ? null : "{}", {
        status,
        headers: { location: "/elsewhere", "content-type": "application/json" },
      }),
    );
    const res = await createTransport({ fetch, maxRetries: 0 })("https://api.test/a");
    expect(res.status).toBe(status);
    expect(calls).toHaveLength(1);
  });

  test("a 3xx without Location is returned as is", async () => {
    const { fetch, calls } = fakeFetch(new Response(null, { status: 302 }));
    expect((await createTransport({ fetch })("https://api.test/a")).status).toBe(302);
    expect(calls).toHaveLength(1);
  });

  test("a relative Location resolves against the URL that redirected", async () => {
    const { fetch, calls } = fakeFetch(redirect("https://files.test/d/e"), redirect("../f?x=1"), json(200));
    await createTransport({ fetch })("https://api.test/a");
    expect(calls.map((c) => c.url)).toEqual([
      "https://api.test/a",
      "https://files.test/d/e",
      "https://files.test/f?x=1",
    ]);
  });

  test("a cross-origin hop carries only what a browser would: custom headers and Authorization are dropped", async () => {
    const { fetch, calls } = fakeFetch(redirect("https://other.test/b"), json(200));
    await createTransport({ fetch, authorization: "Bearer k" })(
      new Request("https://api.test/a", { headers: { "x-trace": "t1", accept: "application/json" } }),
    );
    expect(calls[1]!.headers.get("x-trace")).toBeNull();
    expect(calls[1]!.headers.get("authorization")).toBeNull();
    expect(calls[1]!.headers.get("accept")).toBe("application/json");
  });

  test("a redirect to plain http off loopback is refused before it is followed", async () => {
    for (const location of [
      "http://127.0.0.1.evil.test/x",
      "http://localhost.evil.test/x",
      "http://api.test/x",
    ]) {
      const { fetch, calls } = fakeFetch(redirect(location), json(200));
      await expect(createTransport({ fetch })("https://api.test/a")).rejects.toBeInstanceOf(
        ConfigurationError,
      );
      expect(calls).toHaveLength(1);
    }
  });

  test("a browser's opaque redirect is sent again, letting the browser follow it", async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), "type", {
      value: "opaqueredirect",
    });
    const { fetch, calls } = fakeFetch(() => opaque, json(200, { landed: true }));
    const res = await createTransport({ fetch })("https://api.test/a");
    expect(await res.json()).toStrictEqual({ landed: true });
    expect(calls.map((c) => c.redirect)).toEqual(["manual", "follow"]);
  });
});

describe("headers and what the response carries", () => {
  test("a request's own Authorization is kept; otherwise the client's is added", async () => {
    const { fetch, calls } = fakeFetch(json(200));
    const transport = createTransport({ fetch, authorization: "Bearer client" });
    await transport(new Request("https://api.test/a", { headers: { authorization: "Bearer mine" } }));
    await transport("https://api.test/b");
    expect(calls.map((c) => c.headers.get("authorization"))).toEqual(["Bearer mine", "Bearer client"]);
  });

  test("extra fetch options given with a Request reach the fetch", async () => {
    let seen: RequestInit | undefined;
    const fetch = (async (_url: string, init: RequestInit) => (
      (seen = init),
      json(200)
    )) as unknown as typeof globalThis.fetch;
    await createTransport({ fetch })(new Request("https://api.test/a"), {
      cache: "no-store",
      keepalive: true,
    });
    expect(seen).toMatchObject({ cache: "no-store", keepalive: true, method: "GET", redirect: "manual" });
  });

  test("the response carries its attempts and the client's context; requestIdOf reads the provider's header", async () => {
    const { fetch } = fakeFetch(
      json(500),
      json(200, {}, { "x-acme-id": "acme_1", "x-request-id": "generic_1" }),
    );
    const context = { requestIdHeader: "x-acme-id" };
    const res = await createTransport({ fetch, context, ...fast })("https://api.test/a");
    expect(responseMeta.get(res)).toStrictEqual({ attempts: 2, context });
    expect(requestIdOf(res)).toBe("acme_1");
    expect(requestIdOf(json(200, {}, { "x-request-id": "generic_1" }))).toBe("generic_1");
    expect(requestIdOf(json(200))).toBeUndefined();
  });

  test("the global fetch is looked up per call", async () => {
    const transport = createTransport();
    const first = vi.spyOn(globalThis, "fetch").mockResolvedValue(json(200, { n: 1 }));
    expect(await (await transport("https://api.test/a")).json()).toStrictEqual({ n: 1 });
    expect(first).toHaveBeenCalledTimes(1);
  });
});

describe("assertSecureUrl", () => {
  test.each([
    "http://127.0.0.1.evil.test/",
    "http://localhost.evil.test/",
    "http://evil.test/http://localhost/",
    "http://localhostevil.test/",
    "http://mylocalhost/",
    "http://127.0.0.1x/",
    "HTTP://api.test/",
    "http://[::2]/",
  ])("refuses %s", (url) => {
    expect(() => assertSecureUrl(url)).toThrow(ConfigurationError);
    expect(() => assertSecureUrl(url)).toThrow(`Refusing http:// to ${url} (allowInsecureHttp)`);
    expect(() => assertSecureUrl(url, true)).not.toThrow();
  });

  test("only the scheme decides: https with http:// in its query is fine", () => {
    expect(() => assertSecureUrl("https://api.test/callback?to=http://elsewhere.test/")).not.toThrow();
  });

  test("a localhost subdomain must end the host name", () => {
    expect(() => assertSecureUrl("http://api.localhost.evil.test/")).toThrow(ConfigurationError);
  });

  test.each([
    "https://api.test/",
    "http://localhost:4010/",
    "http://LOCALHOST/",
    "http://127.0.0.1/",
    "http://127.255.0.9:80/",
    "http://[::1]:4010/",
    "http://api.localhost/",
    "https://127.0.0.1.evil.test/",
  ])("allows %s", (url) => {
    expect(() => assertSecureUrl(url)).not.toThrow();
  });
});

describe("retryAfterMs edges", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  test("retry-after-ms of 0 is an immediate retry, not a missing hint", () =>
    expect(retryAfterMs(h({ "retry-after-ms": "0", "retry-after": "9" }))).toBe(0));
  test("a negative retry-after-ms falls back to Retry-After", () =>
    expect(retryAfterMs(h({ "retry-after-ms": "-1", "retry-after": "2" }))).toBe(2_000));
  test("Retry-After: 0 is an immediate retry", () => expect(retryAfterMs(h({ "retry-after": "0" }))).toBe(0));
  test("an empty Retry-After is no hint", () =>
    expect(retryAfterMs(h({ "retry-after": "" }))).toBeUndefined());
  test("an HTTP date counts from the given now", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(h({ "retry-after": "Thu, 01 Jan 2026 00:00:10 GMT" }), now)).toBe(10_000);
    expect(retryAfterMs(h({ "retry-after": "Thu, 01 Jan 2026 00:00:10 GMT" }), now + 4_000)).toBe(6_000);
  });
  test("the default now is the current time", () => {
    const soon = new Date(Date.now() + 60_000).toUTCString();
    const ms = retryAfterMs(h({ "retry-after": soon }))!;
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });
});
