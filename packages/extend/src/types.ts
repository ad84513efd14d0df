import type { components, paths } from "./generated/schema.js";

// Friendly names for the generated wire types (the spec is the truth; these only rename).
type Schemas = components["schemas"];

/** A workflow run with its step runs and usage (`GET /workflow_runs/{id}`). */
export type WorkflowRun = Schemas["WorkflowRun"];
/** The list form of a workflow run. */
export type WorkflowRunSummary = Schemas["WorkflowRunSummary"];
/** `PENDING`, `PROCESSING`, `NEEDS_REVIEW`, `REJECTED`, `PROCESSED`, `FAILED`, `CANCELLED`, `CANCELLING`. */
export type WorkflowRunStatus = Schemas["WorkflowRunStatus"];
/** A workflow with its draft version and steps. */
export type Workflow = Schemas["Workflow"];
/** The list form of a workflow. */
export type WorkflowSummary = Schemas["WorkflowSummary"];
/** A stored file (`POST /files/upload`, `GET /files/{id}`). */
export type ExtendFile = Schemas["File"];
/** The list form of a file. */
export type FileSummary = Schemas["FileSummary"];
/** Body of `POST /workflow_runs`. */
export type CreateWorkflowRunRequest = Schemas["CreateWorkflowRunRequest"];
/** Body of `POST /workflow_runs/batch`. */
export type BatchCreateWorkflowRunsRequest = Schemas["BatchCreateWorkflowRunsRequest"];
/** Answer of `POST /workflow_runs/batch`. */
export type BatchCreateWorkflowRunsResponse = Schemas["BatchCreateWorkflowRunsResponse"];
/** Body of `POST /workflow_runs/{id}`. */
export type UpdateWorkflowRunRequest = Schemas["UpdateWorkflowRunRequest"];
/** Extend's error body. */
export type ExtendApiErrorBody = Schemas["ApiError"];

type Query<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

/** Filters and sorting of `GET /workflow_runs` (the page token is the paginator's job). */
export type WorkflowRunListFilters = Omit<Query<"/workflow_runs">, "nextPageToken">;
/** Sorting of `GET /workflows`. */
export type WorkflowListFilters = Omit<Query<"/workflows">, "nextPageToken">;
/** Filters and sorting of `GET /files`. */
export type FileListFilters = Omit<Query<"/files">, "nextPageToken">;
