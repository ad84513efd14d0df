/**
 * Every error core throws. Subclasses add no code of their own: the fields they carry are set from
 * the `props` object given to the constructor, and each class gets its `name` from one table at the
 * bottom of this file (so minifiers cannot rename it).
 *
 * Nothing here ever holds a `Request`, request headers or the API key: `toJSON()` and
 * `util.inspect` show only the message and the plain fields listed on each class, and every key a
 * live client holds is redacted from the message, stack, fields and `cause` chain (`secrets.ts`).
 */

import { redactSecrets, scrubSecrets } from "./secrets.js";

/**
 * Extra fields for an error: `cause` becomes the standard `Error.cause`, the rest own properties.
 *
 * @example
 * ```ts
 * throw new RunFailedError("Extraction failed", { run, status: "error", cause: err });
 * ```
 */
export type ErrorProps = { cause?: unknown } & Record<string, unknown>;

/**
 * Base class of everything `@docrun/core` (and the provider packages) throw.
 *
 * @example
 * ```ts
 * try { await client.runs.get(id) } catch (err) {
 *   if (err instanceof DocrunError) console.error(JSON.stringify(err)); // safe to log
 * }
 * ```
 */
export class DocrunError extends Error {
  constructor(message: string, props?: ErrorProps) {
    // Whatever the text came from (a server's echo, a URL, a run), no live API key survives in it;
    // redacting before `super` keeps the key out of the stack too.
    props = scrubSecrets(props);
    super(redactSecrets(message), props);
    // `cause`, when given, is already an own non-enumerable property: assigning keeps it so.
    Object.assign(this, props);
  }

  /** A plain object with `name`, `message` and the error's own fields (never headers or a stack). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }
}

/**
 * An HTTP response that is not 2xx. Thrown by `unwrap()` and every provider helper; `.api` calls
 * return it as openapi-fetch's `{ error, response }` instead.
 *
 * @example
 * ```ts
 * catch (err) {
 *   if (err instanceof ApiError && err.retryable) scheduleLater(err.retryAfterMs);
 *   if (err instanceof NotFoundError) return null;
 * }
 * ```
 */
export class ApiError extends DocrunError {
  /** HTTP status code. */
  declare readonly status: number;
  /** The provider's machine-readable error code, when its envelope has one. */
  declare readonly code: string | undefined;
  /** The provider's request id (from its response header or error envelope): quote it to support. */
  declare readonly requestId: string | undefined;
  /** Response headers (not enumerable, so logs stay short; never the request's headers). */
  declare readonly headers: Headers;
  /** The parsed error body (JSON when it parsed, else text). */
  declare readonly body: unknown;
  /** Whether trying again later may succeed (408, 409, 429, 5xx, or the provider's envelope says so). */
  declare readonly retryable: boolean;
  /** How many HTTP attempts were made, retries included. */
  declare readonly attempts: number;
  /** The server's `Retry-After` / `retry-after-ms` hint in milliseconds, when it sent one. */
  declare readonly retryAfterMs: number | undefined;
}

/** 400: the request was malformed. @example `catch (e) { if (e instanceof BadRequestError) … }` */
export class BadRequestError extends ApiError {}
/** 401: the API key is missing, wrong or revoked. @example `if (e instanceof AuthenticationError) askForNewKey()` */
export class AuthenticationError extends ApiError {}
/** 402: the account is out of credit. @example `if (e instanceof PaymentRequiredError) notifyBilling()` */
export class PaymentRequiredError extends ApiError {}
/** 403: the key may not do this. @example `if (e instanceof PermissionDeniedError) …` */
export class PermissionDeniedError extends ApiError {}
/** 404: no such resource. @example `if (e instanceof NotFoundError) return null` */
export class NotFoundError extends ApiError {}
/** 409: conflicts with the current state. @example `if (e instanceof ConflictError) …` */
export class ConflictError extends ApiError {}
/** 422: well-formed but rejected (validation). @example `if (e instanceof UnprocessableEntityError) show(e.body)` */
export class UnprocessableEntityError extends ApiError {}
/**
 * 429: rate limited, after the transport's retries, or at once when the server asked to wait longer
 * than `maxRetryAfterMs`; `retryAfterMs` carries the server's hint.
 * @example `if (e instanceof RateLimitError) await sleep(e.retryAfterMs ?? 60_000)`
 */
export class RateLimitError extends ApiError {}
/** 5xx: the server failed (after the transport's retries). @example `if (e instanceof InternalServerError) …` */
export class InternalServerError extends ApiError {}

/**
 * No HTTP response: DNS failure, refused or reset connection. `cause` holds the runtime's error.
 * @example `if (e instanceof ConnectionError) console.warn("offline?", e.attempts)`
 */
export class ConnectionError extends DocrunError {
  /** How many attempts were made. */
  declare readonly attempts: number;
  /** The runtime's reason, when it gave one: `ECONNREFUSED`, `ENOTFOUND`, `CERT_HAS_EXPIRED`… (also in the message). */
  declare readonly code: string | undefined;
}
/**
 * An attempt ran past `timeoutMs` (headers and body included) or the call ran past `deadlineMs`.
 * @example `api.GET("/x", { ...requestOptions({ timeoutMs: 5_000 }) })`
 */
export class TimeoutError extends DocrunError {
  /** How many attempts were made. */
  declare readonly attempts: number;
}
/**
 * The caller's `AbortSignal` fired; `cause` is the signal's reason. `name` is `"AbortError"`, like the
 * platform's, so existing `err.name === "AbortError"` checks keep working.
 * @example `const ac = new AbortController(); setTimeout(() => ac.abort(), 1000); await poll(f, { signal: ac.signal, isDone })`
 */
export class AbortError extends DocrunError {}
/**
 * Bad options, detected before any request (the message names the option or env variable).
 * @example `createExtendClient({ maxRetries: -1 }) // throws ConfigurationError: maxRetries …`
 */
export class ConfigurationError extends DocrunError {}
/**
 * A response that is not what HTTP promised: an HTML page or broken JSON on a 2xx, a body above
 * `maxResponseBytes`, a redirect loop.
 * @example `if (e instanceof InvalidResponseError) console.error(e.status, e.message)`
 */
export class InvalidResponseError extends DocrunError {
  /** HTTP status of the offending response, when there was one. */
  declare readonly status: number | undefined;
}
/**
 * `poll()` reached its deadline; `lastState` is the last state seen.
 * @example `catch (e) { if (e instanceof PollTimeoutError) console.log(e.lastState, e.elapsedMs) }`
 */
export class PollTimeoutError extends DocrunError {
  /** The last state `fetchState` returned (or a not-ready hint's state). */
  declare readonly lastState: unknown;
  /** Milliseconds spent polling. */
  declare readonly elapsedMs: number;
}
/**
 * A run ended in a failed terminal state; `run` is the run as last fetched. Each provider package
 * exports this same class typed with its run (`RunFailedError<WorkflowRun>`), so
 * `err.run.status` type-checks after `err instanceof RunFailedError` without a cast.
 * @example `catch (e) { if (e instanceof RunFailedError) console.log(e.status, e.run) }`
 */
export class RunFailedError<Run = unknown> extends DocrunError {
  /** The run (or result) object as the provider returned it. */
  declare readonly run: Run;
  /** The provider's status value for the failure, when known. */
  declare readonly status: string | undefined;
}
/**
 * `RunFailedError` seen through one provider's run type: what a provider package exports as its
 * `RunFailedError` (the same class at runtime, so `instanceof` works across packages).
 * @example `export const RunFailedError = CoreRunFailedError as RunFailedErrorClass<WorkflowRun>;`
 */
export interface RunFailedErrorClass<Run> {
  new (message: string, props: ErrorProps & { run: Run; status?: string | undefined }): RunFailedError<Run>;
  readonly prototype: RunFailedError<Run>;
}
/**
 * A listing that would loop or skip: a repeated cursor, an empty page that claims more, a count that
 * lies, or a runaway listing. `page` is how many pages had been fetched.
 * @example `catch (e) { if (e instanceof PaginationError) console.log(e.message, e.page) }`
 */
export class PaginationError extends DocrunError {
  /** Number of pages fetched when the problem was found. */
  declare readonly page: number;
}
/**
 * A webhook did not verify; `reason` says why (one value per failure). Subclasses group the reasons.
 * @example `catch (e) { if (e instanceof WebhookVerificationError) return new Response(e.reason, { status: 400 }) }`
 */
export class WebhookVerificationError extends DocrunError {
  declare readonly reason:
    | "missing_signature"
    | "malformed_signature"
    | "signature_mismatch"
    | "missing_timestamp"
    | "malformed_timestamp"
    | "timestamp_too_old"
    | "timestamp_in_future"
    | "missing_event_id"
    | "replayed"
    | "invalid_payload";
}
/** The signature header is missing or does not match the body. @example `if (e instanceof WebhookSignatureError) …` */
export class WebhookSignatureError extends WebhookVerificationError {}
/** The timestamp is missing, malformed, too old or too far in the future. @example `if (e instanceof WebhookTimestampError) …` */
export class WebhookTimestampError extends WebhookVerificationError {}
/** The event id was seen before (replay), or is missing while a replay store is given. @example `if (e instanceof WebhookReplayError) return ok()` */
export class WebhookReplayError extends WebhookVerificationError {}

// One table names every class (minifiers rename classes); `name` lives on the prototype.
const classes: Function[] = [
  DocrunError,
  ApiError,
  BadRequestError,
  AuthenticationError,
  PaymentRequiredError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  ConfigurationError,
  InvalidResponseError,
  PollTimeoutError,
  RunFailedError,
  PaginationError,
  WebhookVerificationError,
  WebhookSignatureError,
  WebhookTimestampError,
  WebhookReplayError,
];
"Docrun Api BadRequest Authentication PaymentRequired PermissionDenied NotFound Conflict UnprocessableEntity RateLimit InternalServer Connection Timeout Abort Configuration InvalidResponse PollTimeout RunFailed Pagination WebhookVerification WebhookSignature WebhookTimestamp WebhookReplay"
  .split(" ")
  .forEach((name, i) => (classes[i]!.prototype.name = name + "Error"));

/**
 * The `ApiError` subclass for each status family (anything else ≥ 500 is `InternalServerError`).
 *
 * @example
 * ```ts
 * errorClassByStatus[404] === NotFoundError; // true
 * ```
 */
export const errorClassByStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};
