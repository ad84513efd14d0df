import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];
// Interfaces (not aliases) so editors show `Workflow`, not `components["schemas"]["Workflow"]`.
type Schema<Name extends keyof Schemas> = Schemas[Name];

/**
 * A workflow (extraction template) with its fields.
 * @example `const workflow: Workflow = await af.workflows.get(workflowId);`
 */
export interface Workflow extends Schema<"Workflow"> {}
/**
 * One field a workflow extracts.
 * @example `const names = (workflow.fields ?? []).map((field: WorkflowField) => field.name);`
 */
export interface WorkflowField extends Schema<"WorkflowField"> {}
/**
 * The 202 answer to running a workflow: `id` is the file collection to poll.
 * @example `const run: WorkflowRunResponse = await af.workflows.run(workflowId, { text });`
 */
export interface WorkflowRunResponse extends Schema<"WorkflowRunResponseV2"> {}
/**
 * A run as `listRuns` yields it.
 * @example `for await (const run of af.workflows.listRuns(workflowId)) use(run satisfies WorkflowRun);`
 */
export interface WorkflowRun extends Schema<"WorkflowRunListItem"> {}
/**
 * A file collection as `listFiles` yields it.
 * @example `const files: FileCollection[] = await af.workflows.listFiles(workflowId).toArray();`
 */
export interface FileCollection extends Schema<"FileCollectionListItem"> {}
/**
 * A run / collection status: `pending`, `queued`, `in_progress`, `processed`, `error`, `cancelled`.
 * @example `const done = (status: RunStatus) => status === "processed" || status === "error" || status === "cancelled";`
 */
export type RunStatus = Schemas["RunStatus"];
/**
 * The results of a processed run.
 * @example `const results: FileResults = await af.workflows.runAndWait(workflowId, { file });`
 */
export interface FileResults extends Schema<"FileResultsResponse"> {}
/**
 * One extracted value with confidence and evidence.
 * @example `const total = results.extraction?.["total_amount"] as ExtractedField | undefined;`
 */
export interface ExtractedField extends Schema<"ExtractedField"> {}
/**
 * A webhook subscription (as listed: no secret).
 * @example `const hooks: Webhook[] = await af.webhooks.list().toArray();`
 */
export interface Webhook extends Schema<"Webhook"> {}
/**
 * A newly created webhook subscription, with its secret (shown once).
 * @example `const hook: CreatedWebhook = await af.webhooks.create({ url });`
 */
export interface CreatedWebhook extends Schema<"WebhookCreateResponse"> {}
/**
 * The body of `webhooks.create`.
 * @example `const body: WebhookCreate = { url: "https://example.com/hooks", events: ["extraction.failed"] };`
 */
export interface WebhookCreate extends Schema<"WebhookCreate"> {}
/**
 * `extraction.completed` or `extraction.failed`.
 * @example `const events: WebhookEventType[] = ["extraction.completed"];`
 */
export type WebhookEventType = Schemas["WebhookEventType"];
/**
 * The JSON AnyFormat POSTs to a webhook endpoint.
 * @example `const event: WebhookEvent = await af.webhooks.verify(rawBody, headers, secret);`
 */
export interface WebhookEvent extends Schema<"WebhookDeliveryPayload"> {}
/**
 * AnyFormat's error envelope (the `body` of an `ApiError`).
 * @example `if (error instanceof ApiError) console.log((error.body as ErrorResponse).error_code);`
 */
export interface ErrorResponse extends Schema<"ErrorResponse"> {}
/**
 * What `RunFailedError.run` holds for AnyFormat (which has no run object of its own): the ids you
 * waited on, how the run ended and AnyFormat's 422 error body.
 * @example `if (error instanceof RunFailedError) console.log(error.run.status, error.run.error.error_code);`
 */
export interface FailedExtraction {
  /** The file collection (run) id. */
  id: string;
  workflow_id: string;
  status: "error" | "cancelled";
  error: ErrorResponse;
}
