import type { components, operations } from "./generated/schema.js";

type Schemas = components["schemas"];

/** A workflow run as Retab returns it (`lifecycle.status` tells where it is). */
export type WorkflowRun = Schemas["WorkflowRun"];
/** Retab's run status: `pending`, `running`, `awaiting_review`, `completed`, `error`, `cancelled`. */
export type WorkflowRunStatus = WorkflowRun["lifecycle"]["status"];
/** The body of `POST /v1/workflows/runs`. */
export type CreateWorkflowRunRequest = Schemas["CreateWorkflowRunRequest"];
/** What cancelling a run answers. */
export type CancelWorkflowResponse = Schemas["CancelWorkflowResponse"];
/** One block's execution within a run; results are in `handle_outputs`. */
export type WorkflowStep = Schemas["WorkflowStep"];
/** A step's input or output payload (`type: "file"` with `document`, or `"json"` with `data`). */
export type PublicHandlePayload = Schemas["PublicHandlePayload"];
/** A workflow definition. */
export type Workflow = Schemas["Workflow"];
/** A block of a workflow (`start_document` / `start_json` block ids key run inputs). */
export type WorkflowBlock = Schemas["WorkflowBlock"];
/** A file as Retab takes it: a name and a `data:` (base64) or http(s) URL. */
export type MIMEData = Schemas["MIMEData"];
/** Boundary cursors of a list page. */
export type ListMetadata = Schemas["ListMetadata"];

/** Query filters of `GET /v1/workflows/runs`, named as Retab names them. */
export type WorkflowRunListQuery = NonNullable<operations["list_workflow_runs"]["parameters"]["query"]>;
/** Query filters of `GET /v1/workflows/steps`. */
export type WorkflowStepListQuery = NonNullable<operations["list_workflow_run_steps"]["parameters"]["query"]>;
/** Query of `GET /v1/workflows`. */
export type WorkflowListQuery = NonNullable<operations["list_workflows"]["parameters"]["query"]>;
/** Query of `GET /v1/workflows/blocks` (without the required `workflow_id`). */
export type BlockListQuery = Omit<operations["list_blocks"]["parameters"]["query"], "workflow_id">;
