import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { corsHeaders, exposedHeaders, isPreflight, preflightHeaders } from "./cors.js";
import { matchesRequest, type EmulatorState } from "./emulator-state.js";
import { createFaultPlan, type FaultKind } from "./faults.js";
import { isLoopbackHost, urlHost } from "./loopback.js";
import type { EmulatorOptions } from "./options.js";
import { resolveRandom } from "./random.js";
import { createRateLimiter } from "./rate-limiter.js";
import { readBody } from "./read-body.js";
import { createRequestIdFactory } from "./request-id.js";
import { createRequestLog } from "./request-log.js";
import { createScheduler } from "./scheduler.js";
import { resolveSeed } from "./seed.js";
import { createTimers } from "./timers.js";
import type { EmulatorRequest, EmulatorResponse, ProviderContext, ProviderModule } from "./types.js";
import { createWebhookDelivery, type WebhookDelivery } from "./webhook-delivery.js";
import { writeResponse, type BodyMode } from "./write-response.js";

/**
 * A running emulator.
 *
 * @example
 * ```ts
 * const emulator: Emulator = await startEmulator({ provider: "retab" });
 * await emulator.close();
 * ```
 */
export interface Emulator<ProviderState = unknown> {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:53124`. */
  readonly url: string;
  /** The provider module being played. */
  readonly provider: ProviderModule<ProviderState>;
  /** Request log, counters, webhook deliveries and the provider's store. */
  readonly state: EmulatorState<ProviderState>;
  /** Stop: ends every connection, timer and webhook delivery. Safe to call twice. */
  close(): Promise<void>;
}

const MAX_KEPT_ERRORS = 100;

/**
 * Starts a local, stateful emulation of a provider's API on loopback.
 *
 * @example
 * ```ts
 * import { startEmulator } from "@docrun/emulator";
 *
 * const emulator = await startEmulator({ provider: "extend", seed: { runs: 100, seed: 1 } });
 * const response = await fetch(`${emulator.url}/workflow_runs`, { headers: { authorization: "Bearer test" } });
 * await emulator.close();
 * ```
 */
export async function startEmulator<ProviderState>(
  options: EmulatorOptions & { provider: ProviderModule<ProviderState> },
): Promise<Emulator<ProviderState>>;
/** With a provider name, name the store's type yourself: `startEmulator<ExtendState>({ provider: "extend" })`. */
export async function startEmulator<ProviderState = unknown>(
  options: EmulatorOptions,
): Promise<Emulator<ProviderState>>;
export async function startEmulator(options: EmulatorOptions): Promise<Emulator<unknown>> {
  const provider = await resolveProvider(options.provider);
  const host = options.host ?? "127.0.0.1";
  if (!isLoopbackHost(host) && options.allowNonLoopback !== true) {
    throw new Error(
      `refusing to listen on non-loopback host ${JSON.stringify(host)}: the emulator accepts any key and serves fake data; pass allowNonLoopback: true to do it anyway`,
    );
  }
  const clock = options.clock;
  const now: () => number = clock === undefined ? Date.now : () => clock.now();
  const faultRandom = resolveRandom(options.random, 0);
  const providerRandom = resolveRandom(options.random, 1);
  const seed = resolveSeed(options.seed);

  const log = createRequestLog(Math.max(1, options.requestLogLimit ?? 20_000));
  const deliveries: WebhookDelivery[] = [];
  const errors: unknown[] = [];
  const recordError = (error: unknown): void => {
    if (errors.length < MAX_KEPT_ERRORS) errors.push(error);
  };
  const timers = createTimers();
  const scheduler = createScheduler(now, recordError);
  const webhooks = createWebhookDelivery({
    receivers: options.webhooks ?? [],
    sign: (secret, body, timestamp) => provider.signWebhook(secret, body, timestamp),
    now,
    timeoutMs: options.webhookTimeoutMs ?? 5000,
    record: (delivery) => {
      deliveries.push(delivery);
      if (delivery.error === null) log.counters().webhooksDelivered += 1;
      else log.counters().webhooksFailed += 1;
    },
  });
  const ctx: ProviderContext = {
    now,
    random: providerRandom,
    processingMs: options.processingMs ?? 1000,
    apiKeys: new Set(options.apiKeys ?? []),
    schedule: (atMs, fn) => scheduler.schedule(atMs, fn),
    emitWebhook: (event) => webhooks.emit(event),
  };
  const providerState = provider.createState(ctx, seed);

  const faults = createFaultPlan(options.faults, faultRandom);
  const afterHandle = options.faultsAfterHandle === true;
  const retryAfterSeconds = String(Math.max(0, Math.ceil(options.faults?.retryAfterSeconds ?? 1)));
  const slowBodyMs = Math.max(0, options.faults?.slowBodyMs ?? 200);
  const baseLatency = latencySource(options.latencyMs, faultRandom);
  const limiter = options.rateLimit === undefined ? undefined : createRateLimiter(options.rateLimit, now);
  const maxBodyBytes = options.maxBodyBytes ?? 50 * 1024 * 1024;
  const requestIdHeader = provider.requestIdHeader.toLowerCase();
  const exposed = exposedHeaders(requestIdHeader);
  const nextRequestId = provider.createRequestId?.bind(provider) ?? createRequestIdFactory();
  let sequence = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const time = now();
    const requestId = nextRequestId(++sequence);
    const method = request.method ?? "GET";
    const rawUrl = request.url ?? "/";
    const queryAt = rawUrl.indexOf("?");
    const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = queryAt === -1 ? "" : rawUrl.slice(queryAt + 1);
    const idempotencyKey = headerValue(request, "idempotency-key");
    const record = (status: number | null, fault: FaultKind | null, handled: boolean): void =>
      log.add({ method, path, query, status, time, requestId, fault, handled, idempotencyKey });

    if (isPreflight(request)) {
      request.resume();
      response.writeHead(
        204,
        preflightHeaders(request.headers.origin, request.headers["access-control-request-headers"]),
      );
      response.end();
      record(204, null, false);
      return;
    }

    const headers: Record<string, string> = corsHeaders(request.headers.origin, exposed);
    headers[requestIdHeader] = requestId;
    const send = (
      answer: EmulatorResponse,
      mode: BodyMode,
      fault: FaultKind | null,
      handled: boolean,
    ): void => {
      if (response.destroyed) return;
      writeResponse(response, answer, headers, mode, timers, slowBodyMs);
      record(answer.status, fault, handled);
    };

    const read = readBody(request, maxBodyBytes);
    const body = read instanceof Uint8Array ? read : await read;
    const decision = faults.decide(method, path);
    const delayMs = baseLatency() + decision.delayMs;
    if (delayMs > 0) await timers.sleep(delayMs);
    if (timers.closed) return;
    scheduler.runDue();

    const apiKey = bearerToken(request.headers.authorization);
    if (limiter !== undefined) {
      const limit = limiter.take(apiKey ?? "anonymous");
      headers["x-ratelimit-limit"] = String(limit.limit);
      headers["x-ratelimit-remaining"] = String(limit.remaining);
      headers["x-ratelimit-reset"] = String(limit.resetSeconds);
      if (!limit.allowed) {
        headers["retry-after"] = String(limit.resetSeconds);
        log.counters().rateLimited += 1;
        send(
          provider.errorResponse("rate_limited", requestId, { retryAfterSeconds: limit.resetSeconds }),
          "normal",
          null,
          false,
        );
        return;
      }
    }
    if (body === null) {
      send(
        {
          status: 413,
          json: {
            error: "payload_too_large",
            message: `body over ${maxBodyBytes} bytes`,
            request_id: requestId,
          },
        },
        "normal",
        null,
        false,
      );
      return;
    }

    const replace = decision.replace;
    const mode: BodyMode = decision.slowBody ? "slow" : "normal";
    const slowFault: FaultKind | null = decision.slowBody ? "slow_body" : null;
    if (replace === "rate_limited") {
      headers["retry-after"] = retryAfterSeconds;
      send(
        provider.errorResponse("rate_limited", requestId, { retryAfterSeconds: Number(retryAfterSeconds) }),
        mode,
        replace,
        false,
      );
      return;
    }
    if (!afterHandle && replace !== null) {
      // The provider never sees this request: a retry cannot create a duplicate.
      if (replace === "reset") return resetConnection(request, record);
      send(
        provider.errorResponse("internal", requestId),
        replace === "stall" ? "stall" : mode,
        replace,
        false,
      );
      return;
    }

    const emulatorRequest: EmulatorRequest = {
      method,
      path,
      query: new URLSearchParams(query),
      headers: request.headers as Record<string, string>,
      body,
      requestId,
      apiKey,
    };
    let answer: EmulatorResponse;
    try {
      const handled = provider.handle(emulatorRequest, providerState, ctx);
      // Built-in providers answer synchronously: no extra tick per request.
      answer = handled instanceof Promise ? await handled : handled;
    } catch (error) {
      recordError(error);
      answer = provider.errorResponse("internal", requestId);
    }
    if (timers.closed) return;
    // faultsAfterHandle: the work is done but the client never learns of it.
    if (replace === "reset") return resetConnection(request, record, true);
    if (replace === "internal_error") answer = provider.errorResponse("internal", requestId);
    send(answer, replace === "stall" ? "stall" : mode, replace ?? slowFault, true);
  }

  const sockets = new Set<Socket>();
  const server = createServer({ keepAliveTimeout: 5000 }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      recordError(error);
      if (!response.headersSent) response.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  let port: number;
  try {
    port = await listen(server, host, options.port ?? 0);
  } catch (error) {
    scheduler.close();
    timers.close();
    webhooks.close();
    throw error;
  }
  const url = `http://${urlHost(host)}:${port}`;
  let closing: Promise<void> | undefined;

  const state: EmulatorState<unknown> = {
    provider: providerState,
    get requestLog() {
      return log.entries();
    },
    get counters() {
      return log.counters();
    },
    webhookDeliveries: deliveries,
    errors,
    countRequests: (match = {}) =>
      log.entries().reduce((count, entry) => count + (matchesRequest(entry, match) ? 1 : 0), 0),
    runScheduled: () => scheduler.runDue(),
    webhooksIdle: () => webhooks.idle(),
    reset() {
      log.reset();
      deliveries.length = 0;
      errors.length = 0;
    },
  };

  return {
    url,
    provider,
    state,
    close() {
      closing ??= new Promise<void>((resolve) => {
        scheduler.close();
        timers.close();
        webhooks.close();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      });
      return closing;
    },
  };
}

// The registry is loaded only when a provider is named, so a custom ProviderModule does not
// pull in (or depend on the health of) the three built-in emulations.
async function resolveProvider(provider: EmulatorOptions["provider"]): Promise<ProviderModule<unknown>> {
  if (typeof provider !== "string") return provider;
  const { providers } = await import("../providers/index.js");
  const module = (providers as Partial<Record<string, ProviderModule<unknown>>>)[provider];
  if (module === undefined) {
    throw new Error(
      `unknown provider ${JSON.stringify(provider)}; expected one of ${Object.keys(providers).join(", ")}`,
    );
  }
  return module;
}

function resetConnection(
  request: IncomingMessage,
  record: (status: number | null, fault: FaultKind | null, handled: boolean) => void,
  handled = false,
): void {
  request.socket.destroy();
  record(null, "reset", handled);
}

function latencySource(latency: EmulatorOptions["latencyMs"], random: () => number): () => number {
  if (latency === undefined) return () => 0;
  if (typeof latency === "number") {
    const fixed = Math.max(0, latency);
    return () => fixed;
  }
  const min = Math.max(0, latency.min);
  const spread = Math.max(0, latency.max - min);
  return () => min + Math.floor(random() * spread);
}

function bearerToken(authorization: string | undefined): string | null {
  if (authorization === undefined || authorization.length < 8) return null;
  if (authorization.slice(0, 7).toLowerCase() !== "bearer ") return null;
  const token = authorization.slice(7).trim();
  return token === "" ? null : token;
}

function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

function listen(server: ReturnType<typeof createServer>, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? address.port : port);
    });
  });
}
