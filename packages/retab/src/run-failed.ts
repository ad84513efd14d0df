import { RunFailedError as CoreRunFailedError, type RunFailedErrorClass } from "@docrun/core";
import type { WorkflowRun } from "./types.js";

/**
 * Thrown when a run ends failed or cancelled; `run` is the Retab run as last fetched (`lifecycle.status`, `lifecycle.message`). The same class as
 * `@docrun/core`'s (so `instanceof` works whichever package you import it from), typed with this
 * provider's run so `error.run` needs no cast.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof RunFailedError) console.log(error.status, error.run.id) }
 * ```
 */
export const RunFailedError = CoreRunFailedError as RunFailedErrorClass<WorkflowRun>;
/** The type of a {@link RunFailedError} of this provider. @example `let failure: RunFailedError | undefined;` */
export type RunFailedError = CoreRunFailedError<WorkflowRun>;
