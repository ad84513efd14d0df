// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  create: { name: "processorVersion.create", method: "POST", path: "/processors/{id}/publish", pathParams: ["id"], shape: {} },
  list: { name: "processorVersion.list", method: "GET", path: "/processors/{id}/versions", pathParams: ["id"], shape: {} },
  get: { name: "processorVersion.get", method: "GET", path: "/processors/{processorId}/versions/{processorVersionId}", pathParams: ["processorId","processorVersionId"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `extend.processorVersion`: 3 operations of the Extend API (Processor Version).
 *
 * @example
 * ```ts
 * const processorVersion = extend.processorVersion;
 * ```
 */
export interface ProcessorVersion {
  /**
   * This endpoint allows you to publish a new version of an existing processor.
   *
   * This endpoint allows you to publish a new version of an existing processor. Publishing a new version creates a snapshot of the processor's current configuration and makes it available for use in workflows.
   *
   * `POST /processors/{id}/publish`
   *
   * @example
   * ```ts
   * const result = await extend.processorVersion.create("<id>", body);
   * ```
   */
  create(id: string, body: components["schemas"]["ProcessorVersionCreateRequest"], options?: RequestOptions): Promise<components["schemas"]["ProcessorVersionCreateResponse"]>;
  /**
   * This endpoint allows you to fetch all versions of a given processor, including the current `draft` version.
   *
   * This endpoint allows you to fetch all versions of a given processor, including the current `draft` version.
   *
   * `GET /processors/{id}/versions`
   *
   * @example
   * ```ts
   * const result = await extend.processorVersion.list("<id>");
   * ```
   */
  list(id: string, options?: RequestOptions): Promise<components["schemas"]["ProcessorVersionListResponse"]>;
  /**
   * Retrieve a specific version of a processor in Extend.
   *
   * `GET /processors/{processorId}/versions/{processorVersionId}`
   *
   * @example
   * ```ts
   * const result = await extend.processorVersion.get("<processorId>", "<processorVersionId>");
   * ```
   */
  get(processorId: string, processorVersionId: string, options?: RequestOptions): Promise<components["schemas"]["ProcessorVersionGetResponse"]>;
}

/**
 * Builds `processorVersion` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const processorVersion = createProcessorVersion(ctx);
 * ```
 */
export function createProcessorVersion(ctx: WaitContext): ProcessorVersion {
  return {
    create: (id, body, options) => callOperation(ctx, OPERATIONS.create, [id], { body }, options),
    list: (id, options) => callOperation(ctx, OPERATIONS.list, [id], {}, options),
    get: (processorId, processorVersionId, options) => callOperation(ctx, OPERATIONS.get, [processorId, processorVersionId], {}, options),
  };
}
