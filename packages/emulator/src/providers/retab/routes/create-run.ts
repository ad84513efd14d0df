import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../../framework/types.js";
import { detailError, validationError, type ValidationIssue } from "../errors.js";
import { retabId } from "../ids.js";
import { runJson } from "../lifecycle.js";
import type { FileRef, RunOutcome, RunRecord, WorkflowRecord } from "../model.js";
import { insertRun, type RetabState } from "../state.js";
import { emitRunEvent } from "../webhooks.js";
import { BodyReader, parseJsonBody } from "../validation.js";

const OUTCOME_BY_METADATA: Record<string, RunOutcome> = {
  succeeded: "completed",
  failed: "error",
  needs_review: "awaiting_review",
  cancelled: "cancelled",
};

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  tif: "image/tiff",
  tiff: "image/tiff",
  txt: "text/plain",
  csv: "text/csv",
  json: "application/json",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

interface MimeData {
  filename: string;
  url: string;
}

function readDocuments(body: BodyReader): Record<string, MimeData> {
  const documents = body.record("documents") ?? {};
  const out: Record<string, MimeData> = {};
  for (const [blockId, value] of Object.entries(documents)) {
    const loc = ["body", "documents", blockId];
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      body.issues.push({
        type: "model_type",
        loc,
        msg: "Input should be a valid dictionary or instance of MIMEData",
        input: value,
        ctx: { class_name: "MIMEData" },
      });
      continue;
    }
    const fields = value as Record<string, unknown>;
    for (const field of ["filename", "url"] as const) {
      if (fields[field] === undefined)
        body.issues.push({ type: "missing", loc: [...loc, field], msg: "Field required", input: value });
      else if (typeof fields[field] !== "string")
        body.issues.push({
          type: "string_type",
          loc: [...loc, field],
          msg: "Input should be a valid string",
          input: fields[field],
        });
    }
    for (const extra of Object.keys(fields).filter((key) => key !== "filename" && key !== "url")) {
      body.issues.push({
        type: "extra_forbidden",
        loc: [...loc, extra],
        msg: "Extra inputs are not permitted",
        input: fields[extra],
      });
    }
    if (typeof fields["filename"] === "string" && typeof fields["url"] === "string")
      out[blockId] = { filename: fields["filename"], url: fields["url"] };
  }
  return out;
}

function readMetadata(body: BodyReader): Record<string, string> | null {
  const metadata = body.record("metadata", { nullable: true });
  if (metadata === undefined) return null;
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== "string")
      body.issues.push({
        type: "string_type",
        loc: ["body", "metadata", key],
        msg: "Input should be a valid string",
        input: value,
      });
  }
  return metadata as Record<string, string>;
}

function mimeTypeOf(document: MimeData): string {
  const dataUrl = /^data:([^;,]+)[;,]/.exec(document.url);
  if (dataUrl?.[1] !== undefined) return dataUrl[1];
  const extension = document.filename.split(".").pop()?.toLowerCase() ?? "";
  return MIME_BY_EXTENSION[extension] ?? "application/octet-stream";
}

/** Tests pick an outcome: metadata `emulator_outcome`, else a file name containing fail / review. */
function chooseOutcome(
  documents: Record<string, MimeData>,
  metadata: Record<string, string> | null,
): RunOutcome {
  const requested = metadata?.["emulator_outcome"];
  if (requested !== undefined && OUTCOME_BY_METADATA[requested] !== undefined)
    return OUTCOME_BY_METADATA[requested];
  const names = Object.values(documents).map((document) => document.filename.toLowerCase());
  if (names.some((name) => name.includes("fail"))) return "error";
  if (names.some((name) => name.includes("review"))) return "awaiting_review";
  return "completed";
}

function resolveVersion(workflow: WorkflowRecord, version: string | undefined): string | null {
  if (version === undefined || version === "production" || version === workflow.productionVersionId)
    return workflow.productionVersionId;
  if (version === "draft" || version === workflow.draftVersionId) return workflow.draftVersionId;
  return null;
}

function idempotencyConflict(): ValidationIssue {
  return {
    type: "value_error",
    loc: ["header", "Idempotency-Key"],
    msg: "Value error, this Idempotency-Key was already used with a different request body",
    input: null,
    ctx: { error: {} },
  };
}

/**
 * `POST /v1/workflows/runs`: validates like FastAPI, answers 202 with the new run, and schedules
 * its webhook. The same `Idempotency-Key` with the same body returns the first run again.
 *
 * @example
 * ```ts
 * createRun(request, state, ctx); // { status: 202, json: { id: "run_…", lifecycle: { status: "pending" } } }
 * ```
 */
export function createRun(
  request: EmulatorRequest,
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  const parsed = parseJsonBody(request.body);
  if (!parsed.ok) return validationError(parsed.issues);
  const body = new BodyReader(parsed.value);
  const workflowId = body.string("workflow_id", { required: true });
  const documents = readDocuments(body);
  const jsonInputs = body.record("json_inputs") ?? {};
  const version = body.string("version");
  const metadata = readMetadata(body);
  if (body.issues.length > 0 || workflowId === undefined) return validationError(body.issues);

  const key = request.headers["idempotency-key"];
  const fingerprint = new TextDecoder().decode(request.body).trim();
  if (key !== undefined) {
    const previous = state.idempotency.get(key);
    if (previous !== undefined) {
      if (previous.fingerprint !== fingerprint) return validationError([idempotencyConflict()]);
      const run = state.runs.get(previous.runId);
      if (run !== undefined) {
        previous.replays += 1;
        return {
          status: 202,
          headers: { "idempotent-replayed": "true" },
          json: runJson(run, ctx.now(), state.workflows.get(run.workflowId)),
        };
      }
    }
  }

  const workflow = state.workflows.get(workflowId);
  if (workflow === undefined) return detailError(404, "Workflow not found");
  const versionId = resolveVersion(workflow, version);
  if (versionId === null) return detailError(404, "Workflow version not found");

  const now = ctx.now();
  const inputDocuments: Record<string, FileRef> = {};
  for (const [blockId, document] of Object.entries(documents)) {
    inputDocuments[blockId] = {
      id: retabId("file_", ctx.random),
      filename: document.filename,
      mime_type: mimeTypeOf(document),
    };
  }
  const outcome = chooseOutcome(documents, metadata);
  const processingMs = Math.max(0, ctx.processingMs);
  const run: RunRecord = {
    id: retabId("run_", ctx.random),
    workflowId,
    versionId,
    trigger: "api",
    createdAt: now,
    startAt: now + Math.round(processingMs * 0.2),
    endAt: now + processingMs,
    outcome,
    failure:
      outcome === "error"
        ? {
            message: "Extract block failed: document could not be read",
            stage: "execution",
            category: "permanent",
          }
        : null,
    documents: inputDocuments,
    jsonData: jsonInputs,
    metadata,
    cancelledAt: null,
    cancelReason: outcome === "cancelled" ? "Cancelled by the system" : null,
    cancelCommands: null,
  };
  insertRun(state, run);
  if (key !== undefined) state.idempotency.set(key, { fingerprint, runId: run.id, replays: 0 });
  ctx.schedule(run.endAt, () => {
    if (state.runs.get(run.id) !== run || run.cancelledAt !== null) return;
    emitRunEvent(ctx, run, workflow, run.outcome);
  });
  return { status: 202, json: runJson(run, now, workflow) };
}
