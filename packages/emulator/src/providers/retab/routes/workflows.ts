import type { EmulatorRequest, EmulatorResponse } from "../../../framework/types.js";
import { detailError, validationError } from "../errors.js";
import type { BlockRecord, WorkflowRecord } from "../model.js";
import { readPage, sortedView } from "../pagination.js";
import type { RetabState } from "../state.js";
import { QueryReader } from "../validation.js";

const WORKFLOW_SORT_KEYS = ["updated_at", "created_at", "name"] as const;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * A workflow as Retab's `Workflow` JSON.
 *
 * @example
 * ```ts
 * workflowJson(workflow).published?.version_id;
 * ```
 */
export function workflowJson(workflow: WorkflowRecord): Record<string, unknown> {
  return {
    id: workflow.id,
    name: workflow.name,
    description: workflow.description,
    project_id: workflow.projectId,
    published: {
      version_id: workflow.productionVersionId,
      published_at: iso(workflow.publishedAt),
      description: "",
    },
    created_at: iso(workflow.createdAt),
    updated_at: iso(workflow.updatedAt),
  };
}

function blockJson(block: BlockRecord): Record<string, unknown> {
  return {
    id: block.id,
    workflow_id: block.workflowId,
    type: block.type,
    label: block.label,
    position_x: block.positionX,
    position_y: 0,
    width: null,
    height: null,
    config: block.config,
    parent_id: null,
    declarative_path: null,
    declarative_source_block_id: null,
    updated_at: iso(block.updatedAt),
    resolved_schemas: null,
  };
}

function compareBy(key: (typeof WORKFLOW_SORT_KEYS)[number]) {
  return (a: WorkflowRecord, b: WorkflowRecord): number => {
    const primary =
      key === "name"
        ? a.name.localeCompare(b.name)
        : key === "created_at"
          ? a.createdAt - b.createdAt
          : a.updatedAt - b.updatedAt;
    return primary || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/**
 * `GET /v1/workflows`: id cursors, `limit` 1–100 (default 10), `order`, `sort_by`, `project_id`.
 *
 * @example
 * ```ts
 * listWorkflows(request, state);
 * ```
 */
export function listWorkflows(request: EmulatorRequest, state: RetabState): EmulatorResponse {
  const query = new QueryReader(request.query);
  const before = query.string("before");
  const after = query.string("after");
  const limit = query.integer("limit", { min: 1, max: 100, fallback: 10 });
  const order = query.oneOf("order", ["asc", "desc"], "desc");
  const sortBy = query.string("sort_by") ?? "updated_at";
  const projectId = query.string("project_id");
  if (!(WORKFLOW_SORT_KEYS as readonly string[]).includes(sortBy)) {
    query.issues.push({
      type: "value_error",
      loc: ["query", "sort_by"],
      msg: `Value error, sort_by must be one of ${WORKFLOW_SORT_KEYS.join(", ")}`,
      input: sortBy,
      ctx: { error: {} },
    });
  }
  const cursor = (id: string | undefined, name: string): WorkflowRecord | undefined => {
    if (id === undefined) return undefined;
    const found = state.workflows.get(id);
    if (found === undefined)
      query.issues.push({
        type: "value_error",
        loc: ["query", name],
        msg: `Value error, no workflow with id ${id}`,
        input: id,
        ctx: { error: {} },
      });
    return found;
  };
  const afterWorkflow = cursor(after, "after");
  const beforeWorkflow = cursor(before, "before");
  if (query.issues.length > 0) return validationError(query.issues);
  const compare = compareBy(sortBy as (typeof WORKFLOW_SORT_KEYS)[number]);
  const page = readPage({
    view: sortedView([...state.workflowList].sort(compare), compare, order),
    matches: (workflow) => projectId === undefined || workflow.projectId === projectId,
    idOf: (workflow) => workflow.id,
    limit,
    after: afterWorkflow,
    before: beforeWorkflow,
  });
  return {
    status: 200,
    json: { data: page.items.map(workflowJson), list_metadata: { before: page.before, after: page.after } },
  };
}

/**
 * `GET /v1/workflows/{workflow_id}`.
 *
 * @example
 * ```ts
 * getWorkflow("wf_…", state);
 * ```
 */
export function getWorkflow(workflowId: string, state: RetabState): EmulatorResponse {
  const workflow = state.workflows.get(workflowId);
  return workflow === undefined
    ? detailError(404, "Workflow not found")
    : { status: 200, json: workflowJson(workflow) };
}

/**
 * `GET /v1/workflows/blocks?workflow_id=`: `updated_at` descending, id breaking ties; `before`
 * and `after` are exclusive (400); `limit` 1–200 (default 100).
 *
 * @example
 * ```ts
 * listBlocks(request, state);
 * ```
 */
export function listBlocks(request: EmulatorRequest, state: RetabState): EmulatorResponse {
  const query = new QueryReader(request.query);
  const workflowId = query.requiredString("workflow_id");
  const before = query.string("before");
  const after = query.string("after");
  const limit = query.integer("limit", { min: 1, max: 200, fallback: 100 });
  if (query.issues.length > 0 || workflowId === undefined) return validationError(query.issues);
  if (before !== undefined && after !== undefined)
    return detailError(400, "Pass either 'before' or 'after', not both.");
  const workflow = state.workflows.get(workflowId);
  if (workflow === undefined) return detailError(404, "Workflow not found");
  const compare = (a: BlockRecord, b: BlockRecord): number =>
    a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const cursorId = before ?? after;
  const cursor = cursorId === undefined ? undefined : workflow.blocks.find((block) => block.id === cursorId);
  if (cursorId !== undefined && cursor === undefined)
    return detailError(400, `Unknown block cursor: ${cursorId}`);
  const page = readPage({
    view: sortedView([...workflow.blocks].sort(compare), compare, "desc"),
    matches: () => true,
    idOf: (block) => block.id,
    limit,
    after: after === undefined ? undefined : cursor,
    before: before === undefined ? undefined : cursor,
  });
  return {
    status: 200,
    json: { data: page.items.map(blockJson), list_metadata: { before: page.before, after: page.after } },
  };
}
