import { RunFailedError as CoreRunFailedError, type RunFailedErrorClass } from "@docrun/core";
import type { FailedExtraction } from "./types.js";

/**
 * Thrown when a run ends failed or cancelled; `run` is the run that ended without results: its ids, status and AnyFormat's error body. The same class as
 * `@docrun/core`'s (so `instanceof` works whichever package you import it from), typed with this
 * provider's run so `error.run` needs no cast.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof RunFailedError) console.log(error.status, error.run.id) }
 * ```
 */
export const RunFailedError = CoreRunFailedError as RunFailedErrorClass<FailedExtraction>;
/** The type of a {@link RunFailedError} of this provider. @example `let failure: RunFailedError | undefined;` */
export type RunFailedError = CoreRunFailedError<FailedExtraction>;
