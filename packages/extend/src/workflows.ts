import {
  paginateToken,
  requestOptions,
  type ListOptions,
  type Paginator,
  type RequestOptions,
} from "@docrun/core";
import { pick, requireId, requirePageSize, type ClientContext } from "./context.js";
import type { Workflow, WorkflowListFilters, WorkflowSummary } from "./types.js";

/** Options of `workflows.list()`: sorting, page size and core's listing options. */
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
      const [query, listOptions] = pick(options, ["sortBy", "sortDir", "maxPageSize"] as const);
      requirePageSize(query.maxPageSize);
      return paginateToken<WorkflowSummary>(
        {
          async fetchPage(token, o) {
            const params = { query: token === undefined ? query : { ...query, nextPageToken: token } };
            const { data, response } = await send(api.GET("/workflows", { params, ...requestOptions(o) }));
            return { items: data.data, nextToken: data.nextPageToken, response };
          },
        },
        listOptions,
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
      return (await send(api.GET("/workflows/{id}", { params: { path: { id } }, ...requestOptions(o) })))
        .data;
    },
  };
}
