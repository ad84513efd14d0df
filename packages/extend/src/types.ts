import type { components, paths } from "./generated/schema.js";

// Friendly names for the generated wire types (the spec is the truth; these only rename).
type Schemas = components["schemas"];
// Interfaces (not aliases) so editors show `Workflow`, not `components["schemas"]["Workflow"]`.
type Schema<Name extends keyof Schemas> = Schemas[Name];

/**
 * A workflow run with its step runs and usage (`GET /workflow_runs/{id}`).
 * @example `const run: WorkflowRun = await extend.workflowRuns.get(runId);`
 */
export interface WorkflowRun extends Schema<"WorkflowRun"> {}
/**
 * The list form of a workflow run.
 * @example `const [first]: WorkflowRunSummary[] = await extend.workflowRuns.list().toArray({ limit: 1 });`
 */
export interface WorkflowRunSummary extends Schema<"WorkflowRunSummary"> {}
/**
 * `PENDING`, `PROCESSING`, `NEEDS_REVIEW`, `REJECTED`, `PROCESSED`, `FAILED`, `CANCELLED`, `CANCELLING`.
 * @example `const done: WorkflowRunStatus[] = ["PROCESSED", "NEEDS_REVIEW"];`
 */
export type WorkflowRunStatus = Schemas["WorkflowRunStatus"];
/**
 * A workflow with its draft version and steps.
 * @example `const workflow: Workflow = await extend.workflows.get(workflowId);`
 */
export interface Workflow extends Schema<"Workflow"> {}
/**
 * The list form of a workflow.
 * @example `const workflows: WorkflowSummary[] = await extend.workflows.list().toArray();`
 */
export interface WorkflowSummary extends Schema<"WorkflowSummary"> {}
/**
 * A stored file (`POST /files/upload`, `GET /files/{id}`).
 * @example `const file: ExtendFile = await extend.files.get(fileId);`
 */
export interface ExtendFile extends Schema<"File_"> {}
/**
 * The list form of a file.
 * @example `const files: FileSummary[] = await extend.files.list().toArray({ limit: 10 });`
 */
export interface FileSummary extends Schema<"FileSummary"> {}
/**
 * Body of `POST /workflow_runs`.
 * @example `const body: CreateWorkflowRunRequest = { workflow: { id: workflowId }, file: { url: "https://example.com/invoice.pdf" } };`
 */
export interface CreateWorkflowRunRequest extends Schema<"WorkflowRunsCreateRequest"> {}
/**
 * Body of `POST /workflow_runs/batch`.
 * @example `const body: BatchCreateWorkflowRunsRequest = { workflow: { id: workflowId }, inputs: [{ file: { url } }] };`
 */
export interface BatchCreateWorkflowRunsRequest extends Schema<"WorkflowRunsCreateBatchRequest"> {}
/**
 * Answer of `POST /workflow_runs/batch`.
 * @example `const { batchId }: BatchCreateWorkflowRunsResponse = await extend.workflowRuns.batchCreate(body);`
 */
export interface BatchCreateWorkflowRunsResponse extends Schema<"WorkflowRunsCreateBatchResponse"> {}
/**
 * Body of `POST /workflow_runs/{id}`.
 * @example `const body: UpdateWorkflowRunRequest = { name: "March invoices", metadata: { team: "ops" } };`
 */
export interface UpdateWorkflowRunRequest extends Schema<"WorkflowRunsUpdateRequest"> {}
/**
 * Extend's error body.
 * @example `if (error instanceof ApiError) console.log((error.body as ExtendApiErrorBody).code);`
 */
export interface ExtendApiErrorBody extends Schema<"ApiError"> {}

type Query<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

/**
 * Filters and sorting of `GET /workflow_runs` (the page token is the paginator's job).
 * @example `const filters: WorkflowRunListFilters = { status: "FAILED", sortBy: "createdAt", sortDir: "desc" };`
 */
export type WorkflowRunListFilters = Omit<Query<"/workflow_runs">, "nextPageToken">;
/**
 * Sorting of `GET /workflows`.
 * @example `const filters: WorkflowListFilters = { sortBy: "createdAt", maxPageSize: 100 };`
 */
export type WorkflowListFilters = Omit<Query<"/workflows">, "nextPageToken">;
/**
 * Filters and sorting of `GET /files`.
 * @example `const filters: FileListFilters = { nameContains: "invoice", sortDir: "asc" };`
 */
export type FileListFilters = Omit<Query<"/files">, "nextPageToken">;
