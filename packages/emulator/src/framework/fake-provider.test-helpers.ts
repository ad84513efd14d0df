import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { ProviderModule } from "./types.js";

/** The fake provider's store: items created through `POST /items`. */
export interface FakeState {
  items: { id: string; name: string; status: "pending" | "done" }[];
}

/** Signs like a provider that sends `x-fake-signature: hex(HMAC-SHA256(secret, "{t}.{body}"))`. */
export function fakeSignature(secret: string, body: string, timestampSeconds: number): string {
  return createHmac("sha256", secret).update(`${timestampSeconds}.${body}`).digest("hex");
}

/**
 * A tiny provider for framework tests: `GET /items`, `POST /items` (finishes after
 * `processingMs` and emits `item.done`), `GET /boom` (throws). Any bearer key is accepted
 * unless `apiKeys` is set.
 */
export const fakeProvider: ProviderModule<FakeState> = {
  name: "extend",
  requestIdHeader: "x-fake-request-id",
  createState: (_ctx, seed) => ({
    items: Array.from({ length: seed?.runs ?? 0 }, (_, index) => ({
      id: `item_${index}`,
      name: `seeded ${seed?.seed}`,
      status: "done" as const,
    })),
  }),
  handle(request, state, ctx) {
    if (request.apiKey === null || (ctx.apiKeys.size > 0 && !ctx.apiKeys.has(request.apiKey))) {
      return fakeProvider.errorResponse("unauthorized", request.requestId);
    }
    if (request.method === "GET" && request.path === "/items")
      return { status: 200, json: { items: state.items } };
    if (request.method === "POST" && request.path === "/items") {
      const { name } = JSON.parse(new TextDecoder().decode(request.body)) as { name: string };
      const item = { id: `item_${state.items.length}`, name, status: "pending" as const };
      state.items.push(item);
      ctx.schedule(ctx.now() + ctx.processingMs, () => {
        const done = { ...item, status: "done" as const };
        state.items[state.items.indexOf(item)] = done;
        ctx.emitWebhook({
          id: `evt_${item.id}`,
          type: "item.done",
          payload: { event: "item.done", data: done },
        });
      });
      return { status: 201, json: item };
    }
    if (request.path === "/boom") throw new Error("provider bug");
    return fakeProvider.errorResponse("not_found", request.requestId);
  },
  errorResponse(kind, requestId, detail) {
    const status = { rate_limited: 429, internal: 500, not_found: 404, unauthorized: 401 }[kind];
    return {
      status,
      json: { error: { kind, request_id: requestId, retry_after: detail?.retryAfterSeconds ?? null } },
    };
  },
  signWebhook: async (secret, body, timestampSeconds) => ({
    "x-fake-timestamp": String(timestampSeconds),
    "x-fake-signature": fakeSignature(secret, body, timestampSeconds),
  }),
};

/** A webhook receiver on loopback that records what it got and answers `status`. */
export async function startReceiver(status = 200) {
  const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `fetch` with a bearer key and a short timeout so no test can hang. */
export function call(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    ...init,
    headers: { authorization: "Bearer test-key", ...(init.headers as Record<string, string> | undefined) },
    signal: init.signal ?? AbortSignal.timeout(5000),
  });
}
