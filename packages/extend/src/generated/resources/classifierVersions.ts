// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "classifierVersions.list", method: "GET", path: "/classifiers/{classifierId}/versions", pathParams: ["classifierId"], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  create: { name: "classifierVersions.create", method: "POST", path: "/classifiers/{classifierId}/versions", pathParams: ["classifierId"], shape: {"id":"string"} },
  get: { name: "classifierVersions.get", method: "GET", path: "/classifiers/{classifierId}/versions/{versionId}", pathParams: ["classifierId","versionId"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.classifierVersions`: 3 operations of the Extend API (Classifier Versions).
 *
 * @example
 * ```ts
 * const classifierVersions = extend.classifierVersions;
 * ```
 */
export interface ClassifierVersions {
  /**
   * This endpoint allows you to fetch all versions of a given classifier, including the current `draft` version.
   *
   * This endpoint allows you to fetch all versions of a given classifier, including the current `draft` version.
   *
   * `GET /classifiers/{classifierId}/versions`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.classifierVersions.list("<classifierId>")) console.log(item);
   * ```
   */
  list(classifierId: string, options?: Omit<NonNullable<paths["/classifiers/{classifierId}/versions"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["ClassifierVersionSummary"], string>;
  /**
   * This endpoint allows you to publish a new version of an existing classifier.
   *
   * This endpoint allows you to publish a new version of an existing classifier. Publishing a new version creates a snapshot of the classifier's current configuration and makes it available for use in workflows.
   *
   * `POST /classifiers/{classifierId}/versions`
   *
   * @example
   * ```ts
   * const result = await extend.classifierVersions.create("<classifierId>", body);
   * ```
   */
  create(classifierId: string, body: components["schemas"]["ClassifierVersionsCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["ClassifierVersion"]>;
  /**
   * Retrieve a specific version of a classifier in Extend.
   *
   * `GET /classifiers/{classifierId}/versions/{versionId}`
   *
   * @example
   * ```ts
   * const result = await extend.classifierVersions.get("<classifierId>", "<versionId>");
   * ```
   */
  get(classifierId: string, versionId: string, options?: RequestOptions): Promise<components["schemas"]["ClassifierVersion"]>;
}

/**
 * Builds `classifierVersions` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const classifierVersions = createClassifierVersions(ctx);
 * ```
 */
export function createClassifierVersions(ctx: WaitContext): ClassifierVersions {
  return {
    list: (classifierId, options) => listOperation(ctx, OPERATIONS.list, [classifierId], options),
    create: (classifierId, body, options) => callOperation(ctx, OPERATIONS.create, [classifierId], { body }, options),
    get: (classifierId, versionId, options) => callOperation(ctx, OPERATIONS.get, [classifierId, versionId], {}, options),
  };
}
