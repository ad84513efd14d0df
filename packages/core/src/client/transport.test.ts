import { describe, expect, test, vi } from "vitest";
import { AbortError, ConnectionError, InvalidResponseError, TimeoutError } from "../errors/errors.js";
import { createTransport, responseMeta, type RetryInfo } from "./transport.js";

type Step = Response | Error | ((init: RequestInit, url: string) => Response | Promise<Response>);

/** A fetch that plays `steps` in order and records what it was sent. */
function fakeFetch(...steps: Step[]) {
  const calls: { url: string; method: string; headers: Headers; body: string | undefined }[] = [];
  const fn = vi.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
    const body = init.body ? new TextDecoder().decode(init.body as ArrayBuffer) : undefined;
    calls.push({ url: String(url), method: init.method!, headers: new Headers(init.headers), body });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)]!;
    if (step instanceof Error) throw step;
    return typeof step == "function" ? step(init, String(url)) : step.clone();
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const json = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const fast = { backoff: { initialMs: 1, maxMs: 2 } };
const refused = () => Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
const reset = () => Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });

describe("retries", () => {
  test("5xx then success on GET; attempts recorded", async () => {
    const { fetch, calls } = fakeFetch(json(500), json(502), json(200, { ok: 1 }));
    const res = await createTransport({ fetch, ...fast })("https://api.test/x");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: 1 });
    expect(calls).toHaveLength(3);
    expect(responseMeta.get(res)?.attempts).toBe(3);
  });

  test("gives up after maxRetries and returns the last response", async () => {
    const { fetch, calls } = fakeFetch(json(503));
    const res = await createTransport({ fetch, maxRetries: 1, ...fast })("https://api.test/x");
    expect(res.status).toBe(503);
    expect(calls).toHaveLength(2);
  });

  test.each([408, 409, 429, 500, 504])("retries %i", async (status) => {
    const { fetch, calls } = fakeFetch(json(status), json(200));
    await createTransport({ fetch, ...fast })("https://api.test/x");
    expect(calls).toHaveLength(2);
  });

  test.each([400, 401, 403, 404, 422])("does not retry %i", async (status) => {
    const { fetch, calls } = fakeFetch(json(status), json(200));
    const res = await createTransport({ fetch, ...fast })("https://api.test/x");
    expect(res.status).toBe(status);
    expect(calls).toHaveLength(1);
  });

  test("connection errors are retried, then thrown as ConnectionError with attempts", async () => {
    const { fetch, calls } = fakeFetch(reset());
    const err = await createTransport({ fetch, ...fast })("https://api.test/x").catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.attempts).toBe(3);
    expect(calls).toHaveLength(3);
  });

  test("backoff doubles with jitter and onRetry sees no secrets", async () => {
    const infos: RetryInfo[] = [];
    const { fetch } = fakeFetch(json(500), json(500), json(500), json(200));
    await createTransport({
      fetch,
      maxRetries: 3,
      authorization: "Bearer sk_secret_123",
      backoff: { initialMs: 4, maxMs: 10 },
      onRetry: (i) => infos.push(i),
    })("https://api.test/x?q=1");
    expect(infos.map((i) => i.attempt)).toEqual([1, 2, 3]);
    const [a, b, c] = infos.map((i) => i.delayMs);
    expect(a).toBeGreaterThan(4 * 0.75 - 0.01);
    expect(a).toBeLessThanOrEqual(4);
    expect(b).toBeGreaterThan(8 * 0.75 - 0.01);
    expect(b).toBeLessThanOrEqual(8);
    expect(c).toBeLessThanOrEqual(10); // capped
    expect(infos[0]).toMatchObject({ method: "GET", url: "https://api.test/x", status: 500 });
    expect(JSON.stringify(infos)).not.toContain("sk_secret");
  });

  test("Retry-After is honoured as the wait", async () => {
    const infos: RetryInfo[] = [];
    const { fetch } = fakeFetch(json(429, {}, { "retry-after-ms": "20" }), json(200));
    await createTransport({ fetch, ...fast, onRetry: (i) => infos.push(i) })("https://api.test/x");
    expect(infos[0]!.delayMs).toBe(20);
  });

  test("a hint below the first backoff step is raised to it (Retry-After: 0 is no hot loop)", async () => {
    const infos: RetryInfo[] = [];
    const { fetch } = fakeFetch(
      json(429, {}, { "retry-after-ms": "0" }),
      json(503, {}, { "retry-after": "0" }),
      json(200),
    );
    await createTransport({ fetch, backoff: { initialMs: 30 }, onRetry: (i) => infos.push(i) })(
      "https://api.test/x",
    );
    expect(infos.map((i) => i.delayMs)).toEqual([30, 30]);
  });

  test("a hint above maxRetryAfterMs returns the 429 at once", async () => {
    const { fetch, calls } = fakeFetch(json(429, {}, { "retry-after": "3600" }), json(200));
    const retries: RetryInfo[] = [];
    const res = await createTransport({ fetch, maxRetryAfterMs: 1000, onRetry: (i) => retries.push(i) })(
      "https://api.test/x",
    );
    expect(res.status).toBe(429);
    expect(calls).toHaveLength(1);
    expect(retries).toEqual([]); // no wait was scheduled at all
  });

  test("deadline stops retrying", async () => {
    const { fetch, calls } = fakeFetch(json(500));
    const res = await createTransport({
      fetch,
      deadlineMs: 50,
      backoff: { initialMs: 40, maxMs: 40 },
      maxRetries: 10,
    })("https://api.test/x");
    expect(res.status).toBe(500);
    expect(calls.length).toBeLessThanOrEqual(2);
  });
});

describe("POST retry rule", () => {
  const post = (transport: ReturnType<typeof createTransport>, init: RequestInit = {}) =>
    transport(new Request("https://api.test/runs", { method: "POST", body: '{"a":1}', ...init }));

  test("POST without idempotency header is not retried on 500 or a reset", async () => {
    // The caller gets the first answer itself: the 500, or the reset as a ConnectionError.
    const answer = await post(createTransport({ fetch: fakeFetch(json(500), json(200)).fetch, ...fast }));
    expect(answer.status).toBe(500);
    expect(responseMeta.get(answer)?.attempts).toBe(1);
    const { fetch, calls } = fakeFetch(reset(), json(200));
    const error = await post(createTransport({ fetch, ...fast })).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.attempts).toBe(1);
    expect(calls).toHaveLength(1);
  });

  test("POST is retried when the response says it was not processed (429, 408, 503 + Retry-After) or nothing was sent", async () => {
    for (const step of [json(429), json(408), json(503, {}, { "retry-after": "0" }), refused()]) {
      const { fetch, calls } = fakeFetch(step, json(200));
      await post(createTransport({ fetch, ...fast }));
      expect(calls).toHaveLength(2);
    }
    const { fetch, calls } = fakeFetch(json(503), json(200));
    await post(createTransport({ fetch, ...fast }));
    expect(calls).toHaveLength(1);
  });

  test("with the provider's idempotency header: a key is generated, reused on every attempt, body re-sent", async () => {
    const { fetch, calls } = fakeFetch(json(500), reset(), json(201));
    const res = await post(createTransport({ fetch, idempotencyHeader: "Idempotency-Key", ...fast }));
    expect(res.status).toBe(201);
    expect(calls).toHaveLength(3);
    const keys = calls.map((c) => c.headers.get("idempotency-key"));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(calls.map((c) => c.body)).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
  });

  test("a caller's idempotencyKey (request extra) is used", async () => {
    const { fetch, calls } = fakeFetch(json(500), json(200));
    const request = Object.assign(new Request("https://api.test/runs", { method: "POST", body: "x" }), {
      idempotencyKey: "mine-1",
    });
    await createTransport({ fetch, idempotencyHeader: "Idempotency-Key", ...fast })(request);
    expect(calls.map((c) => c.headers.get("idempotency-key"))).toEqual(["mine-1", "mine-1"]);
  });

  test("GET carries no generated idempotency key", async () => {
    const { fetch, calls } = fakeFetch(json(200));
    await createTransport({ fetch, idempotencyHeader: "Idempotency-Key" })("https://api.test/x");
    expect(calls[0]!.headers.has("idempotency-key")).toBe(false);
  });
});

describe("timeouts and abort", () => {
  const hang = (init: RequestInit) =>
    new Promise<Response>((_, reject) =>
      init.signal!.addEventListener("abort", () => reject(new Error("aborted"))),
    );

  test("per-attempt timeout → TimeoutError after retries", async () => {
    const { fetch, calls } = fakeFetch(hang);
    const err = await createTransport({ fetch, timeoutMs: 20, maxRetries: 1, ...fast })(
      "https://api.test/x",
    ).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.attempts).toBe(2);
    expect(calls).toHaveLength(2);
  });

  test("per-call timeoutMs overrides the client's", async () => {
    const { fetch } = fakeFetch(hang);
    const request = Object.assign(new Request("https://api.test/x"), { timeoutMs: 10 });
    const err = await createTransport({ fetch, maxRetries: 0 })(request).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  test("abort during the backoff sleep settles at once with AbortError", async () => {
    const controller = new AbortController();
    const { fetch } = fakeFetch(json(500));
    const pending = createTransport({ fetch, backoff: { initialMs: 60_000, maxMs: 60_000 } })(
      new Request("https://api.test/x", { signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 10);
    const err = await pending.catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(err.name).toBe("AbortError");
  });

  test("already-aborted signal never sends", async () => {
    const { fetch, calls } = fakeFetch(json(200));
    const err = await createTransport({ fetch })(
      new Request("https://api.test/x", { signal: AbortSignal.abort() }),
    ).catch((e) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(0);
  });
});

describe("response checks", () => {
  test("2xx HTML page → InvalidResponseError", async () => {
    const { fetch } = fakeFetch(
      new Response("<html>login</html>", { headers: { "content-type": "text/html" } }),
    );
    await expect(createTransport({ fetch })("https://api.test/x")).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });
  test("2xx broken JSON → InvalidResponseError", async () => {
    const { fetch } = fakeFetch(new Response('{"a":', { headers: { "content-type": "application/json" } }));
    await expect(createTransport({ fetch })("https://api.test/x")).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });
  test("error statuses with HTML pass through (the caller builds the ApiError)", async () => {
    const { fetch } = fakeFetch(
      new Response("<html>502</html>", { status: 502, headers: { "content-type": "text/html" } }),
    );
    const res = await createTransport({ fetch, maxRetries: 0 })("https://api.test/x");
    expect(res.status).toBe(502);
  });
  test("body above maxResponseBytes → InvalidResponseError (with and without content-length)", async () => {
    const big = "x".repeat(2000);
    const { fetch } = fakeFetch(new Response(big));
    await expect(createTransport({ fetch, maxResponseBytes: 1000 })("https://api.test/x")).rejects.toThrow(
      /maxResponseBytes/,
    );
    const streamed = new Response(
      new ReadableStream({
        start(c) {
          for (let i = 0; i < 5; i++) c.enqueue(new TextEncoder().encode(big));
          c.close();
        },
      }),
    );
    const f2 = fakeFetch(() => streamed);
    await expect(
      createTransport({ fetch: f2.fetch, maxResponseBytes: 5000 })("https://api.test/x"),
    ).rejects.toThrow(/maxResponseBytes/);
  });
  test("204 passes with no body", async () => {
    const { fetch } = fakeFetch(new Response(null, { status: 204 }));
    expect((await createTransport({ fetch })("https://api.test/x")).status).toBe(204);
  });
});

describe("the body, read once", () => {
  test("text() and json() answer from what was read; clone(), body and arrayBuffer() give the same bytes", async () => {
    const { fetch } = fakeFetch(json(200, { id: "run_1" }));
    const res = await createTransport({ fetch })("https://api.test/x");
    expect(res.bodyUsed).toBe(false);
    expect(await res.clone().json()).toEqual({ id: "run_1" });
    expect(await res.text()).toBe('{"id":"run_1"}');
    expect(await res.json()).toEqual({ id: "run_1" });
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('{"id":"run_1"}');
    expect(await new Response(res.body).text()).toBe('{"id":"run_1"}');
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
  });

  test("binary bodies pass byte for byte", async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const { fetch } = fakeFetch(new Response(bytes, { headers: { "content-type": "application/pdf" } }));
    const res = await createTransport({ fetch })("https://api.test/file");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(new Uint8Array(await (await res.blob()).arrayBuffer())).toEqual(bytes);
  });

  test("attempts with different timeouts each end on their own", async () => {
    const slow = fakeFetch(
      (init) =>
        new Promise<Response>((resolve, reject) => {
          const timer = setTimeout(() => resolve(json(200, { ok: true })), 30);
          init.signal!.addEventListener("abort", () => (clearTimeout(timer), reject(new Error("aborted"))));
        }),
    );
    const hung = fakeFetch(
      (init) =>
        new Promise<Response>((_, reject) =>
          init.signal!.addEventListener("abort", () => reject(new Error("aborted"))),
        ),
    );
    // The long deadline is armed first; the short one that follows must still fire on time.
    const patient = createTransport({ fetch: slow.fetch, timeoutMs: 5_000, maxRetries: 0 })(
      "https://api.test/a",
    );
    const hasty = createTransport({ fetch: hung.fetch, timeoutMs: 10, maxRetries: 0 })("https://api.test/b");
    await expect(hasty).rejects.toBeInstanceOf(TimeoutError);
    expect((await patient).status).toBe(200);
  });
});

describe("redirects and auth", () => {
  const redirect = (location: string, status = 302) => new Response(null, { status, headers: { location } });

  test("Authorization is added, kept same-origin, dropped cross-origin", async () => {
    const { fetch, calls } = fakeFetch(redirect("/y"), redirect("https://elsewhere.test/z"), json(200));
    await createTransport({ fetch, authorization: "Bearer k" })("https://api.test/x");
    expect(calls.map((c) => [c.url, c.headers.get("authorization")])).toEqual([
      ["https://api.test/x", "Bearer k"],
      ["https://api.test/y", "Bearer k"],
      ["https://elsewhere.test/z", null],
    ]);
  });

  test("a redirect loop → InvalidResponseError", async () => {
    const { fetch, calls } = fakeFetch(redirect("/x"));
    await expect(createTransport({ fetch })("https://api.test/x")).rejects.toThrow(/too many redirects/);
    expect(calls).toHaveLength(6);
  });

  test("307 keeps method and body; 303 turns into GET", async () => {
    const { fetch, calls } = fakeFetch(redirect("/b", 307), redirect("/c", 303), json(200));
    await createTransport({ fetch })(new Request("https://api.test/a", { method: "POST", body: "payload" }));
    expect(calls.map((c) => [c.method, c.body])).toEqual([
      ["POST", "payload"],
      ["POST", "payload"],
      ["GET", undefined],
    ]);
  });

  test("plain http to a remote host is refused, loopback allowed", async () => {
    const { fetch } = fakeFetch(json(200));
    await expect(createTransport({ fetch })("http://api.test/x")).rejects.toThrow(/allowInsecureHttp/);
    await expect(createTransport({ fetch })("http://127.0.0.1:9/x")).resolves.toBeInstanceOf(Response);
    await expect(
      createTransport({ fetch, allowInsecureHttp: true })("http://api.test/x"),
    ).resolves.toBeInstanceOf(Response);
  });
});
