import {
  requestOptions,
  type IdCursor,
  type ListOptions,
  type Paginator,
  type RequestOptions,
} from "@docrun/core";
import { definedOnly, requireId } from "./checks.js";
import { listByIdCursor, SHAPES, splitListOptions, unwrapChecked, type RetabCore } from "./list-page.js";
import type { Workflow, WorkflowListQuery } from "./types.js";

/**
 * Options of `workflows.list()` (Retab's names: `limit` 1–100, `order`, `sort_by`, `project_id`).
 * @example `retab.workflows.list({ limit: 50, order: "asc", maxPages: 2 });`
 */
export type ListWorkflowsOptions = WorkflowListQuery & ListOptions;

/**
 * `retab.workflows`: workflow definitions.
 *
 * @example
 * ```ts
 * const workflow = await retab.workflows.get("wf_3Fh8kLmN2pQr");
 * ```
 */
export interface Workflows {
  /**
   * Workflows across pages (`limit` 1–100, default sort `updated_at` newest first).
   *
   * @example
   * ```ts
   * const all = await retab.workflows.list({ project_id: "proj_Ab12Cd34Ef56" }).toArray();
   * ```
   */
  list(options?: ListWorkflowsOptions): Paginator<Workflow, IdCursor>;
  /**
   * One workflow by id (metadata only; see `blocks.list` for its blocks).
   *
   * @example
   * ```ts
   * const { name, published } = await retab.workflows.get("wf_3Fh8kLmN2pQr");
   * ```
   */
  get(workflowId: string, options?: RequestOptions): Promise<Workflow>;
}

/**
 * Builds `retab.workflows` on core's client.
 *
 * @example
 * ```ts
 * const workflows = createWorkflows(core);
 * ```
 */
export function createWorkflows(core: RetabCore): Workflows {
  const { api, unwrap } = core;
  return {
    list(options = {}) {
      const [filters, paging] = splitListOptions(options, 100);
      return listByIdCursor(core, "workflows.list", definedOnly(filters), paging, (query, o) =>
        api.GET("/v1/workflows", { params: { query }, ...requestOptions(o) }),
      );
    },
    async get(workflowId, options = {}) {
      requireId("workflowId", workflowId);
      return unwrapChecked(
        core,
        "workflows.get",
        SHAPES.withId,
        api.GET("/v1/workflows/{workflow_id}", {
          params: { path: { workflow_id: workflowId } },
          ...requestOptions(options),
        }),
      );
    },
  };
}
