import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/**
 * A workflow (extraction template) with its fields.
 * @example `const workflow: Workflow = await af.workflows.get(workflowId);`
 */
export type Workflow = Schemas["Workflow"];
/**
 * One field a workflow extracts.
 * @example `const names = (workflow.fields ?? []).map((field: WorkflowField) => field.name);`
 */
export type WorkflowField = Schemas["WorkflowField"];
/**
 * The 202 answer to running a workflow: `id` is the file collection to poll.
 * @example `const run: WorkflowRunResponse = await af.workflows.run(workflowId, { text });`
 */
export type WorkflowRunResponse = Schemas["WorkflowRunResponseV2"];
/**
 * A run as `listRuns` yields it.
 * @example `for await (const run of af.workflows.listRuns(workflowId)) use(run satisfies WorkflowRun);`
 */
export type WorkflowRun = Schemas["WorkflowRunListItem"];
/**
 * A file collection as `listFiles` yields it.
 * @example `const files: FileCollection[] = await af.workflows.listFiles(workflowId).toArray();`
 */
export type FileCollection = Schemas["FileCollectionListItem"];
/**
 * A run / collection status: `pending`, `queued`, `in_progress`, `processed`, `error`, `cancelled`.
 * @example `const done = (status: RunStatus) => status === "processed" || status === "error" || status === "cancelled";`
 */
export type RunStatus = Schemas["RunStatus"];
/**
 * The results of a processed run.
 * @example `const results: FileResults = await af.workflows.runAndWait(workflowId, { file });`
 */
export type FileResults = Schemas["FileResultsResponse"];
/**
 * One extracted value with confidence and evidence.
 * @example `const total = results.extraction?.["total_amount"] as ExtractedField | undefined;`
 */
export type ExtractedField = Schemas["ExtractedField"];
/**
 * A webhook subscription (as listed: no secret).
 * @example `const hooks: Webhook[] = await af.webhooks.list().toArray();`
 */
export type Webhook = Schemas["Webhook"];
/**
 * A newly created webhook subscription, with its secret (shown once).
 * @example `const hook: CreatedWebhook = await af.webhooks.create({ url });`
 */
export type CreatedWebhook = Schemas["WebhookCreateResponse"];
/**
 * The body of `webhooks.create`.
 * @example `const body: WebhookCreate = { url: "https://example.com/hooks", events: ["extraction.failed"] };`
 */
export type WebhookCreate = Schemas["WebhookCreate"];
/**
 * `extraction.completed` or `extraction.failed`.
 * @example `const events: WebhookEventType[] = ["extraction.completed"];`
 */
export type WebhookEventType = Schemas["WebhookEventType"];
/**
 * The JSON AnyFormat POSTs to a webhook endpoint.
 * @example `const event: WebhookEvent = await af.webhooks.verify(rawBody, headers, secret);`
 */
export type WebhookEvent = Schemas["WebhookDeliveryPayload"];
/**
 * AnyFormat's error envelope (the `body` of an `ApiError`).
 * @example `if (error instanceof ApiError) console.log((error.body as ErrorResponse).error_code);`
 */
export type ErrorResponse = Schemas["ErrorResponse"];
