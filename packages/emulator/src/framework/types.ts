/**
 * The contract between the emulator framework (HTTP server, faults, rate limits, request log,
 * webhooks, CORS, clock) and a provider module (AnyFormat, Extend, Retab). A provider module
 * only knows its own API: routes, state, lifecycle, pagination and error envelope.
 */

/**
 * Providers the emulator can play.
 *
 * @example
 * ```ts
 * const name: ProviderName = "extend";
 * ```
 */
export type ProviderName = "anyformat" | "extend" | "retab";

/**
 * A request as a provider module sees it: fully read, headers lower-cased.
 *
 * @example
 * ```ts
 * const handle = (request: EmulatorRequest) => request.query.get("page") ?? "1";
 * ```
 */
export interface EmulatorRequest {
  readonly method: string;
  /** Path without query string, exactly as sent (AnyFormat cares about the trailing slash). */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  /** Raw body bytes (empty when none). */
  readonly body: Uint8Array;
  /** Request id the framework assigned; echo it in error envelopes and the request-id header. */
  readonly requestId: string;
  /** The bearer token from `Authorization`, or null when absent or not a bearer. */
  readonly apiKey: string | null;
}

/**
 * What a provider module answers. `json` is serialized by the framework.
 *
 * @example
 * ```ts
 * const answer: EmulatorResponse = { status: 200, json: { object: "list", data: [] } };
 * ```
 */
export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  /** Raw body, used instead of `json` when set. */
  body?: string | Uint8Array;
}

/**
 * A webhook event a provider module asks the framework to deliver.
 *
 * @example
 * ```ts
 * ctx.emitWebhook({ id: "evt_1", type: "workflow_run.completed", payload: { eventType: "workflow_run.completed" } });
 * ```
 */
export interface WebhookEvent {
  /** Unique event id (used by receivers for replay protection). */
  id: string;
  /** Event type, e.g. `workflow_run.completed`. */
  type: string;
  /** JSON body to POST, already in the provider's envelope. */
  payload: unknown;
  /**
   * Extra receivers for this event only, on top of the ones given to `startEmulator` (for example
   * subscriptions created through the provider's own webhook API).
   */
  receivers?: readonly WebhookTarget[];
}

/**
 * Where a webhook goes and the secret it is signed with.
 *
 * @example
 * ```ts
 * const target: WebhookTarget = { url: "http://127.0.0.1:3000/hooks", secret: "test-secret" };
 * ```
 */
export interface WebhookTarget {
  readonly url: string;
  readonly secret: string;
}

/**
 * Services the framework gives a provider module.
 *
 * @example
 * ```ts
 * ctx.schedule(ctx.now() + ctx.processingMs, () => finishRun(run));
 * ```
 */
export interface ProviderContext {
  /** Current time in ms on the emulator clock (Date.now unless a clock was injected). */
  now(): number;
  /** Seeded random source in [0, 1): same seed, same answers. */
  random(): number;
  /** How long a created run takes to reach its terminal status, in ms. */
  readonly processingMs: number;
  /** Configured API keys; an empty set means any non-empty bearer key is accepted. */
  readonly apiKeys: ReadonlySet<string>;
  /** Run `fn` at emulator time `atMs` (used to emit webhooks when a run finishes). */
  schedule(atMs: number, fn: () => void): void;
  /** Deliver a webhook to every configured receiver, signed with the provider's scheme. */
  emitWebhook(event: WebhookEvent): void;
}

/**
 * Seed instructions: how many runs (and related objects) to generate, deterministically.
 *
 * @example
 * ```ts
 * const seed: SeedOptions = { runs: 100_000, seed: 42, workflows: 10 };
 * ```
 */
export interface SeedOptions {
  /** Number of runs to generate (10 to 100,000). */
  runs: number;
  /** PRNG seed number. Same number, same data. */
  seed: number;
  /** Number of workflows to spread runs over (default chosen by the provider). */
  workflows?: number;
}

/**
 * One provider's emulation. `State` is the provider's own in-memory store.
 *
 * @example
 * ```ts
 * await startEmulator({ provider: myProviderModule satisfies ProviderModule<MyState> });
 * ```
 */
export interface ProviderModule<State = unknown> {
  readonly name: ProviderName;
  /** Make empty state, then fill it from the seed (if any). Must be deterministic for a seed. */
  createState(ctx: ProviderContext, seed: SeedOptions | undefined): State;
  /** Route and answer one request (auth included: 401/403 in the provider's envelope). */
  handle(
    request: EmulatorRequest,
    state: State,
    ctx: ProviderContext,
  ): EmulatorResponse | Promise<EmulatorResponse>;
  /** The provider's own error envelope for framework-made errors (faults, rate limits, 404 route). */
  errorResponse(
    kind: "rate_limited" | "internal" | "not_found" | "unauthorized",
    requestId: string,
    detail?: { retryAfterSeconds?: number },
  ): EmulatorResponse;
  /** Header carrying the request id in this provider's responses (e.g. `x-request-id`). */
  readonly requestIdHeader: string;
  /** Sign a webhook body: returns the headers to send with it. Swappable via startEmulator options. */
  signWebhook(secret: string, body: string, timestampSeconds: number): Promise<Record<string, string>>;
  /**
   * Make the id for the `sequence`-th request (1-based), in the provider's format
   * (default `req_` + 24 hex digits).
   */
  createRequestId?(sequence: number): string;
}
