// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, createAndPollOperation, pollOperation, type CallOptions, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitDeclaration, type WaitOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "extractions.list", method: "GET", path: "/v1/extractions", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "extractions.create", method: "POST", path: "/v1/extractions", pathParams: [], idempotent: true, shape: {"id":"string"} },
  createStream: { name: "extractions.createStream", method: "POST", path: "/v1/extractions/stream", pathParams: [], parseAs: "stream" },
  get: { name: "extractions.get", method: "GET", path: "/v1/extractions/{extraction_id}", pathParams: ["extraction_id"], shape: {"id":"string"} },
  delete: { name: "extractions.delete", method: "DELETE", path: "/v1/extractions/{extraction_id}", pathParams: ["extraction_id"] },
  cancel: { name: "extractions.cancel", method: "POST", path: "/v1/extractions/{extraction_id}/cancel", pathParams: ["extraction_id"], shape: {"id":"string"} },
  getSources: { name: "extractions.getSources", method: "GET", path: "/v1/extractions/{extraction_id}/sources", pathParams: ["extraction_id"], shape: {} },
} satisfies Record<string, Operation>;

const POLL_OPERATIONS = {
  create: { name: "extractions.get", method: "GET", path: "/v1/extractions/{extraction_id}", pathParams: ["extraction_id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

const WAITS = {
  create: {"id":"id","status":"status","pending":["pending","queued","in_progress"],"succeeded":["completed"],"failed":["failed","cancelled"],"request":{"background":true}},
} satisfies Record<string, WaitDeclaration>;

/**
 * `retab.extractions`: 7 operations of the Retab API (Extractions).
 *
 * @example
 * ```ts
 * const extractions = retab.extractions;
 * ```
 */
export interface Extractions {
  /**
   * List Extractions.
   *
   * List and paginate extractions with optional filtering.
   *
   * `GET /v1/extractions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.extractions.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/extractions"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["Extraction"], IdCursor>;
  /**
   * Create Extraction.
   *
   * Run a structured extraction on a document.
   *
   * `POST /v1/extractions`
   *
   * @example
   * ```ts
   * const result = await retab.extractions.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateExtractionRequest"], options?: CallOptions): Promise<components["schemas"]["Extraction"]>;
  /**
   * `create`, then waits until `status` is `completed` (returned) or `failed`, `cancelled` (`RunFailedError`).
   * Sends `background: true` unless the body says otherwise; `timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).
   *
   * @example
   * ```ts
   * const done = await retab.extractions.createAndPoll(body, { timeoutMs: 120_000 });
   * ```
   */
  createAndPoll(body: components["schemas"]["CreateExtractionRequest"], options?: WaitOptions<components["schemas"]["Extraction"]> & Pick<CallOptions, "idempotencyKey">): Promise<components["schemas"]["Extraction"]>;
  /**
   * Waits on an existing one (`get_extraction`) until `status` is `completed` or `failed`, `cancelled` (`RunFailedError`).
   *
   * @example
   * ```ts
   * const done = await retab.extractions.poll("<extraction_id>", { timeoutMs: 120_000 });
   * ```
   */
  poll(extractionId: string, options?: WaitOptions<components["schemas"]["Extraction"]>): Promise<components["schemas"]["Extraction"]>;
  /**
   * Create Extraction Stream.
   *
   * Run a structured extraction on a document and stream partial results as they are produced.
   *
   * `POST /v1/extractions/stream`
   *
   * @example
   * ```ts
   * const result = await retab.extractions.createStream(body);
   * ```
   */
  createStream(body: components["schemas"]["CreateExtractionRequest"], options?: RequestOptions): Promise<ReadableStream<Uint8Array>>;
  /**
   * Get Extraction.
   *
   * Retrieve an extraction.
   *
   * `GET /v1/extractions/{extraction_id}`
   *
   * @example
   * ```ts
   * const result = await retab.extractions.get("<extraction_id>");
   * ```
   */
  get(extractionId: string, query?: NonNullable<paths["/v1/extractions/{extraction_id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["Extraction"]>;
  /**
   * Delete Extraction.
   *
   * Delete an extraction.
   *
   * `DELETE /v1/extractions/{extraction_id}`
   *
   * @example
   * ```ts
   * const result = await retab.extractions.delete("<extraction_id>");
   * ```
   */
  delete(extractionId: string, options?: RequestOptions): Promise<void>;
  /**
   * Cancel Extraction.
   *
   * `POST /v1/extractions/{extraction_id}/cancel`
   *
   * @example
   * ```ts
   * const result = await retab.extractions.cancel("<extraction_id>");
   * ```
   */
  cancel(extractionId: string, options?: RequestOptions): Promise<components["schemas"]["Extraction"]>;
  /**
   * Get Extraction Sources.
   *
   * Return the extraction result enriched with per-leaf source provenance.
   *
   * `GET /v1/extractions/{extraction_id}/sources`
   *
   * @example
   * ```ts
   * const result = await retab.extractions.getSources("<extraction_id>");
   * ```
   */
  getSources(extractionId: string, options?: RequestOptions): Promise<components["schemas"]["ExtractionSources"]>;
}

/**
 * Builds `extractions` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const extractions = createExtractions(ctx);
 * ```
 */
export function createExtractions(ctx: WaitContext): Extractions {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    createAndPoll: (body, options) => createAndPollOperation(ctx, OPERATIONS.create, POLL_OPERATIONS.create, WAITS.create, "extractions", [], body, options),
    poll: (id, options) => pollOperation(ctx, POLL_OPERATIONS.create, WAITS.create, "extractions", id, options),
    createStream: (body, options) => callOperation(ctx, OPERATIONS.createStream, [], { body }, options),
    get: (extractionId, query, options) => callOperation(ctx, OPERATIONS.get, [extractionId], { query }, options),
    delete: (extractionId, options) => callOperation(ctx, OPERATIONS.delete, [extractionId], {}, options),
    cancel: (extractionId, options) => callOperation(ctx, OPERATIONS.cancel, [extractionId], {}, options),
    getSources: (extractionId, options) => callOperation(ctx, OPERATIONS.getSources, [extractionId], {}, options),
  };
}
