// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "tables.list", method: "GET", path: "/v1/tables", pathParams: [], shape: {} },
  create: { name: "tables.create", method: "POST", path: "/v1/tables", pathParams: [], bodyType: "multipart/form-data", shape: {} },
  get: { name: "tables.get", method: "GET", path: "/v1/tables/{table_id}", pathParams: ["table_id"], shape: {} },
  replace: { name: "tables.replace", method: "PUT", path: "/v1/tables/{table_id}", pathParams: ["table_id"], bodyType: "multipart/form-data", shape: {} },
  update: { name: "tables.update", method: "PATCH", path: "/v1/tables/{table_id}", pathParams: ["table_id"], shape: {} },
  delete: { name: "tables.delete", method: "DELETE", path: "/v1/tables/{table_id}", pathParams: ["table_id"] },
  downloadCsv: { name: "tables.downloadCsv", method: "GET", path: "/v1/tables/{table_id}/download", pathParams: ["table_id"], parseAs: "text" },
  profile: { name: "tables.profile", method: "GET", path: "/v1/tables/{table_id}/profile", pathParams: ["table_id"], shape: {} },
  query: { name: "tables.query", method: "POST", path: "/v1/tables/{table_id}/query", pathParams: ["table_id"], shape: {} },
  getSchema: { name: "tables.getSchema", method: "GET", path: "/v1/tables/{table_id}/schema", pathParams: ["table_id"], shape: {} },
  validate: { name: "tables.validate", method: "POST", path: "/v1/tables/{table_id}/validate", pathParams: ["table_id"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `retab.tables`: 11 operations of the Retab API (Tables).
 *
 * @example
 * ```ts
 * const tables = retab.tables;
 * ```
 */
export interface Tables {
  /**
   * Table.List.
   *
   * `GET /v1/tables`
   *
   * @example
   * ```ts
   * const result = await retab.tables.list();
   * ```
   */
  list(query?: NonNullable<paths["/v1/tables"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowTableListResponse"]>;
  /**
   * Table.Create.
   *
   * `POST /v1/tables`
   *
   * @example
   * ```ts
   * const result = await retab.tables.create(body);
   * ```
   */
  create(body: Omit<components["schemas"]["CreateWorkflowTableUploadRequest"], "file"> & { "file": Blob }, options?: RequestOptions): Promise<components["schemas"]["WorkflowTableListResponse"]>;
  /**
   * Table.Get.
   *
   * `GET /v1/tables/{table_id}`
   *
   * @example
   * ```ts
   * const result = await retab.tables.get("<table_id>");
   * ```
   */
  get(tableId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowTableResponse"]>;
  /**
   * Table.Replace.
   *
   * `PUT /v1/tables/{table_id}`
   *
   * @example
   * ```ts
   * const result = await retab.tables.replace("<table_id>", body);
   * ```
   */
  replace(tableId: string, body: Omit<components["schemas"]["ReplaceWorkflowTableUploadRequest"], "file"> & { "file": Blob }, options?: RequestOptions): Promise<components["schemas"]["WorkflowTableListResponse"]>;
  /**
   * Table.Update.
   *
   * `PATCH /v1/tables/{table_id}`
   *
   * @example
   * ```ts
   * const result = await retab.tables.update("<table_id>", body);
   * ```
   */
  update(tableId: string, body: components["schemas"]["UpdateWorkflowTableRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowTableListResponse"]>;
  /**
   * Table.Delete.
   *
   * `DELETE /v1/tables/{table_id}`
   *
   * @example
   * ```ts
   * const result = await retab.tables.delete("<table_id>");
   * ```
   */
  delete(tableId: string, options?: RequestOptions): Promise<void>;
  /**
   * Table.Download.
   *
   * `GET /v1/tables/{table_id}/download`
   *
   * @example
   * ```ts
   * const result = await retab.tables.downloadCsv("<table_id>");
   * ```
   */
  downloadCsv(tableId: string, options?: RequestOptions): Promise<string>;
  /**
   * Table.Get Profile.
   *
   * `GET /v1/tables/{table_id}/profile`
   *
   * @example
   * ```ts
   * const result = await retab.tables.profile("<table_id>");
   * ```
   */
  profile(tableId: string, query?: NonNullable<paths["/v1/tables/{table_id}/profile"]["get"]["parameters"]["query"]>, options?: RequestOptions): Promise<components["schemas"]["WorkflowTableProfileResponse"]>;
  /**
   * Table.Query.
   *
   * `POST /v1/tables/{table_id}/query`
   *
   * @example
   * ```ts
   * const result = await retab.tables.query("<table_id>", body);
   * ```
   */
  query(tableId: string, body?: NonNullable<paths["/v1/tables/{table_id}/query"]["post"]["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<components["schemas"]["WorkflowTableRowsResponse"]>;
  /**
   * Table.Get Schema.
   *
   * `GET /v1/tables/{table_id}/schema`
   *
   * @example
   * ```ts
   * const result = await retab.tables.getSchema("<table_id>");
   * ```
   */
  getSchema(tableId: string, options?: RequestOptions): Promise<components["schemas"]["WorkflowTableSchemaResponse"]>;
  /**
   * Table.Validate.
   *
   * `POST /v1/tables/{table_id}/validate`
   *
   * @example
   * ```ts
   * const result = await retab.tables.validate("<table_id>", body);
   * ```
   */
  validate(tableId: string, body: components["schemas"]["WorkflowTableValidationRequest"], options?: RequestOptions): Promise<components["schemas"]["WorkflowTableValidationResponse"]>;
}

/**
 * Builds `tables` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const tables = createTables(ctx);
 * ```
 */
export function createTables(ctx: WaitContext): Tables {
  return {
    list: (query, options) => callOperation(ctx, OPERATIONS.list, [], { query }, options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    get: (tableId, options) => callOperation(ctx, OPERATIONS.get, [tableId], {}, options),
    replace: (tableId, body, options) => callOperation(ctx, OPERATIONS.replace, [tableId], { body }, options),
    update: (tableId, body, options) => callOperation(ctx, OPERATIONS.update, [tableId], { body }, options),
    delete: (tableId, options) => callOperation(ctx, OPERATIONS.delete, [tableId], {}, options),
    downloadCsv: (tableId, options) => callOperation(ctx, OPERATIONS.downloadCsv, [tableId], {}, options),
    profile: (tableId, query, options) => callOperation(ctx, OPERATIONS.profile, [tableId], { query }, options),
    query: (tableId, body, options) => callOperation(ctx, OPERATIONS.query, [tableId], { body }, options),
    getSchema: (tableId, options) => callOperation(ctx, OPERATIONS.getSchema, [tableId], {}, options),
    validate: (tableId, body, options) => callOperation(ctx, OPERATIONS.validate, [tableId], { body }, options),
  };
}
