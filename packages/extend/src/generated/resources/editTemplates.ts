// generated from specs/extend.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  get: { name: "editTemplates.get", method: "GET", path: "/edit_templates/{id}", pathParams: ["id"], shape: {"id":"string"} },
} satisfies Record<string, Operation>;

/**
 * `extend.editTemplates`: 1 operation of the Extend API (Edit Templates).
 *
 * @example
 * ```ts
 * const editTemplates = extend.editTemplates;
 * ```
 */
export interface EditTemplates {
  /**
   * Retrieve a saved edit template by ID.
   *
   * Retrieve a saved edit template by ID.
   *
   * `GET /edit_templates/{id}`
   *
   * @example
   * ```ts
   * const result = await extend.editTemplates.get("<id>");
   * ```
   */
  get(id: string, options?: RequestOptions): Promise<components["schemas"]["EditTemplate"]>;
}

/**
 * Builds `editTemplates` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const editTemplates = createEditTemplates(ctx);
 * ```
 */
export function createEditTemplates(ctx: WaitContext): EditTemplates {
  return {
    get: (id, options) => callOperation(ctx, OPERATIONS.get, [id], {}, options),
  };
}
