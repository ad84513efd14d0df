// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "splitterVersions.list", method: "GET", path: "/splitters/{splitterId}/versions", pathParams: ["splitterId"], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "splitterVersions.create", method: "POST", path: "/splitters/{splitterId}/versions", pathParams: ["splitterId"], shape: {"id":"string"} },
  get: { name: "splitterVersions.get", method: "GET", path: "/splitters/{splitterId}/versions/{versionId}", pathParams: ["splitterId","versionId"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.splitterVersions`: 3 operations of the Extend API (Splitter Versions).
 *
 * @example
 * ```ts
 * const splitterVersions = extend.splitterVersions;
 * ```
 */
export interface SplitterVersions {
  /**
   * This endpoint allows you to fetch all versions of a given splitter, including the current `draft` version.
   *
   * This endpoint allows you to fetch all versions of a given splitter, including the current `draft` version.
   *
   * `GET /splitters/{splitterId}/versions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.splitterVersions.list("<splitterId>")) console.log(item);
   * ```
   */
  list(splitterId: string, options?: Omit<NonNullable<paths["/splitters/{splitterId}/versions"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["SplitterVersionSummary"], string>;
  /**
   * This endpoint allows you to publish a new version of an existing splitter.
   *
   * This endpoint allows you to publish a new version of an existing splitter. Publishing a new version creates a snapshot of the splitter's current configuration and makes it available for use in workflows.
   *
   * `POST /splitters/{splitterId}/versions`
   *
   * @example
   * ```ts
   * const result = await extend.splitterVersions.create("<splitterId>", body);
   * ```
   */
  create(splitterId: string, body: components["schemas"]["SplitterVersionsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["SplitterVersion"]>;
  /**
   * Retrieve a specific version of a splitter in Extend.
   *
   * `GET /splitters/{splitterId}/versions/{versionId}`
   *
   * @example
   * ```ts
   * const result = await extend.splitterVersions.get("<splitterId>", "<versionId>");
   * ```
   */
  get(splitterId: string, versionId: string, options?: RequestOptions): Promise<components["schemas"]["SplitterVersion"]>;
}

/**
 * Builds `splitterVersions` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const splitterVersions = createSplitterVersions(ctx);
 * ```
 */
export function createSplitterVersions(ctx: WaitContext): SplitterVersions {
  return {
    list: (splitterId, options) => listOperation(ctx, OPERATIONS.list, [splitterId], options),
    create: (splitterId, body, options) => callOperation(ctx, OPERATIONS.create, [splitterId], { body }, options),
    get: (splitterId, versionId, options) => callOperation(ctx, OPERATIONS.get, [splitterId, versionId], {}, options),
  };
}
