// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "files.list", method: "GET", path: "/v1/files", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  createUpload: { name: "files.createUpload", method: "POST", path: "/v1/files/upload", pathParams: [], shape: {} },
  completeUpload: { name: "files.completeUpload", method: "POST", path: "/v1/files/upload/{file_id}/complete", pathParams: ["file_id"], shape: {} },
  get: { name: "files.get", method: "GET", path: "/v1/files/{file_id}", pathParams: ["file_id"], shape: {"id":"string"} },
  downloadLink: { name: "files.downloadLink", method: "GET", path: "/v1/files/{file_id}/download-link", pathParams: ["file_id"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `retab.files`: 5 operations of the Retab API (Files).
 *
 * @example
 * ```ts
 * const files = retab.files;
 * ```
 */
export interface Files {
  /**
   * List Files.
   *
   * List files with pagination and optional filtering.
   *
   * `GET /v1/files`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.files.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/files"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["File"], IdCursor>;
  /**
   * Upload File.
   *
   * Start a file upload.
   *
   * `POST /v1/files/upload`
   *
   * @example
   * ```ts
   * const result = await retab.files.createUpload(body);
   * ```
   */
  createUpload(body: components["schemas"]["UploadFileRequest"], options?: RequestOptions): Promise<components["schemas"]["CreateFileUploadResponse"]>;
  /**
   * Complete Upload File.
   *
   * Finalize a file upload.
   *
   * `POST /v1/files/upload/{file_id}/complete`
   *
   * @example
   * ```ts
   * const result = await retab.files.completeUpload("<file_id>", body);
   * ```
   */
  completeUpload(fileId: string, body: components["schemas"]["CompleteFileUploadRequest"], options?: RequestOptions): Promise<components["schemas"]["MIMEData"]>;
  /**
   * Get File.
   *
   * Retrieve a file.
   *
   * `GET /v1/files/{file_id}`
   *
   * @example
   * ```ts
   * const result = await retab.files.get("<file_id>");
   * ```
   */
  get(fileId: string, options?: RequestOptions): Promise<components["schemas"]["File"]>;
  /**
   * Download Link.
   *
   * Get a temporary download link for a file.
   *
   * `GET /v1/files/{file_id}/download-link`
   *
   * @example
   * ```ts
   * const result = await retab.files.downloadLink("<file_id>");
   * ```
   */
  downloadLink(fileId: string, options?: RequestOptions): Promise<components["schemas"]["FileLink"]>;
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
    createUpload: (body, options) => callOperation(ctx, OPERATIONS.createUpload, [], { body }, options),
    completeUpload: (fileId, body, options) => callOperation(ctx, OPERATIONS.completeUpload, [fileId], { body }, options),
    get: (fileId, options) => callOperation(ctx, OPERATIONS.get, [fileId], {}, options),
    downloadLink: (fileId, options) => callOperation(ctx, OPERATIONS.downloadLink, [fileId], {}, options),
  };
}
