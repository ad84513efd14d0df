import type { RunOutcome, RunRecord, RunStatus } from "./model.js";

/** Statuses from which a run can still be cancelled. */
export const CANCELLABLE: ReadonlySet<RunStatus> = new Set(["PENDING", "PROCESSING"]);

/** Statuses a waiting client keeps polling on (Extend's own rule). */
export const NON_TERMINAL: ReadonlySet<RunStatus> = new Set(["PENDING", "PROCESSING", "CANCELLING"]);

/**
 * A run's status at emulator time `nowMs`, computed from its plan rather than stored, so no
 * timer is needed to move runs along.
 *
 * @example
 * ```ts
 * statusAt(run, ctx.now()); // "PROCESSING"
 * ```
 */
export function statusAt(run: RunRecord, nowMs: number): RunStatus {
  const cancel = run.cancellation;
  if (cancel !== null) return nowMs < cancel.doneAtMs ? "CANCELLING" : "CANCELLED";
  if (run.startAtMs === null || nowMs < run.startAtMs) return "PENDING";
  if (run.endAtMs === null || nowMs < run.endAtMs) return "PROCESSING";
  return run.outcome;
}

/**
 * When the run last changed at `nowMs`: the latest of its explicit changes and the lifecycle
 * transitions that have happened by then.
 *
 * @example
 * ```ts
 * new Date(updatedAt(run, ctx.now())).toISOString();
 * ```
 */
export function updatedAt(run: RunRecord, nowMs: number): number {
  let latest = run.touchedAtMs;
  const start = startTimeAt(run, nowMs);
  if (start !== null && start > latest) latest = start;
  const end = endTimeAt(run, nowMs);
  if (end !== null && end > latest) latest = end;
  const review = run.review;
  if (review !== null && review.atMs <= nowMs && review.atMs > latest) latest = review.atMs;
  return latest;
}

/** When processing started, as the API reports it (null before it starts). */
export function startTimeAt(run: RunRecord, nowMs: number): number | null {
  if (run.startAtMs === null || run.startAtMs > nowMs) return null;
  if (run.cancellation !== null && run.cancellation.requestedAtMs < run.startAtMs) return null;
  return run.startAtMs;
}

/** When the run finished, as the API reports it (null while it is not finished). */
export function endTimeAt(run: RunRecord, nowMs: number): number | null {
  const cancel = run.cancellation;
  if (cancel !== null) return cancel.doneAtMs <= nowMs ? cancel.doneAtMs : null;
  if (run.endAtMs === null || run.endAtMs > nowMs) return null;
  return run.endAtMs;
}

/**
 * Picks how a new run ends: `metadata.emulator_outcome` wins, then a file name or text containing
 * `fail`, `reject` or `review` (in that order); everything else succeeds.
 *
 * @example
 * ```ts
 * chooseOutcome({ emulator_outcome: "failed" }, ["invoice.pdf"]); // "FAILED"
 * chooseOutcome({}, ["rejected-invoice.pdf"]); // "REJECTED"
 * chooseOutcome({}, ["please-review.pdf"]); // "NEEDS_REVIEW"
 * ```
 */
export function chooseOutcome(metadata: Record<string, unknown>, hints: readonly string[]): RunOutcome {
  switch (metadata["emulator_outcome"]) {
    case "succeeded":
      return "PROCESSED";
    case "failed":
      return "FAILED";
    case "needs_review":
      return "NEEDS_REVIEW";
    case "rejected":
      return "REJECTED";
    case "cancelled":
      return "CANCELLED";
  }
  const text = hints.join("\n").toLowerCase();
  if (text.includes("fail")) return "FAILED";
  if (text.includes("reject")) return "REJECTED";
  if (text.includes("review")) return "NEEDS_REVIEW";
  return "PROCESSED";
}

/** Webhook event type for a terminal status, or null when Extend sends none. */
export function eventTypeFor(status: RunStatus): string | null {
  switch (status) {
    case "PROCESSED":
      return "workflow_run.completed";
    case "FAILED":
      return "workflow_run.failed";
    case "NEEDS_REVIEW":
      return "workflow_run.needs_review";
    case "REJECTED":
      return "workflow_run.rejected";
    case "CANCELLED":
      return "workflow_run.cancelled";
    default:
      return null;
  }
}
