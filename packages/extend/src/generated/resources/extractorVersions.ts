// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "extractorVersions.list", method: "GET", path: "/extractors/{extractorId}/versions", pathParams: ["extractorId"], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "extractorVersions.create", method: "POST", path: "/extractors/{extractorId}/versions", pathParams: ["extractorId"], shape: {"id":"string"} },
  get: { name: "extractorVersions.get", method: "GET", path: "/extractors/{extractorId}/versions/{versionId}", pathParams: ["extractorId","versionId"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.extractorVersions`: 3 operations of the Extend API (Extractor Versions).
 *
 * @example
 * ```ts
 * const extractorVersions = extend.extractorVersions;
 * ```
 */
export interface ExtractorVersions {
  /**
   * This endpoint allows you to fetch all versions of a given extractor, including the current `draft` version.
   *
   * This endpoint allows you to fetch all versions of a given extractor, including the current `draft` version.
   *
   * `GET /extractors/{extractorId}/versions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.extractorVersions.list("<extractorId>")) console.log(item);
   * ```
   */
  list(extractorId: string, options?: Omit<NonNullable<paths["/extractors/{extractorId}/versions"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["ExtractorVersionSummary"], string>;
  /**
   * This endpoint allows you to publish a new version of an existing extractor.
   *
   * This endpoint allows you to publish a new version of an existing extractor. Publishing a new version creates a snapshot of the extractor's current configuration and makes it available for use in workflows.
   *
   * `POST /extractors/{extractorId}/versions`
   *
   * @example
   * ```ts
   * const result = await extend.extractorVersions.create("<extractorId>", body);
   * ```
   */
  create(extractorId: string, body: components["schemas"]["ExtractorVersionsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["ExtractorVersion"]>;
  /**
   * Retrieve a specific version of an extractor in Extend.
   *
   * `GET /extractors/{extractorId}/versions/{versionId}`
   *
   * @example
   * ```ts
   * const result = await extend.extractorVersions.get("<extractorId>", "<versionId>");
   * ```
   */
  get(extractorId: string, versionId: string, options?: RequestOptions): Promise<components["schemas"]["ExtractorVersion"]>;
}

/**
 * Builds `extractorVersions` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const extractorVersions = createExtractorVersions(ctx);
 * ```
 */
export function createExtractorVersions(ctx: WaitContext): ExtractorVersions {
  return {
    list: (extractorId, options) => listOperation(ctx, OPERATIONS.list, [extractorId], options),
    create: (extractorId, body, options) => callOperation(ctx, OPERATIONS.create, [extractorId], { body }, options),
    get: (extractorId, versionId, options) => callOperation(ctx, OPERATIONS.get, [extractorId, versionId], {}, options),
  };
}
