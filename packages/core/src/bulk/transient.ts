import {
  ApiError,
  ConnectionError,
  InvalidResponseError,
  RateLimitError,
  TimeoutError,
} from "../errors/errors.js";

/**
 * Whether a failed call may simply be made again later: rate limits, 5xx, lost connections,
 * timeouts of one request, truncated bodies. A run that failed, a 4xx or an abort is final.
 *
 * @example `if (isTransient(error)) await sleep(1_000);`
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof ApiError) return error instanceof RateLimitError || error.status >= 500;
  return (
    error instanceof ConnectionError || error instanceof TimeoutError || error instanceof InvalidResponseError
  );
}

const beforeCreate = new WeakSet<object>();

/**
 * Marks an error as thrown before the create request was sent (e.g. while `prepare` uploaded a
 * file), so retrying it cannot start a second run.
 * @example `throw markedBeforeCreate(error);`
 */
export function markedBeforeCreate(error: unknown): unknown {
  if (typeof error === "object" && error !== null) beforeCreate.add(error);
  return error;
}

/**
 * Whether a create that failed this way certainly started nothing, so it may be sent again even
 * without an idempotency key: a 429 is answered before any work, and an error
 * marked by {@link markedBeforeCreate} came before the request.
 *
 * @example `if (isTransient(e) && (idempotent || surelyNotCreated(e))) retry();`
 */
export function surelyNotCreated(error: unknown): boolean {
  return (
    error instanceof RateLimitError ||
    (typeof error === "object" && error !== null && beforeCreate.has(error))
  );
}
