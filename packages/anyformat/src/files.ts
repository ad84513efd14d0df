import { requestOptions, type RequestOptions } from "@docrun/core";
import { requireId, type ClientContext } from "./context.js";

/**
 * The `files` resource: file collections (one per run).
 *
 * @example
 * ```ts
 * const files = createFiles(context);
 * ```
 */
export function createFiles({ api, unwrap }: ClientContext) {
  return {
    /**
     * Deletes a file collection with its files and results (irreversible).
     *
     * @example
     * ```ts
     * await af.files.delete(run.id);
     * ```
     */
    async delete(collectionId: string, options: RequestOptions = {}): Promise<void> {
      requireId("collectionId", collectionId);
      await unwrap(
        api.DELETE("/v2/files/{collection_id}/", {
          params: { path: { collection_id: collectionId } },
          ...requestOptions(options),
        }),
      );
    },
  };
}
