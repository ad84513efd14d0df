import { randomFromString, makeId } from "./ids.js";
import { isoTime } from "../../framework/iso-time.js";
import { endTimeAt, startTimeAt, statusAt, updatedAt } from "./lifecycle.js";
import type { FileRecord, RunRecord, RunStatus, VersionRecord, WorkflowRecord } from "./model.js";

// Wire shapes of API version 2026-02-09 (see specs/extend.openapi.yaml), built on read from the
// store so lifecycle-dependent fields always agree with the emulator clock.

const iso = isoTime;
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

// Workflows and versions never change, so each is serialized once and shared by every run.
const workflowSummaries = new WeakMap<WorkflowRecord, ReturnType<typeof buildWorkflowSummary>>();
const versionSummaries = new WeakMap<VersionRecord, ReturnType<typeof buildVersionSummary>>();

/** `WorkflowSummary`. */
export function workflowSummary(workflow: WorkflowRecord) {
  let summary = workflowSummaries.get(workflow);
  if (summary === undefined) workflowSummaries.set(workflow, (summary = buildWorkflowSummary(workflow)));
  return summary;
}

/** `WorkflowVersionSummary`. */
export function versionSummary(version: VersionRecord) {
  let summary = versionSummaries.get(version);
  if (summary === undefined) versionSummaries.set(version, (summary = buildVersionSummary(version)));
  return summary;
}

function buildWorkflowSummary(workflow: WorkflowRecord) {
  return {
    object: "workflow",
    id: workflow.id,
    name: workflow.name,
    createdAt: iso(workflow.createdAtMs),
    updatedAt: iso(workflow.updatedAtMs),
    createdBy: workflow.createdBy,
  };
}

function buildVersionSummary(version: VersionRecord) {
  return {
    object: "workflow_version",
    id: version.id,
    version: version.version,
    name: version.name,
    createdAt: iso(version.createdAtMs),
    createdBy: version.createdBy,
  };
}

/** `Workflow` (with its draft version and steps). */
export function workflowFull(workflow: WorkflowRecord) {
  return {
    ...workflowSummary(workflow),
    draftVersion: { ...versionSummary(workflow.draft), steps: workflow.draft.steps },
  };
}

/** `FileSummary`. */
export function fileSummary(file: FileRecord) {
  return {
    object: "file",
    id: file.id,
    name: file.name,
    type: file.type,
    parentFileId: null,
    metadata: file.pageCount === undefined ? {} : { pageCount: file.pageCount },
    createdAt: iso(file.createdAtMs),
    updatedAt: iso(file.createdAtMs),
  };
}

/** `File`: `presignedUrl` only on `GET /files/{id}`, `contents` only when asked for. */
export function fileFull(file: FileRecord, presignedUrl: string | null, includeText: boolean) {
  return {
    ...fileSummary(file),
    presignedUrl,
    contents: includeText && file.text !== undefined ? { rawText: file.text } : null,
  };
}

const dashboardUrl = (runId: string): string => `https://dashboard.extend.ai/workflows/${runId}`;

function creditsOf(run: RunRecord): { parse: number; extract: number } {
  const pages = run.files.reduce((sum, file) => sum + (file.pageCount ?? 1), 0);
  return { parse: pages, extract: 2 * pages + 3 };
}

const BILLED: ReadonlySet<RunStatus> = new Set(["PROCESSED", "NEEDS_REVIEW", "REJECTED"]);

function reviewFields(run: RunRecord, nowMs: number) {
  const review = run.review !== null && run.review.atMs <= nowMs ? run.review : null;
  return {
    reviewedByUser: review?.byUser ?? null,
    reviewedAt: isoOrNull(review?.atMs ?? null),
    rejectionNote: review?.rejectionNote ?? null,
  };
}

// JSON text of the shared workflow and version summaries, so a list page does not re-serialize
// the same nested objects for every run.
const workflowSummaryJson = new WeakMap<WorkflowRecord, string>();
const versionSummaryJson = new WeakMap<VersionRecord, string>();

function cachedJson<K extends object>(cache: WeakMap<K, string>, key: K, build: (key: K) => unknown): string {
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = JSON.stringify(build(key))));
  return text;
}

// Ids, batch ids and enum values are quoted without an escape check (the emulator makes every id
// from a url-safe alphabet); names and notes a user chose are checked for characters
// JSON.stringify would escape (controls, quote, backslash, lone surrogates).
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;
const jsonString = (value: string | null): string =>
  value === null ? "null" : NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;

function fileSummaryJson(file: FileRecord): string {
  const created = `"${iso(file.createdAtMs)}"`;
  const metadata = file.pageCount === undefined ? "{}" : `{"pageCount":${JSON.stringify(file.pageCount)}}`;
  return `{"object":"file","id":"${file.id}","name":${jsonString(file.name)},"type":${file.type === null ? "null" : `"${file.type}"`},"parentFileId":null,"metadata":${metadata},"createdAt":${created},"updatedAt":${created}}`;
}

/**
 * `JSON.stringify(runSummary(run, nowMs))`, built as text: list pages are dominated by
 * serialization, and most of an item (workflow, version) is the same for every run of a workflow.
 *
 * @example
 * ```ts
 * const body = `{"object":"list","data":[${runs.map((run) => runSummaryJson(run, now)).join(",")}]}`;
 * ```
 */
export function runSummaryJson(run: RunRecord, nowMs: number): string {
  const status = statusAt(run, nowMs);
  const review = run.review !== null && run.review.atMs <= nowMs ? run.review : null;
  const startTime = startTimeAt(run, nowMs);
  const endTime = endTimeAt(run, nowMs);
  const created = `"${iso(run.createdAtMs)}"`;
  let files = "";
  for (const file of run.files) files += (files === "" ? "" : ",") + fileSummaryJson(file);
  let usage = "null";
  if (BILLED.has(status)) {
    const credits = creditsOf(run);
    const total = credits.parse + credits.extract;
    usage = `{"credits":${total},"totalCredits":${total}}`;
  }
  return (
    `{"object":"workflow_run","id":"${run.id}","status":"${status}"` +
    `,"workflow":${cachedJson(workflowSummaryJson, run.workflow, workflowSummary)}` +
    `,"workflowVersion":${cachedJson(versionSummaryJson, run.version, versionSummary)}` +
    `,"dashboardUrl":"${dashboardUrl(run.id)}"` +
    `,"reviewedByUser":${jsonString(review?.byUser ?? null)}` +
    `,"reviewedAt":${review === null ? "null" : `"${iso(review.atMs)}"`}` +
    `,"rejectionNote":${jsonString(review?.rejectionNote ?? null)}` +
    `,"initialRunAt":${created}` +
    `,"startTime":${startTime === null ? "null" : `"${iso(startTime)}"`}` +
    `,"endTime":${endTime === null ? "null" : `"${iso(endTime)}"`}` +
    `,"batchId":${run.batchId === null ? "null" : `"${run.batchId}"`}` +
    `,"files":[${files}]` +
    `,"createdAt":${created}` +
    `,"updatedAt":"${iso(updatedAt(run, nowMs))}"` +
    `,"usage":${usage}}`
  );
}

/** `WorkflowRunSummary` (list item). */
export function runSummary(run: RunRecord, nowMs: number) {
  const status = statusAt(run, nowMs);
  const credits = creditsOf(run);
  const total = credits.parse + credits.extract;
  return {
    object: "workflow_run",
    id: run.id,
    status,
    workflow: workflowSummary(run.workflow),
    workflowVersion: versionSummary(run.version),
    dashboardUrl: dashboardUrl(run.id),
    ...reviewFields(run, nowMs),
    initialRunAt: iso(run.createdAtMs),
    startTime: isoOrNull(startTimeAt(run, nowMs)),
    endTime: isoOrNull(endTimeAt(run, nowMs)),
    batchId: run.batchId,
    files: run.files.map(fileSummary),
    createdAt: iso(run.createdAtMs),
    updatedAt: iso(updatedAt(run, nowMs)),
    usage: BILLED.has(status) ? { credits: total, totalCredits: total } : null,
  };
}

/** `WorkflowRun` (full object with step runs and usage breakdown). */
export function runFull(run: RunRecord, nowMs: number) {
  const status = statusAt(run, nowMs);
  const summary = runSummary(run, nowMs);
  const stepRuns = stepRunsFor(run, status);
  const failed = status === "FAILED";
  return {
    object: "workflow_run",
    id: run.id,
    name: run.name,
    workflow: summary.workflow,
    workflowVersion: summary.workflowVersion,
    dashboardUrl: summary.dashboardUrl,
    status,
    metadata: run.metadata,
    batchId: run.batchId,
    files: summary.files,
    failureReason: failed ? "CORRUPT_FILE" : null,
    failureMessage: failed ? "The file appears to be corrupted or malformed." : null,
    initialRunAt: summary.initialRunAt,
    reviewedByUser: summary.reviewedByUser,
    reviewed: summary.reviewedAt !== null,
    rejectionNote: summary.rejectionNote,
    reviewedAt: summary.reviewedAt,
    startTime: summary.startTime,
    endTime: summary.endTime,
    stepRuns,
    usage: summary.usage === null ? null : { ...summary.usage, breakdown: breakdownOf(stepRuns, run) },
  };
}

type StepStatus = "PENDING" | "WAITING" | "PROCESSING" | "PROCESSED" | "FAILED" | "CANCELLED";

function stepStatuses(status: RunStatus, count: number): StepStatus[] | null {
  switch (status) {
    case "PENDING":
      return null;
    case "PROCESSING":
      return Array.from({ length: count }, (_, i) => (i === 0 ? "PROCESSING" : "WAITING"));
    case "FAILED":
      return Array.from({ length: count }, (_, i) => (i === count - 1 ? "FAILED" : "PROCESSED"));
    case "CANCELLED":
    case "CANCELLING":
      return Array.from({ length: count }, (_, i) => (i === 0 ? "PROCESSED" : "CANCELLED"));
    default:
      return Array.from({ length: count }, () => "PROCESSED");
  }
}

interface ProcessorRunView {
  object: string;
  id: string;
  status: string;
  output: Record<string, unknown> | null;
  failureReason: string | null;
}

// Processor configs as extend-ai 1.17.0 types them (`ParseConfig`, `ExtractConfigJson`,
// `ClassifyConfig`): the emulator runs no processors, so these are fixed, plausible settings.
const PARSE_CONFIG = { target: "markdown", chunkingStrategy: { type: "page" }, engine: "parse_performance" };
const EXTRACT_CONFIG = {
  schema: {
    type: "object",
    properties: { invoiceNumber: { type: ["string", "null"] }, total: { type: ["number", "null"] } },
  },
};
const CLASSIFY_CONFIG = {
  classifications: [
    { id: "invoice", type: "invoice", description: "An invoice or bill" },
    { id: "other", type: "other", description: "Anything else" },
  ],
};

/**
 * The `parseRun` / `extractRun` / `classifyRun` of a step run, with every field extend-ai's
 * `ParseRun`, `ExtractRun` and `ClassifyRun` require; ids and values derive from the run id.
 */
function processorRun(
  kind: "PARSE" | "EXTRACT" | "CLASSIFY",
  run: RunRecord,
  random: () => number,
  status: StepStatus,
) {
  const done = status === "PROCESSED";
  const failed = status === "FAILED";
  const processorStatus = status === "WAITING" ? "PENDING" : status;
  const file = run.files[0];
  const fileView = file === undefined ? null : fileSummary(file);
  const common = (object: string, prefix: "pr" | "exr" | "clr") => {
    const id = makeId(prefix, random);
    return {
      object,
      id,
      status: processorStatus,
      failureReason: failed ? "CORRUPT_FILE" : null,
      failureMessage: failed ? "The file appears to be corrupted or malformed." : null,
      metadata: {},
    };
  };
  const usage = (credits: number) => (done || failed ? { credits, totalCredits: credits } : null);
  if (kind === "PARSE") {
    const pages = file?.pageCount ?? 1;
    const chunks = Array.from({ length: Math.min(pages, 3) }, (_, i) => ({
      object: "chunk",
      type: "page",
      content: `Page ${i + 1} of ${file?.name ?? "document"}`,
      metadata: { pageRange: { start: i + 1, end: i + 1 } },
      blocks: [],
    }));
    const base = common("parse_run", "pr");
    return {
      parseRun: {
        ...base,
        // ParseRun's status has no CANCELLED: a parse stopped by a cancel reads FAILED.
        status: base.status === "CANCELLED" ? "FAILED" : base.status,
        batchId: null,
        file: fileView ?? {
          object: "file",
          id: "file_none",
          name: "document",
          type: null,
          parentFileId: null,
          metadata: {},
          createdAt: iso(run.createdAtMs),
          updatedAt: iso(run.createdAtMs),
        },
        output: done ? { chunks } : null,
        outputUrl: null,
        metrics: done ? { processingTimeMs: 1_000 + Math.floor(random() * 4_000), pageCount: pages } : null,
        config: PARSE_CONFIG,
        usage: usage(pages),
      },
    };
  }
  const reviewFields = {
    reviewed: false,
    edited: false,
    file: fileView,
    parseRunId: null,
    dashboardUrl: dashboardUrl(run.id),
    createdAt: iso(run.createdAtMs),
    updatedAt: iso(run.createdAtMs),
  };
  if (kind === "CLASSIFY") {
    const output = done
      ? {
          id: "invoice",
          type: "invoice",
          confidence: 0.97,
          insights: [{ type: "reasoning", content: "The document lists line items and a total due." }],
        }
      : null;
    return {
      classifyRun: {
        ...common("classify_run", "clr"),
        output,
        initialOutput: output,
        reviewedOutput: null,
        classifier: null,
        classifierVersion: null,
        config: CLASSIFY_CONFIG,
        ...reviewFields,
        usage: usage(1),
      },
    };
  }
  const number = `${2026}-${String(Math.floor(random() * 9000) + 1000)}`;
  const value = { invoiceNumber: number, total: Math.round(random() * 500_000) / 100, currency: "EUR" };
  const output = done ? { value, metadata: {} } : null;
  return {
    extractRun: {
      ...common("extract_run", "exr"),
      output,
      initialOutput: output,
      reviewedOutput: null,
      edits: null,
      config: EXTRACT_CONFIG,
      extractor: null,
      extractorVersion: null,
      files: fileView === null ? null : [fileView],
      ...reviewFields,
      usage: usage(2),
    },
  };
}

function stepRunsFor(run: RunRecord, status: RunStatus) {
  const steps = run.version.steps.filter((step) => step.type !== "TRIGGER");
  const statuses = stepStatuses(status, steps.length);
  if (statuses === null) return [];
  // Derived from the run id so the same run always shows the same step-run ids and values.
  const random = randomFromString(run.id);
  return steps.map((step, index) => {
    const stepStatus = statuses[index]!;
    const type = step.type as "PARSE" | "EXTRACT" | "CLASSIFY";
    const stepRunId = makeId("workflow_step_run", random);
    const stepId = makeId("step", random);
    const result = processorRun(type, run, random, stepStatus);
    return {
      object: "workflow_step_run",
      id: stepRunId,
      workflowRunId: run.id,
      status: stepStatus,
      files: run.files.map(fileSummary),
      stepType: type,
      step: { object: "workflow_step", id: stepId, name: step.name, type },
      result: stepStatus === "PENDING" || stepStatus === "WAITING" ? null : result,
    };
  });
}

function breakdownOf(stepRuns: ReturnType<typeof stepRunsFor>, run: RunRecord) {
  const credits = creditsOf(run);
  const entries: { object: string; id: string; credits: number }[] = [];
  for (const stepRun of stepRuns) {
    const result = stepRun.result as Record<string, ProcessorRunView> | null;
    if (result === null) continue;
    for (const processor of Object.values(result)) {
      const amount =
        processor.object === "parse_run"
          ? credits.parse
          : processor.object === "extract_run"
            ? credits.extract
            : 0;
      if (amount > 0) entries.push({ object: processor.object, id: processor.id, credits: amount });
    }
  }
  return entries;
}
