import type { ProviderModule, ProviderName, SeedOptions, WebhookTarget } from "./types.js";

/**
 * Fault injection settings. Rates are probabilities in [0, 1] drawn from the seeded random.
 *
 * @example
 * ```ts
 * const faults: FaultOptions = { errorRate: 0.2, rateLimitRate: 0.1, resetRate: 0.02, onlyMethods: ["POST"] };
 * ```
 */
export interface FaultOptions {
  /** Share of requests answered 500 in the provider's error envelope. */
  errorRate?: number;
  /** Share of requests answered 429 with `Retry-After`. */
  rateLimitRate?: number;
  /** `Retry-After` seconds on injected 429s (default 1). */
  retryAfterSeconds?: number;
  /** Share of requests whose connection is destroyed before any response byte. */
  resetRate?: number;
  /** Share of responses whose body is sent in slow chunks after the headers. */
  slowBodyRate?: number;
  /** Pause between the chunks of a slow body, in ms (default 200). */
  slowBodyMs?: number;
  /** Share of responses that send headers and then nothing until the client gives up. */
  stallRate?: number;
  /** Extra latency added to every faultable request, in ms. */
  latencyMs?: number;
  /** Random extra latency in [0, jitterMs) added on top of `latencyMs`. */
  jitterMs?: number;
  /** Only requests whose path starts with one of these strings (or matches the RegExp) get faults. */
  onlyPaths?: readonly (string | RegExp)[];
  /** Only requests with one of these methods get faults (default: all). */
  onlyMethods?: readonly string[];
}

/**
 * Per-API-key rate limit over a fixed window.
 *
 * @example
 * ```ts
 * const rateLimit: RateLimitOptions = { limit: 600, windowMs: 60_000 };
 * ```
 */
export interface RateLimitOptions {
  /** Requests allowed per window and key. */
  limit: number;
  /** Window length in ms (default 60,000). */
  windowMs?: number;
}

/**
 * A webhook receiver: where to POST events and the secret to sign them with.
 *
 * @example
 * ```ts
 * const receiver: WebhookReceiverOptions = { url: "http://127.0.0.1:3000/hooks", secret: "test-secret" };
 * ```
 */
export interface WebhookReceiverOptions extends WebhookTarget {
  /** Replace the provider's signing scheme for this receiver: returns the headers to send. */
  sign?: (secret: string, body: string, timestampSeconds: number) => Promise<Record<string, string>>;
}

/**
 * Options of `startEmulator`. Everything but `provider` is optional.
 *
 * @example
 * ```ts
 * const options: EmulatorOptions = { provider: "extend", seed: { runs: 1000, seed: 42 }, random: 7 };
 * ```
 */
export interface EmulatorOptions {
  /** Which API to play: a provider name or a custom {@link ProviderModule}. */
  provider: ProviderName | ProviderModule<any>;
  /** Interface to listen on (default `127.0.0.1`). Non-loopback needs `allowNonLoopback`. */
  host?: string;
  /** Port (default 0: the OS picks a free one; read it from `url`). */
  port?: number;
  /** Accept only these bearer keys (default: any non-empty key). */
  apiKeys?: readonly string[];
  /** Seed data: `{ runs, seed, workflows? }`, or a path to a JSON file with those fields. */
  seed?: SeedOptions | string;
  /** How long a created run takes to reach its terminal status, in ms (default 1000). */
  processingMs?: number;
  /** Latency added to every request (not preflights): fixed ms, or a range drawn from the seeded random. */
  latencyMs?: number | { min: number; max: number };
  /** Fault injection; see {@link FaultOptions}. */
  faults?: FaultOptions;
  /**
   * Inject 500s and resets after the provider handled the request ("processed, response lost")
   * instead of before it ("not processed"). Default false.
   */
  faultsAfterHandle?: boolean;
  /** Per-key rate limit; every response then carries `x-ratelimit-*`. */
  rateLimit?: RateLimitOptions;
  /** Webhook receivers; each event is POSTed to all of them. */
  webhooks?: readonly WebhookReceiverOptions[];
  /** Seed number or random function for faults, jitter and the provider's random. */
  random?: number | (() => number);
  /** Emulator clock (default `Date.now`); scheduled work runs when it reaches the due time. */
  clock?: { now(): number };
  /** Allow listening on a non-loopback interface. */
  allowNonLoopback?: boolean;
  /** Most recent requests kept in `state.requestLog` (default 20,000). */
  requestLogLimit?: number;
  /** Largest accepted request body in bytes (default 50 MB); larger bodies get 413. */
  maxBodyBytes?: number;
  /** Timeout for one webhook delivery in ms (default 5000). */
  webhookTimeoutMs?: number;
}
