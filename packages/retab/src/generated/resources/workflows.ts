// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflows.list", method: "GET", path: "/v1/workflows", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":100} },
  create: { name: "workflows.create", method: "POST", path: "/v1/workflows", pathParams: [], shape: {"id":"string"} },
  applySpec: { name: "workflows.applySpec", method: "POST", path: "/v1/workflows/spec/apply", pathParams: [], shape: {} },
  planSpec: { name: "workflows.planSpec", method: "POST", path: "/v1/workflows/spec/plan", pathParams: [], shape: {} },
  validateSpec: { name: "workflows.validateSpec", method: "POST", path: "/v1/workflows/spec/validate", pathParams: [], shape: {} },
  get: { name: "workflows.get", method: "GET", path: "/v1/workflows/{workflow_id}", pathParams: ["workflow_id"], shape: {"id":"string"} },
  update: { name: "workflows.update", method: "PATCH", path: "/v1/workflows/{workflow_id}", pathParams: ["workflow_id"], shape: {"id":"string"} },
  delete: { name: "workflows.delete", method: "DELETE", path: "/v1/workflows/{workflow_id}", pathParams: ["workflow_id"] },
  discardDraft: { name: "workflows.discardDraft", method: "POST", path: "/v1/workflows/{workflow_id}/discard-draft", pathParams: ["workflow_id"], shape: {"id":"string"} },
  publish: { name: "workflows.publish", method: "POST", path: "/v1/workflows/{workflow_id}/publish", pathParams: ["workflow_id"], shape: {"id":"string"} },
  exportSpec: { name: "workflows.exportSpec", method: "GET", path: "/v1/workflows/{workflow_id}/spec", pathParams: ["workflow_id"], shape: {} },
  applyExistingSpec: { name: "workflows.applyExistingSpec", method: "POST", path: "/v1/workflows/{workflow_id}/spec/apply", pathParams: ["workflow_id"], shape: {} },
  planExistingSpec: { name: "workflows.planExistingSpec", method: "POST", path: "/v1/workflows/{workflow_id}/spec/plan", pathParams: ["workflow_id"], shape: {} },
} satisfies Record<string, Operation>;

/**
 * `retab.workflows`: 13 operations of the Retab API (Workflows).
 *
 * @example
 * ```ts
 * const workflows = retab.workflows;
 * ```
 */
export interface Workflows {
  /**
   * List Workflows.
   *
   * List workflows with pagination and optional filtering.
   *
   * `GET /v1/workflows`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflows.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/workflows"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["Workflow"], IdCursor>;
  /**
   * Create Workflow.
   *
   * Create a new workflow.
   *
   * `POST /v1/workflows`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.create(body);
   * ```
   */
  create(body: components["schemas"]["CreateWorkflowRequest"], options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
  /**
   * Apply Workflow Spec.
   *
   * Create a new workflow from a declarative YAML spec.
   *
   * `POST /v1/workflows/spec/apply`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.applySpec(body);
   * ```
   */
  applySpec(body: components["schemas"]["DeclarativeWorkflowRequest"], options?: RequestOptions): Promise<components["schemas"]["DeclarativeApplyResponse"]>;
  /**
   * Plan Workflow Spec.
   *
   * Preview the changes a declarative YAML spec would make to the draft workflow.
   *
   * `POST /v1/workflows/spec/plan`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.planSpec(body);
   * ```
   */
  planSpec(body: components["schemas"]["DeclarativeWorkflowRequest"], options?: RequestOptions): Promise<components["schemas"]["DeclarativePlanResponse"]>;
  /**
   * Validate Workflow Spec.
   *
   * Validate declarative YAML without changing the workflow.
   *
   * `POST /v1/workflows/spec/validate`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.validateSpec(body);
   * ```
   */
  validateSpec(body: components["schemas"]["DeclarativeWorkflowRequest"], options?: RequestOptions): Promise<components["schemas"]["DeclarativeValidationResponse"]>;
  /**
   * Get Workflow.
   *
   * Get a single workflow by ID.
   *
   * `GET /v1/workflows/{workflow_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.get("<workflow_id>");
   * ```
   */
  get(workflowId: string, options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
  /**
   * Update Workflow.
   *
   * Update an existing workflow.
   *
   * `PATCH /v1/workflows/{workflow_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.update("<workflow_id>", body);
   * ```
   */
  update(workflowId: string, body: components["schemas"]["UpdateWorkflowRequest"], options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
  /**
   * Delete Workflow.
   *
   * Delete a workflow and all its associated entities.
   *
   * `DELETE /v1/workflows/{workflow_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.delete("<workflow_id>");
   * ```
   */
  delete(workflowId: string, options?: RequestOptions): Promise<void>;
  /**
   * Discard Draft Workflow.
   *
   * Discard all draft changes and restore the workflow to its published state.
   *
   * `POST /v1/workflows/{workflow_id}/discard-draft`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.discardDraft("<workflow_id>");
   * ```
   */
  discardDraft(workflowId: string, options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
  /**
   * Publish Workflow.
   *
   * Publish a workflow.
   *
   * `POST /v1/workflows/{workflow_id}/publish`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.publish("<workflow_id>", body);
   * ```
   */
  publish(workflowId: string, body?: NonNullable<paths["/v1/workflows/{workflow_id}/publish"]["post"]["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<components["schemas"]["Workflow"]>;
  /**
   * Export Workflow Spec.
   *
   * Export draft workflow state as canonical declarative YAML.
   *
   * `GET /v1/workflows/{workflow_id}/spec`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.exportSpec("<workflow_id>");
   * ```
   */
  exportSpec(workflowId: string, options?: RequestOptions): Promise<components["schemas"]["DeclarativeExportResponse"]>;
  /**
   * Apply Existing Workflow Spec.
   *
   * Apply a declarative YAML spec to an existing workflow draft.
   *
   * `POST /v1/workflows/{workflow_id}/spec/apply`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.applyExistingSpec("<workflow_id>", body);
   * ```
   */
  applyExistingSpec(workflowId: string, body: components["schemas"]["DeclarativeWorkflowRequest"], options?: RequestOptions): Promise<components["schemas"]["DeclarativeApplyResponse"]>;
  /**
   * Plan Existing Workflow Spec.
   *
   * Preview applying a declarative YAML spec to an existing workflow draft.
   *
   * `POST /v1/workflows/{workflow_id}/spec/plan`
   *
   * @example
   * ```ts
   * const result = await retab.workflows.planExistingSpec("<workflow_id>", body);
   * ```
   */
  planExistingSpec(workflowId: string, body: components["schemas"]["DeclarativeWorkflowRequest"], options?: RequestOptions): Promise<components["schemas"]["DeclarativePlanResponse"]>;
}

/**
 * Builds `workflows` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflows = createWorkflows(ctx);
 * ```
 */
export function createWorkflows(ctx: WaitContext): Workflows {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    create: (body, options) => callOperation(ctx, OPERATIONS.create, [], { body }, options),
    applySpec: (body, options) => callOperation(ctx, OPERATIONS.applySpec, [], { body }, options),
    planSpec: (body, options) => callOperation(ctx, OPERATIONS.planSpec, [], { body }, options),
    validateSpec: (body, options) => callOperation(ctx, OPERATIONS.validateSpec, [], { body }, options),
    get: (workflowId, options) => callOperation(ctx, OPERATIONS.get, [workflowId], {}, options),
    update: (workflowId, body, options) => callOperation(ctx, OPERATIONS.update, [workflowId], { body }, options),
    delete: (workflowId, options) => callOperation(ctx, OPERATIONS.delete, [workflowId], {}, options),
    discardDraft: (workflowId, options) => callOperation(ctx, OPERATIONS.discardDraft, [workflowId], {}, options),
    publish: (workflowId, body, options) => callOperation(ctx, OPERATIONS.publish, [workflowId], { body }, options),
    exportSpec: (workflowId, options) => callOperation(ctx, OPERATIONS.exportSpec, [workflowId], {}, options),
    applyExistingSpec: (workflowId, body, options) => callOperation(ctx, OPERATIONS.applyExistingSpec, [workflowId], { body }, options),
    planExistingSpec: (workflowId, body, options) => callOperation(ctx, OPERATIONS.planExistingSpec, [workflowId], { body }, options),
  };
}
