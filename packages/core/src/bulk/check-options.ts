import { ConfigurationError } from "../errors/errors.js";
import type { RunManyOptions } from "./types.js";

const positiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) >= 1;

/**
 * Throws `ConfigurationError` naming the first bad argument of `runMany`, before any request.
 * @example `checkRunManyOptions(inputs, { concurrency: 0 }); // throws: concurrency must be …`
 */
export function checkRunManyOptions<Input>(inputs: unknown, options: RunManyOptions<Input>): void {
  if (
    inputs == null ||
    (typeof (inputs as Iterable<Input>)[Symbol.iterator] !== "function" &&
      typeof (inputs as AsyncIterable<Input>)[Symbol.asyncIterator] !== "function") ||
    typeof inputs === "string"
  )
    throw new ConfigurationError("inputs must be an array, an iterable or an async iterable");
  const { concurrency, maxAttempts, timeoutMs, createTimeoutMs, key, checkpoint } = options;
  if (typeof concurrency === "number") {
    if (!positiveInteger(concurrency))
      throw new ConfigurationError(`concurrency must be an integer ≥ 1 (got ${concurrency})`);
  } else if (concurrency !== undefined) {
    const { initial, min = 1, max = 32 } = concurrency;
    for (const [name, value] of Object.entries({ initial, min, max }))
      if (value !== undefined && !positiveInteger(value))
        throw new ConfigurationError(`concurrency.${name} must be an integer ≥ 1 (got ${value})`);
    if (min > max || (initial !== undefined && (initial < min || initial > max)))
      throw new ConfigurationError(
        `concurrency must satisfy min ≤ initial ≤ max (got ${JSON.stringify(concurrency)})`,
      );
  }
  if (maxAttempts !== undefined && !positiveInteger(maxAttempts))
    throw new ConfigurationError(`maxAttempts must be an integer ≥ 1 (got ${maxAttempts})`);
  if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && timeoutMs > 0))
    throw new ConfigurationError(`timeoutMs must be a number > 0 (got ${timeoutMs})`);
  if (createTimeoutMs !== undefined && !(typeof createTimeoutMs === "number" && createTimeoutMs > 0))
    throw new ConfigurationError(`createTimeoutMs must be a number > 0 (got ${createTimeoutMs})`);
  if (key !== undefined && typeof key !== "function") throw new ConfigurationError("key must be a function");
  if (
    checkpoint !== undefined &&
    !["get", "created", "finished"].every(
      (m) => typeof (checkpoint as unknown as Record<string, unknown>)[m] === "function",
    )
  )
    throw new ConfigurationError("checkpoint must have get, created and finished methods");
}
