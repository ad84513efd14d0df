// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "files.list", method: "GET", path: "/files", pathParams: [], pagination: {"style":"token","items":"data","request":{"token":"nextPageToken","limit":"maxPageSize"},"response":{"next":"nextPageToken"},"maxLimit":1000} },
  upload: { name: "files.upload", method: "POST", path: "/files/upload", pathParams: [], bodyType: "multipart/form-data", shape: {"id":"string"} },
  get: { name: "files.get", method: "GET", path: "/files/{id}", pathParams: ["id"], shape: {"id":"string"} },
  delete: { name: "files.delete", method: "DELETE", path: "/files/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.files`: 4 operations of the Extend API (Files).
 *
 * @example
 * ```ts
 * const files = extend.files;
 * ```
 */
export interface Files {
  /**
   * List files.
   *
   * List files.
   *
   * `GET /files`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of extend.files.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/files"]["get"]["parameters"]["query"]>, "nextPageToken"> & ListCallOptions): Paginator<components["schemas"]["FileSummary"], string>;
  /**
   * Upload and create a new file in Extend.
   *
   * Upload and create a new file in Extend.
   *
   * `POST /files/upload`
   *
   * @example
   * ```ts
   * const result = await extend.files.upload(body);
   * ```
   */
  upload(body: Omit<NonNullable<paths["/files/upload"]["post"]["requestBody"]>["content"]["multipart/form-data"], "file"> & { "file": Blob }, options?: RequestOptions & { query?: NonNullable<paths["/files/upload"]["post"]["parameters"]["query"]> }): Promise<components["schemas"]["File_"]>;
  /**
   * Fetch a file by its ID.
   *
   * Fetch a file by its ID.
   *
   * `GET /files/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.files.get("<id>");
   * ```
   */
  get(id: string, query?: NonNullable<paths["/files/{id}"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["File_"]>;
  /**
   * Delete a file and all associated data from Extend.
   *
   * Delete a file and all associated data from Extend. This operation is permanent and cannot be undone.
   *
   * `DELETE /files/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.files.delete("<id>");
   * ```
   */
  delete(id: string, options?: RequestOptions): Promise<components["schemas"]["FilesDeleteResponse"]>;
}

/**
 * Builds `files` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const files = createFiles(ctx);
 * ```
 */
export function createFiles(ctx: WaitContext): Files {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    upload: (body, options = {}) => { const { query, ...rest } = options; return callOperation(ctx, OPERATIONS.upload, [], { body, query }, rest); },
    get: (id, query, options) => callOperation(ctx, OPERATIONS.get, [id], { query }, options),
    delete: (id, options) => callOperation(ctx, OPERATIONS.delete, [id], {}, options),
  };
}
