import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../../framework/types.js";
import { invalidRequest, notFound } from "../errors.js";
import { makeFile } from "./files.js";
import { CANCELLABLE, chooseOutcome, statusAt } from "../lifecycle.js";
import { seededId } from "../id-codec.js";
import { encodeToken, keysetPage, type SortedTier } from "../pagination.js";
import { seededFileName, seededRun, type SeedTable } from "../seed.js";
import { runFull, runSummaryJson } from "../serialize.js";
import {
  RUN_STATUSES,
  type FileRecord,
  type RunRecord,
  type RunStatus,
  type VersionRecord,
  type WorkflowRecord,
} from "../model.js";
import {
  addDynamicRun,
  addFile,
  deleteRun,
  findFile,
  findRun,
  makeDynamic,
  newId,
  runChanged,
  type ExtendState,
} from "../state.js";
import {
  enumParam,
  fileInput,
  isObject,
  jsonBody,
  objectField,
  pageSizeParam,
  priorityField,
  tokenParam,
  unprocessable,
  workflowRef,
  type FileInput,
  type WorkflowRef,
} from "../validation.js";
import { reviewOfNewRun } from "../review.js";
import { emitRunEvent } from "../webhooks.js";

const MAX_BATCH = 1000;

function requireRun(state: ExtendState, id: string): RunRecord {
  const run = findRun(state, id);
  if (run === undefined) throw notFound("Workflow run", id);
  return run;
}

function resolveWorkflow(
  state: ExtendState,
  ref: WorkflowRef,
): { workflow: WorkflowRecord; version: VersionRecord } {
  const workflow = state.workflows.get(ref.id);
  if (workflow === undefined) throw notFound("Workflow", ref.id);
  if (ref.version === undefined)
    return { workflow, version: workflow.published[workflow.published.length - 1] ?? workflow.draft };
  if (ref.version === "draft") return { workflow, version: workflow.draft };
  if (!/^\d+$/.test(ref.version))
    throw invalidRequest(`workflow.version must be a version number or "draft"; got "${ref.version}"`);
  const version = workflow.published[Number(ref.version) - 1];
  if (version === undefined) throw unprocessable(`Workflow ${workflow.id} has no version ${ref.version}`);
  return { workflow, version };
}

function nameFromUrl(url: string): string {
  const path = url.replace(/[?#].*$/, "");
  const last = decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
  return last === "" ? "document.pdf" : last;
}

// Resolves inputs to stored files; `hints` feed the outcome choice (file names and raw text).
function resolveFile(state: ExtendState, input: FileInput, now: number, hints: string[]): FileRecord {
  if (input.kind === "id") {
    const file = findFile(state, input.id);
    if (file === undefined) throw notFound("File", input.id);
    hints.push(file.name);
    return file;
  }
  const file =
    input.kind === "url"
      ? makeFile(state, input.name ?? nameFromUrl(input.url), now)
      : makeFile(state, input.name ?? `text-${now}.txt`, now, { text: input.text });
  hints.push(file.name, input.kind === "text" ? input.text : "");
  return file;
}

interface NewRun {
  workflow: WorkflowRecord;
  version: VersionRecord;
  files: FileRecord[];
  hints: string[];
  metadata: Record<string, unknown>;
  priority: number;
  batchId: string | null;
}

function startRun(state: ExtendState, ctx: ProviderContext, input: NewRun): RunRecord {
  const now = ctx.now();
  const processingMs = Math.max(0, ctx.processingMs);
  const endAtMs = now + processingMs;
  const outcome = chooseOutcome(input.metadata, input.hints);
  for (const file of input.files) if (findFile(state, file.id) === undefined) addFile(state, file);
  const run: RunRecord = {
    id: newId(state, "workflow_run"),
    seedRow: -1,
    workflow: input.workflow,
    version: input.version,
    files: input.files,
    batchId: input.batchId,
    metadata: input.metadata,
    name: null,
    priority: input.priority,
    createdAtMs: now,
    startAtMs: now + Math.floor(processingMs * 0.2),
    endAtMs,
    outcome,
    cancellation: null,
    review: reviewOfNewRun(outcome, endAtMs),
    touchedAtMs: now,
    deleted: false,
    tier: "dynamic",
  };
  addDynamicRun(state, run, now);
  ctx.schedule(endAtMs, () => {
    if (run.cancellation === null) emitRunEvent(state, ctx, run);
  });
  return run;
}

/** `POST /workflow_runs`. */
export function createRun(
  request: EmulatorRequest,
  state: ExtendState,
  ctx: ProviderContext,
): EmulatorResponse {
  const body = jsonBody(request.body, request.headers["content-type"]);
  for (const key of Object.keys(body)) {
    if (!["workflow", "file", "package", "outputs", "priority", "metadata", "secrets"].includes(key)) {
      throw invalidRequest(`${key} is not a recognised field`);
    }
  }
  const ref = workflowRef(body["workflow"]);
  const hasFile = body["file"] !== undefined;
  const hasPackage = body["package"] !== undefined;
  if (hasFile === hasPackage) throw invalidRequest("Exactly one of file or package must be provided");
  const metadata = objectField(body, "metadata");
  objectField(body, "secrets");
  const priority = priorityField(body, 50);
  validateOutputs(body["outputs"], hasPackage);
  const inputs = hasFile ? [fileInput(body["file"], "file")] : packageInputs(body["package"]);
  const { workflow, version } = resolveWorkflow(state, ref);
  const now = ctx.now();
  const hints: string[] = [];
  const files = inputs.map((input) => resolveFile(state, input, now, hints));
  const run = startRun(state, ctx, { workflow, version, files, hints, metadata, priority, batchId: null });
  return { status: 200, json: runFull(run, now) };
}

function validateOutputs(outputs: unknown, hasPackage: boolean): void {
  if (outputs === undefined) return;
  if (hasPackage) throw invalidRequest("outputs cannot be used with package");
  if (!Array.isArray(outputs)) throw invalidRequest("outputs must be an array");
  outputs.forEach((item, index) => {
    if (!isObject(item) || typeof item["processorId"] !== "string" || !isObject(item["output"])) {
      throw invalidRequest(`outputs[${index}] must be { processorId: string, output: object }`);
    }
  });
}

function packageInputs(value: unknown): FileInput[] {
  if (!isObject(value) || !Array.isArray(value["files"]))
    throw invalidRequest("package must be an object with a files array");
  const files = value["files"];
  if (files.length < 2 || files.length > 50) throw invalidRequest("package.files must contain 2 to 50 files");
  const inputs = files.map((file, index) => fileInput(file, `package.files[${index}]`, false));
  const seen = new Set<string>();
  for (const input of inputs) {
    const key = input.kind === "url" ? `url:${input.url}` : input.kind === "id" ? `id:${input.id}` : "";
    if (seen.has(key)) throw invalidRequest("package.files must not contain duplicates");
    seen.add(key);
  }
  return inputs;
}

/** `POST /workflow_runs/batch`. */
export function batchCreateRuns(
  request: EmulatorRequest,
  state: ExtendState,
  ctx: ProviderContext,
): EmulatorResponse {
  const body = jsonBody(request.body, request.headers["content-type"]);
  for (const key of Object.keys(body)) {
    if (!["workflow", "inputs", "priority"].includes(key))
      throw invalidRequest(`${key} is not a recognised field`);
  }
  const ref = workflowRef(body["workflow"]);
  const inputs = body["inputs"];
  if (!Array.isArray(inputs) || inputs.length < 1 || inputs.length > MAX_BATCH) {
    throw invalidRequest(`inputs must be an array of 1 to ${MAX_BATCH} items`);
  }
  const priority = priorityField(body, 90);
  const parsed = inputs.map((item, index) => {
    const where = `inputs[${index}]`;
    if (!isObject(item)) throw invalidRequest(`${where} must be an object`);
    for (const key of Object.keys(item)) {
      if (!["file", "metadata", "secrets"].includes(key))
        throw invalidRequest(`${where}.${key} is not a recognised field`);
    }
    objectField(item, "secrets", `${where}.secrets`);
    return {
      file: fileInput(item["file"], `${where}.file`),
      metadata: objectField(item, "metadata", `${where}.metadata`),
    };
  });
  const { workflow, version } = resolveWorkflow(state, ref);
  // Resolve every file before creating any run, so a bad input creates nothing.
  const now = ctx.now();
  const resolved = parsed.map((input) => {
    const hints: string[] = [];
    return { files: [resolveFile(state, input.file, now, hints)], hints, metadata: input.metadata };
  });
  const batchId = newId(state, "batch");
  for (const input of resolved) startRun(state, ctx, { workflow, version, ...input, priority, batchId });
  return { status: 200, json: { batchId } };
}

/** `GET /workflow_runs`. */
export function listRuns(
  request: EmulatorRequest,
  state: ExtendState,
  ctx: ProviderContext,
): EmulatorResponse {
  const query = request.query;
  const status = enumParam(query, "status", RUN_STATUSES);
  const workflowId = query.get("workflowId") ?? undefined;
  const batchId = query.get("batchId") ?? undefined;
  const nameContains = query.get("fileNameContains")?.toLowerCase();
  const sortBy = enumParam(query, "sortBy", ["updatedAt", "createdAt"] as const, "updatedAt");
  const direction = enumParam(query, "sortDir", ["asc", "desc"] as const, "desc");
  const cursor = tokenParam(query);
  const limit = pageSizeParam(query);
  const now = ctx.now();
  const matches = (run: RunRecord): boolean =>
    (workflowId === undefined || run.workflow.id === workflowId) &&
    (batchId === undefined || run.batchId === batchId) &&
    (status === undefined || statusAt(run, now) === status) &&
    (nameContains === undefined || run.files.some((file) => file.name.toLowerCase().includes(nameContains)));
  const dynamic = state.dynamicRuns.sortedBy(sortBy, now);
  const tiers: SortedTier<RunRecord>[] = [
    {
      length: dynamic.length,
      key: (position) => dynamic.keys[position]!,
      id: (position) => dynamic.items[position]!.id,
      include: (position) => matches(dynamic.items[position]!),
      item: (position) => dynamic.items[position]!,
    },
  ];
  if (state.seeded !== null)
    tiers.push(seededTier(state.seeded, sortBy, { workflowId, batchId, status, nameContains }));
  const page = keysetPage<RunRecord>({ sorted: tiers }, direction, cursor, limit);
  // Serialized here rather than by the framework: the items are built directly as JSON text.
  let data = "";
  for (const run of page.items) data += (data === "" ? "" : ",") + runSummaryJson(run, now);
  const token = page.next === null ? "" : `,"nextPageToken":${JSON.stringify(encodeToken(page.next))}`;
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    body: `{"object":"list","data":[${data}]${token}}`,
  };
}

interface RunFilters {
  workflowId: string | undefined;
  batchId: string | undefined;
  status: RunStatus | undefined;
  nameContains: string | undefined;
}

// The seed table as a sorted tier: filters read its columns, so rows are only materialized for
// the items of the page.
function seededTier(
  table: SeedTable,
  sortBy: "updatedAt" | "createdAt",
  filters: RunFilters,
): SortedTier<RunRecord> {
  const rowAt =
    sortBy === "createdAt"
      ? (position: number) => position
      : (position: number) => table.byUpdated[position]!;
  const keys = sortBy === "createdAt" ? table.createdAt : table.updatedAt;
  const workflowIndex =
    filters.workflowId === undefined ? -1 : table.workflows.findIndex((w) => w.id === filters.workflowId);
  const batchIndex = filters.batchId === undefined ? -1 : table.batchIds.indexOf(filters.batchId);
  const statusIndex = filters.status === undefined ? -1 : RUN_STATUSES.indexOf(filters.status);
  const nameContains = filters.nameContains;
  return {
    length: table.rows,
    key: (position) => keys[rowAt(position)]!,
    id: (position) => seededId("workflow_run", table.seed, rowAt(position)),
    include(position) {
      const row = rowAt(position);
      if (table.moved[row] === 1) return false;
      if (filters.workflowId !== undefined && table.workflowOf[row] !== workflowIndex) return false;
      if (filters.batchId !== undefined && (batchIndex === -1 || table.batchOf[row] !== batchIndex))
        return false;
      if (statusIndex !== -1 && table.status[row] !== statusIndex) return false;
      return nameContains === undefined || seededFileName(table, row).toLowerCase().includes(nameContains);
    },
    item: (position) => seededRun(table, rowAt(position)),
  };
}

/** `GET /workflow_runs/{id}`. */
export function getRun(state: ExtendState, ctx: ProviderContext, id: string): EmulatorResponse {
  return { status: 200, json: runFull(requireRun(state, id), ctx.now()) };
}

/** `POST /workflow_runs/{id}`: set `name`, merge `metadata` (incoming keys win). */
export function updateRun(
  request: EmulatorRequest,
  state: ExtendState,
  ctx: ProviderContext,
  id: string,
): EmulatorResponse {
  const body = jsonBody(request.body, request.headers["content-type"]);
  for (const key of Object.keys(body)) {
    if (key !== "name" && key !== "metadata") throw invalidRequest(`${key} is not a recognised field`);
  }
  const name = body["name"];
  if (name !== undefined && typeof name !== "string") throw invalidRequest("name must be a string");
  const metadata = objectField(body, "metadata");
  const run = requireRun(state, id);
  const merged = { ...run.metadata, ...metadata };
  if (JSON.stringify(merged).length > 10 * 1024)
    throw invalidRequest("metadata must be at most 10 KB after merging");
  const now = ctx.now();
  makeDynamic(state, run, now);
  if (name !== undefined) run.name = name;
  run.metadata = merged;
  run.touchedAtMs = Math.max(now, run.touchedAtMs);
  runChanged(state, run, now);
  return { status: 200, json: runFull(run, now) };
}

/** `POST /workflow_runs/{id}/cancel`: only PENDING or PROCESSING runs; others are a 400. */
export function cancelRun(state: ExtendState, ctx: ProviderContext, id: string): EmulatorResponse {
  const run = requireRun(state, id);
  const now = ctx.now();
  const status = statusAt(run, now);
  if (!CANCELLABLE.has(status))
    throw invalidRequest(`Workflow run ${id} cannot be cancelled in status ${status}`);
  // A processing run spends a moment in CANCELLING, as Extend's does; a pending one stops at once.
  const cancellingMs =
    status === "PROCESSING" ? Math.min(200, Math.floor(Math.max(0, ctx.processingMs) * 0.1)) : 0;
  makeDynamic(state, run, now);
  run.cancellation = { requestedAtMs: now, doneAtMs: now + cancellingMs };
  // A rejection planned for when processing ends never happens: a cancelled run was not reviewed.
  if (run.review !== null && run.review.atMs > now) run.review = null;
  run.touchedAtMs = Math.max(now, run.touchedAtMs);
  runChanged(state, run, now);
  ctx.schedule(now + cancellingMs, () => emitRunEvent(state, ctx, run));
  return { status: 200, json: runFull(run, now) };
}

/** `DELETE /workflow_runs/{id}`. */
export function deleteRunRoute(state: ExtendState, id: string): EmulatorResponse {
  const run = requireRun(state, id);
  deleteRun(state, run);
  return { status: 200, json: { id: run.id } };
}
