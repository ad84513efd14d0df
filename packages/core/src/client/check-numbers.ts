import { ConfigurationError } from "../errors/errors.js";

/**
 * Throws `ConfigurationError`, naming the option, for a numeric option below its minimum (a
 * minimum of 0 also asks for an integer), not a number, or too large for a timer. Absent is fine.
 */
export function checkNumbers(options: object, minimums: Record<string, number>): void {
  for (const [key, min] of Object.entries(minimums)) {
    const value = (options as Record<string, any>)[key];
    if (value != null && !(value >= min && value < 2 ** 31 && (min || value % 1 == 0)))
      throw new ConfigurationError(
        `${key} must be ${min ? "a number" : "an integer"} >= ${min} (got ${value})`,
      );
  }
}
