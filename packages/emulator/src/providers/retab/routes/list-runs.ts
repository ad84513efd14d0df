import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../../framework/types.js";
import { validationError, type ValidationIssue } from "../errors.js";
import { runDurationMs, runJson, runStatusAt } from "../lifecycle.js";
import type { RunRecord, RunStatus } from "../model.js";
import { readPage, sortedView, type OrderedView } from "../pagination.js";
import { compareCreated } from "../seed.js";
import type { RetabState } from "../state.js";
import { compareKeys, runsByTime, type TimeKey } from "../time-index.js";
import { QueryReader } from "../validation.js";

const STATUS_FILTERS = [
  "pending",
  "queued",
  "running",
  "completed",
  "error",
  "failed",
  "awaiting_review",
  "cancelled",
] as const;
const TRIGGER_FILTERS = ["manual", "api", "schedule", "webhook", "email", "restart"] as const;
const DAY_MS = 86_400_000;

// `queued` and `failed` are accepted by the filter; runs themselves only report pending / error.
const STATUS_ALIAS: Record<(typeof STATUS_FILTERS)[number], RunStatus> = {
  pending: "pending",
  queued: "pending",
  running: "running",
  completed: "completed",
  error: "error",
  failed: "error",
  awaiting_review: "awaiting_review",
  cancelled: "cancelled",
};

// Sort keys the emulator knows; `timing.created_at` is Retab's default, the rest are read from
// the same `timing` object (nulls sort first in ascending order).
const SORT_KEYS: Record<string, TimeKey | "created"> = {
  "timing.created_at": "created",
  created_at: "created",
  "timing.started_at": startedKey,
  started_at: startedKey,
  "timing.completed_at": completedKey,
  completed_at: completedKey,
};

// One function per key (not per alias): the sorted index is kept per function.
function startedKey(run: RunRecord, now: number): number | null {
  return run.startAt <= Math.min(now, run.cancelledAt ?? Infinity) ? run.startAt : null;
}

function completedKey(run: RunRecord, now: number): number | null {
  const status = runStatusAt(run, now);
  if (status === "cancelled") return run.cancelledAt ?? run.endAt;
  return status === "completed" || status === "error" ? run.endAt : null;
}

function timeView(
  state: RetabState,
  key: TimeKey,
  now: number,
  order: "asc" | "desc",
): OrderedView<RunRecord> {
  // The index covers every run; the request's filters are applied while the page is read. A
  // cursor may name a run outside the filters (or a deleted one), so its key is computed here.
  const compare = (a: RunRecord, b: RunRecord): number =>
    compareKeys(key(a, now), key(b, now)) || compareCreated(a, b);
  return sortedView(runsByTime(state, key, now), compare, order);
}

/**
 * `GET /v1/workflows/runs`: every documented filter, `order`, `sort_by`, and `before`/`after` id
 * cursors in both directions (both together bound a window).
 *
 * @example
 * ```ts
 * listRuns(request, state, ctx); // { status: 200, json: { data, list_metadata } }
 * ```
 */
export function listRuns(
  request: EmulatorRequest,
  state: RetabState,
  ctx: ProviderContext,
): EmulatorResponse {
  const query = new QueryReader(request.query);
  const workflowId = query.string("workflow_id");
  const status = query.oneOf("status", STATUS_FILTERS);
  const excludeStatus = query.oneOf("exclude_status", STATUS_FILTERS);
  const triggerType = query.oneOf("trigger_type", TRIGGER_FILTERS);
  const fromDay = query.day("from_date");
  const toDay = query.day("to_date");
  const minDuration = query.integer("min_duration_ms");
  const maxDuration = query.integer("max_duration_ms");
  const search = query.string("search")?.toLowerCase();
  const metadata = query.stringMap("metadata");
  const limit = query.integer("limit", { min: 1, max: 100, fallback: 20 });
  const order = query.oneOf("order", ["asc", "desc"], "desc");
  const sortBy = query.string("sort_by") ?? "timing.created_at";
  const sortKey = SORT_KEYS[sortBy];
  if (sortKey === undefined) {
    query.issues.push({
      type: "value_error",
      loc: ["query", "sort_by"],
      msg: `Value error, sort_by must be one of ${Object.keys(SORT_KEYS).join(", ")}`,
      input: sortBy,
      ctx: { error: {} },
    });
  }
  const after = cursorRun(state, query, "after");
  const before = cursorRun(state, query, "before");
  if (query.issues.length > 0) return validationError(query.issues);

  const now = ctx.now();
  const wanted = status === undefined ? undefined : STATUS_ALIAS[status];
  const unwanted = excludeStatus === undefined ? undefined : STATUS_ALIAS[excludeStatus];
  const fromMs = fromDay ?? -Infinity;
  const toMs = toDay === undefined ? Infinity : toDay + DAY_MS;
  const metadataPairs = metadata === undefined ? [] : Object.entries(metadata);
  const matches = (run: RunRecord): boolean => {
    if (workflowId !== undefined && run.workflowId !== workflowId) return false;
    if (triggerType !== undefined && run.trigger !== triggerType) return false;
    if (run.createdAt < fromMs || run.createdAt >= toMs) return false;
    if (search !== undefined && !run.id.toLowerCase().includes(search)) return false;
    for (const [key, value] of metadataPairs) if (run.metadata?.[key] !== value) return false;
    if (wanted !== undefined || unwanted !== undefined) {
      const current = runStatusAt(run, now);
      if (wanted !== undefined && current !== wanted) return false;
      if (unwanted !== undefined && current === unwanted) return false;
    }
    if (minDuration !== undefined || maxDuration !== undefined) {
      const duration = runDurationMs(run, now);
      if (duration === null) return false;
      if (minDuration !== undefined && duration < minDuration) return false;
      if (maxDuration !== undefined && duration > maxDuration) return false;
    }
    return true;
  };

  const view =
    sortKey === "created" || sortKey === undefined
      ? sortedView(state.runsByCreated, compareCreated, order)
      : timeView(state, sortKey, now, order);
  const page = readPage({ view, matches, idOf: (run) => run.id, limit, after, before });
  return {
    status: 200,
    json: {
      data: page.items.map((run) => runJson(run, now, state.workflows.get(run.workflowId))),
      list_metadata: { before: page.before, after: page.after },
    },
  };
}

function cursorRun(state: RetabState, query: QueryReader, name: "before" | "after"): RunRecord | undefined {
  const id = query.string(name);
  if (id === undefined || id === "") return undefined;
  const run = state.runs.get(id) ?? state.deletedRuns.get(id);
  if (run === undefined) query.issues.push(unknownCursor(name, id));
  return run;
}

function unknownCursor(name: string, id: string): ValidationIssue {
  return {
    type: "value_error",
    loc: ["query", name],
    msg: `Value error, no workflow run with id ${id}`,
    input: id,
    ctx: { error: {} },
  };
}
