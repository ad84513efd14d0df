import {
  ApiError,
  expectShape,
  notReady,
  poll,
  requestOptions,
  retryAfterMs,
  RunFailedError,
  type PollOptions,
  type RequestOptions,
} from "@docrun/core";
import { SHAPES, type ClientContext } from "./context.js";
import type { ErrorResponse, FailedExtraction, FileResults, WorkflowRunResponse } from "./types.js";
import { resultsHistory } from "./wait-history.js";

/**
 * Options of `runAndWait` / `poll`: how long and how often to wait, and progress reports.
 * @example `await af.workflows.poll(workflowId, run.id, { timeoutMs: 60_000, interval: { initialMs: 2_000 } });`
 */
export interface WaitOptions extends RequestOptions {
  /** Budget for the whole wait in ms (default 10 minutes) → `PollTimeoutError`. */
  timeoutMs?: number | undefined;
  /** Called after every check: `results` is undefined until they are ready. */
  onProgress?:
    ((results: FileResults | undefined, info: { attempt: number; elapsedMs: number }) => void) | undefined;
  /** Your own schedule between checks instead of core's (which learns from this workflow's past runs). */
  interval?: PollOptions<FileResults>["interval"];
}

const FAILED_STATUS: Record<string, "error" | "cancelled"> = {
  EXTRACTION_FAILED: "error",
  EXTRACTION_CANCELLED: "cancelled",
};

/**
 * The polling adapter for AnyFormat's results endpoint, run by core's `poll()`: 200 → done,
 * 412 → `notReady` (with `Retry-After` when sent), 422 `EXTRACTION_FAILED` / `EXTRACTION_CANCELLED`
 * → `RunFailedError` whose `status` is the run's (`error` / `cancelled`) and whose `run` holds the
 * ids and AnyFormat's error body. Other errors are core's typed `ApiError`s.
 *
 * @example
 * ```ts
 * const results = await waitForResults(context, workflowId, collectionId, { timeoutMs: 60_000 });
 * ```
 */
export function waitForResults(
  context: ClientContext,
  workflowId: string,
  collectionId: string,
  options: WaitOptions,
  started?: WorkflowRunResponse,
): Promise<FileResults> {
  const { api, unwrap } = context;
  const { signal, timeoutMs, onProgress, interval } = options;
  return poll<FileResults>(
    async (o) => {
      const result = await api.GET("/v2/workflows/{workflow_id}/files/{collection_id}/results/", {
        params: { path: { workflow_id: workflowId, collection_id: collectionId } },
        ...requestOptions(o),
      });
      const { response } = result;
      if (response.status === 412) return notReady({ retryAfterMs: retryAfterMs(response.headers) });
      try {
        return expectShape("AnyFormat workflows.poll", await unwrap(Promise.resolve(result)), SHAPES.results);
      } catch (error) {
        const code = error instanceof ApiError && error.status === 422 ? error.code : undefined;
        const status =
          code !== undefined && Object.hasOwn(FAILED_STATUS, code) ? FAILED_STATUS[code] : undefined;
        if (status === undefined) throw error;
        const body = (error as ApiError).body as ErrorResponse;
        throw new RunFailedError(
          `AnyFormat run ${collectionId} ended ${status === "error" ? "in error" : "cancelled"} (${code}): ${String(body.detail)}`,
          {
            run: {
              id: collectionId,
              workflow_id: workflowId,
              status,
              error: body,
            } satisfies FailedExtraction,
            status,
          },
        );
      }
    },
    {
      isDone: () => true,
      ...resultsHistory(context.durations, workflowId, started),
      ...(signal !== undefined && { signal }),
      ...(timeoutMs !== undefined && { timeoutMs }),
      ...(onProgress !== undefined && { onProgress }),
      ...(interval !== undefined && { interval }),
    },
  );
}
