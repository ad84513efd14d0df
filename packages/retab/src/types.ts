import type { components, operations } from "./generated/schema.js";

type Schemas = components["schemas"];
// Interfaces (not aliases) so editors show `Workflow`, not `components["schemas"]["Workflow"]`.
type Schema<Name extends keyof Schemas> = Schemas[Name];

/**
 * A workflow run as Retab returns it (`lifecycle.status` tells where it is).
 * @example `const run: WorkflowRun = await retab.workflowRuns.get("run_8mXo2tQbLr5vNc1Z");`
 */
export interface WorkflowRun extends Schema<"WorkflowRun"> {}
/**
 * Retab's run status: `pending`, `running`, `awaiting_review`, `completed`, `error`, `cancelled`.
 * @example `const finished: WorkflowRunStatus[] = ["completed", "error", "cancelled"];`
 */
export type WorkflowRunStatus = WorkflowRun["lifecycle"]["status"];
/**
 * The body of `POST /v1/workflows/runs`.
 * @example `const body: CreateWorkflowRunRequest = { workflow_id: "wf_3Fh8kLmN2pQr", metadata: { tenant: "acme" } };`
 */
export interface CreateWorkflowRunRequest extends Schema<"CreateWorkflowRunRequest"> {}
/**
 * What cancelling a run answers.
 * @example `const { cancellation_status }: CancelWorkflowResponse = await retab.workflowRuns.cancel(run.id);`
 */
export interface CancelWorkflowResponse extends Schema<"CancelWorkflowResponse"> {}
/**
 * One block's execution within a run; results are in `handle_outputs`.
 * @example `const steps: WorkflowStep[] = await retab.steps.list({ run_id: run.id }).toArray();`
 */
export interface WorkflowStep extends Schema<"WorkflowStep"> {}
/**
 * A step's input or output payload (`type: "file"` with `document`, or `"json"` with `data`).
 * @example `const output: PublicHandlePayload | undefined = step.handle_outputs["output-json"];`
 */
export interface PublicHandlePayload extends Schema<"PublicHandlePayload"> {}
/**
 * A workflow definition.
 * @example `const workflow: Workflow = await retab.workflows.get("wf_3Fh8kLmN2pQr");`
 */
export interface Workflow extends Schema<"Workflow"> {}
/**
 * A block of a workflow (`start_document` / `start_json` block ids key run inputs).
 * @example `const blocks: WorkflowBlock[] = await retab.blocks.list("wf_3Fh8kLmN2pQr").toArray();`
 */
export interface WorkflowBlock extends Schema<"WorkflowBlock"> {}
/**
 * A file as Retab takes it: a name and a `data:` (base64) or http(s) URL.
 * @example `const document: MIMEData = { filename: "invoice.pdf", url: "https://example.com/invoice.pdf" };`
 */
export interface MIMEData extends Schema<"MIMEData"> {}
/**
 * Boundary cursors of a list page.
 * @example `const { after }: ListMetadata = { before: null, after: "run_8mXo2tQbLr5vNc1Z" };`
 */
export interface ListMetadata extends Schema<"ListMetadata"> {}

/**
 * Query filters of `GET /v1/workflows/runs`, named as Retab names them.
 * @example `const query: WorkflowRunListQuery = { status: "error", limit: 50, order: "desc" };`
 */
export type WorkflowRunListQuery = NonNullable<operations["list_workflow_runs"]["parameters"]["query"]>;
/**
 * Query filters of `GET /v1/workflows/steps`.
 * @example `const query: WorkflowStepListQuery = { run_id: run.id, limit: 100 };`
 */
export type WorkflowStepListQuery = NonNullable<operations["list_workflow_run_steps"]["parameters"]["query"]>;
/**
 * Query of `GET /v1/workflows`.
 * @example `const query: WorkflowListQuery = { limit: 20, sort_by: "created_at" };`
 */
export type WorkflowListQuery = NonNullable<operations["list_workflows"]["parameters"]["query"]>;
/**
 * Query of `GET /v1/workflows/blocks` (without the required `workflow_id`).
 * @example `const query: BlockListQuery = { limit: 200 };`
 */
export type BlockListQuery = Omit<operations["list_blocks"]["parameters"]["query"], "workflow_id">;

/**
 * Filters and listing options of `workflows.list()` (kept under its 0.1 name).
 * @example `const options: ListWorkflowsOptions = { sort_by: "created_at", maxItems: 50 };`
 */
export type ListWorkflowsOptions = NonNullable<
  Parameters<import("./generated/resources/index.js").Workflows["list"]>[0]
>;
