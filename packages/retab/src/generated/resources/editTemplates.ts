// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "editTemplates.list", method: "GET", path: "/v1/edits/templates", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "editTemplates.create", method: "POST", path: "/v1/edits/templates", pathParams: [], shape: {"id":"string"} },
  get: { name: "editTemplates.get", method: "GET", path: "/v1/edits/templates/{template_id}", pathParams: ["template_id"], shape: {"id":"string"} },
  update: { name: "editTemplates.update", method: "PATCH", path: "/v1/edits/templates/{template_id}", pathParams: ["template_id"], shape: {"id":"string"} },
  delete: { name: "editTemplates.delete", method: "DELETE", path: "/v1/edits/templates/{template_id}", pathParams: ["template_id"] },
} satisfies Record<string, Operation>;

/**
 * `retab.editTemplates`: 5 operations of the Retab API (Edit Templates).
 *
 * @example
 * ```ts
 * const editTemplates = retab.editTemplates;
 * ```
 */
export interface EditTemplates {
  /**
   * List Templates.
   *
   * List edit templates.
   *
   * `GET /v1/edits/templates`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.editTemplates.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/edits/templates"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["EditTemplate"], IdCursor>;
  /**
   * Create Template.
   *
   * Create an edit template.
   *
   * `POST /v1/edits/templates`
   *
   * @example
   * ```ts
   * const result = await retab.editTemplates.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateEditTemplateRequest"], options?: RequestOptions): Promise<components["schemas"]["EditTemplate"]>;
  /**
   * Get Template.
   *
   * Retrieve an edit template.
   *
   * `GET /v1/edits/templates/{template_id}`
   *
   * @example
   * ```ts
   * const result = await retab.editTemplates.get("<template_id>");
   * ```
   */
  get(templateId: string, options?: RequestOptions): Promise<components["schemas"]["EditTemplate"]>;
  /**
   * Update Template.
   *
   * Update an edit template.
   *
   * `PATCH /v1/edits/templates/{template_id}`
   *
   * @example
   * ```ts
   * const result = await retab.editTemplates.update("<template_id>", body);
   * ```
   */
  update(templateId: string, body: components["schemas"]["UpdateEditTemplateRequest"], options?: RequestOptions): Promise<components["schemas"]["EditTemplate"]>;
  /**
   * Delete Template.
   *
   * Delete an edit template.
   *
   * `DELETE /v1/edits/templates/{template_id}`
   *
   * @example
   * ```ts
   * const result = await retab.editTemplates.delete("<template_id>");
   * ```
   */
  delete(templateId: string, options?: RequestOptions): Promise<void>;
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
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (templateId, options) => callOperation(ctx, OPERATIONS.get, [templateId], {}, options),
    update: (templateId, body, options) => callOperation(ctx, OPERATIONS.update, [templateId], { body }, options),
    delete: (templateId, options) => callOperation(ctx, OPERATIONS.delete, [templateId], {}, options),
  };
}
