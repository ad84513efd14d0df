import type { EmulatorResponse } from "../../../framework/types.js";
import { scheduleCompletionWebhook } from "../webhooks.js";
import { uuidV7 } from "../ids.js";
import { outcomeFor } from "../lifecycle.js";
import { isFormContentType, readForm } from "../multipart.js";
import { errorEnvelope, jsonResponse, validationFailed } from "../errors.js";
import type { RouteInput } from "../path-matcher.js";
import { addCollection } from "../state.js";

const EXACTLY_ONE = "Provide exactly one of 'file' or 'text'.";

/**
 * `POST /v2/workflows/{workflow_id}/run/`: multipart with exactly one of `file` (a file part) or
 * `text`. Creates a live collection that moves through the lifecycle over `processingMs`; its
 * outcome follows the file name or text (`fail` → error, `cancel` → cancelled). Answers 202.
 *
 * Errors as the API gives them: unknown workflow 404; a body that is not a form, or both or
 * neither field, 400 `VALIDATION_ERROR`; a `file` field that is not a file part 422
 * `HTTPValidationError` (FastAPI's "Expected UploadFile").
 *
 * @example
 * ```ts
 * await runWorkflow({ request, state, ctx, params: { workflow_id } });
 * ```
 */
export async function runWorkflow({ request, state, ctx, params }: RouteInput): Promise<EmulatorResponse> {
  const workflow = state.workflowsById.get(params["workflow_id"] ?? "");
  if (workflow === undefined)
    return errorEnvelope(404, "NOT_FOUND", "Workflow not found.", request.requestId);
  const contentType = request.headers["content-type"];
  if (!isFormContentType(contentType)) {
    return errorEnvelope(
      400,
      "VALIDATION_ERROR",
      `Expected multipart/form-data with 'file' or 'text'. ${EXACTLY_ONE}`,
      request.requestId,
    );
  }
  const form = await readForm(request.body, contentType);
  if (form === null)
    return errorEnvelope(400, "VALIDATION_ERROR", "There was an error parsing the body.", request.requestId);
  const file = form.get("file");
  if (typeof file === "string" && file !== "") {
    return validationFailed([
      {
        type: "value_error",
        loc: ["body", "file"],
        msg: "Value error, Expected UploadFile, received: <class 'str'>",
        input: file.slice(0, 100),
        ctx: { error: {} },
      },
    ]);
  }
  const text = form.get("text");
  const hasFile = file !== null && typeof file !== "string";
  const hasText = typeof text === "string" && text !== "";
  if (hasFile === hasText) return errorEnvelope(400, "VALIDATION_ERROR", EXACTLY_ONE, request.requestId);

  const createdAt = ctx.now();
  const name = hasFile ? (file as File).name || "upload" : null;
  const submittedText = hasText ? (text as string) : null;
  const collection = {
    id: uuidV7(createdAt, () => ctx.random()),
    workflowId: workflow.id,
    versionId: workflow.versionId,
    name,
    text: submittedText,
    createdAt,
    lifecycle: "live" as const,
    status: outcomeFor(name ?? submittedText ?? ""),
    durationMs: ctx.processingMs,
  };
  addCollection(state, workflow, collection);
  scheduleCompletionWebhook(state, ctx, collection);
  return jsonResponse(202, {
    id: collection.id,
    status: "success",
    workflow_id: workflow.id,
    version_id: workflow.versionId,
  });
}
