// generated from specs/retab.openapi.yaml — do not edit.
// Regenerate with `pnpm generate` after changing the spec or its overlay.

import { callOperation, listOperation, type IdCursor, type ListCallOptions, type Paginator, type Operation, type RequestOptions, type WaitContext } from "@docrun/core";
import type { components, paths } from "../schema.js";

const OPERATIONS = {
  list: { name: "workflowArtifacts.list", method: "GET", path: "/v1/workflows/artifacts", pathParams: [], pagination: {"style":"id-cursor","items":"data","request":{"after":"after","before":"before","limit":"limit"},"response":{"after":"list_metadata.after","before":"list_metadata.before"},"maxLimit":200} },
  get: { name: "workflowArtifacts.get", method: "GET", path: "/v1/workflows/artifacts/{artifact_id}", pathParams: ["artifact_id"] },
} satisfies Record<string, Operation>;

/**
 * `retab.workflowArtifacts`: 2 operations of the Retab API (Workflow Artifacts).
 *
 * @example
 * ```ts
 * const workflowArtifacts = retab.workflowArtifacts;
 * ```
 */
export interface WorkflowArtifacts {
  /**
   * List Workflow Artifacts.
   *
   * List artifacts produced by a workflow run.
   *
   * `GET /v1/workflows/artifacts`
   *
   * Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.
   *
   * @example
   * ```ts
   * for await (const item of retab.workflowArtifacts.list()) console.log(item);
   * ```
   */
  list(options?: Omit<NonNullable<paths["/v1/workflows/artifacts"]["get"]["parameters"]["query"]>, "after" | "before"> & ListCallOptions): Paginator<components["schemas"]["WorkflowArtifact"], IdCursor>;
  /**
   * Get Workflow Artifact By Id.
   *
   * Get one workflow artifact by id.
   *
   * `GET /v1/workflows/artifacts/{artifact_id}`
   *
   * @example
   * ```ts
   * const result = await retab.workflowArtifacts.get("<artifact_id>");
   * ```
   */
  get(artifactId: string, options?: RequestOptions): Promise<paths["/v1/workflows/artifacts/{artifact_id}"]["get"]["responses"]["200"]["content"]["application/json"]>;
}

/**
 * Builds `workflowArtifacts` on a client's operation context (the client factory does this).
 *
 * @example
 * ```ts
 * const workflowArtifacts = createWorkflowArtifacts(ctx);
 * ```
 */
export function createWorkflowArtifacts(ctx: WaitContext): WorkflowArtifacts {
  return {
    list: (options) => listOperation(ctx, OPERATIONS.list, [], options),
    get: (artifactId, options) => callOperation(ctx, OPERATIONS.get, [artifactId], {}, options),
  };
}
