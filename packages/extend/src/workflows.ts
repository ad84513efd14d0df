import { requestOptions, type ListOptions, type Paginator, type RequestOptions } from "@docrun/core";
import { listByToken, requireId, sendChecked, SHAPES, type ClientContext } from "./context.js";
import type { Workflow, WorkflowListFilters, WorkflowSummary } from "./types.js";

/**
 * Options of `workflows.list()`: sorting, page size and core's listing options.
 * @example `extend.workflows.list({ sortBy: "createdAt", sortDir: "asc", maxPages: 2 });`
 */
export type WorkflowListOptions = WorkflowListFilters & ListOptions & { startToken?: string | undefined };

/**
 * The `workflows` resource: list (token paginator) and get.
 *
 * @example
 * ```ts
 * const workflows = createWorkflows(context);
 * const all = await workflows.list().toArray();
 * ```
 */
export function createWorkflows({ api, send }: ClientContext) {
  return {
    /**
     * Lists workflow summaries (`sortBy`, `sortDir`, `maxPageSize` 1–1000).
     *
     * @example
     * ```ts
     * const workflows = await extend.workflows.list({ sortBy: "createdAt" }).toArray();
     * ```
     */
    list(options: WorkflowListOptions = {}): Paginator<WorkflowSummary, string> {
      return listByToken(
        send,
        "workflows.list",
        options,
        ["sortBy", "sortDir", "maxPageSize"] as const,
        (query, o) => api.GET("/workflows", { params: { query }, ...requestOptions(o) }),
      );
    },

    /**
     * Gets a workflow with its draft version and step definitions.
     *
     * @example
     * ```ts
     * const workflow = await extend.workflows.get(workflowId);
     * ```
     */
    async get(id: string, o: RequestOptions = {}): Promise<Workflow> {
      requireId("id", id);
      return sendChecked(
        send,
        "workflows.get",
        SHAPES.withId,
        api.GET("/workflows/{id}", { params: { path: { id } }, ...requestOptions(o) }),
      );
    },
  };
}
