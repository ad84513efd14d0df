import type { EmulatorRequest, EmulatorResponse } from "../../../framework/types.js";
import { notFound } from "../errors.js";
import { encodeToken, keysetPage } from "../pagination.js";
import { workflowFull, workflowSummary } from "../serialize.js";
import type { WorkflowRecord } from "../model.js";
import type { ExtendState } from "../state.js";
import { enumParam, pageSizeParam, tokenParam } from "../validation.js";

/** `GET /workflows`. */
export function listWorkflows(request: EmulatorRequest, state: ExtendState): EmulatorResponse {
  const query = request.query;
  const sortBy = enumParam(query, "sortBy", ["updatedAt", "createdAt"] as const, "updatedAt");
  const direction = enumParam(query, "sortDir", ["asc", "desc"] as const, "desc");
  const cursor = tokenParam(query);
  const limit = pageSizeParam(query);
  const key = (workflow: WorkflowRecord): number =>
    sortBy === "createdAt" ? workflow.createdAtMs : workflow.updatedAtMs;
  // Few workflows: sorting them per request is cheaper than keeping an index.
  const page = keysetPage<WorkflowRecord>(
    {
      sorted: [],
      unsorted: { items: state.workflows.values(), key, id: (workflow) => workflow.id, matches: () => true },
    },
    direction,
    cursor,
    limit,
  );
  return {
    status: 200,
    json: {
      object: "list",
      data: page.items.map(workflowSummary),
      ...(page.next === null ? {} : { nextPageToken: encodeToken(page.next) }),
    },
  };
}

/** `GET /workflows/{id}`. */
export function getWorkflow(state: ExtendState, id: string): EmulatorResponse {
  const workflow = state.workflows.get(id);
  if (workflow === undefined) throw notFound("Workflow", id);
  return { status: 200, json: workflowFull(workflow) };
}
