import { isoTime } from "../../framework/iso-time.js";
import { stepIdOf } from "./steps.js";
import type { RunRecord, RunStatus, WorkflowRecord } from "./model.js";

/**
 * The run's status at emulator time `now`: pending until `startAt`, running until `endAt`, then
 * its outcome; a cancel before the end wins.
 *
 * @example
 * ```ts
 * runStatusAt(run, Date.now()); // "running"
 * ```
 */
export function runStatusAt(run: RunRecord, now: number): RunStatus {
  if (run.cancelledAt !== null && run.cancelledAt <= now) return "cancelled";
  if (now < run.startAt) return "pending";
  if (now < run.endAt) return "running";
  return run.outcome;
}

/**
 * True for statuses a run never leaves (`awaiting_review` is a pause, not an end).
 *
 * @example
 * ```ts
 * isTerminal("error"); // true
 * ```
 */
export function isTerminal(status: RunStatus): boolean {
  return status === "completed" || status === "error" || status === "cancelled";
}

/**
 * Milliseconds from start to completion, or null while the run has no `completed_at`.
 *
 * @example
 * ```ts
 * runDurationMs(run, now); // 12345
 * ```
 */
export function runDurationMs(run: RunRecord, now: number): number | null {
  const completedAt = completedAtOf(run, runStatusAt(run, now));
  const startedAt = startedAtOf(run, now);
  return completedAt === null || startedAt === null ? null : completedAt - startedAt;
}

function startedAtOf(run: RunRecord, now: number): number | null {
  const cutoff = run.cancelledAt ?? Infinity;
  return run.startAt <= now && run.startAt <= cutoff ? run.startAt : null;
}

function completedAtOf(run: RunRecord, status: RunStatus): number | null {
  if (status === "cancelled") return run.cancelledAt ?? run.endAt;
  if (status === "completed" || status === "error") return run.endAt;
  return null;
}

function iso(ms: number | null): string | null {
  return ms === null ? null : isoTime(ms);
}

function lifecycleJson(
  run: RunRecord,
  status: RunStatus,
  gatedBlockId: string | null,
): Record<string, unknown> {
  switch (status) {
    case "awaiting_review":
      return { status, waiting_for_block_ids: gatedBlockId === null ? [] : [gatedBlockId] };
    case "error":
      return {
        status,
        message: run.failure?.message ?? "Workflow run failed",
        stage: run.failure?.stage ?? "execution",
        category: run.failure?.category ?? "permanent",
        details: null,
        failing_step_id: gatedBlockId === null ? null : stepIdOf(run.id, gatedBlockId),
      };
    case "cancelled":
      return { status, reason: run.cancelReason };
    default:
      return { status };
  }
}

/**
 * The run as Retab's `WorkflowRun` JSON at emulator time `now`. `workflow` names the block a
 * failed run failed in / a paused run waits on (its last block).
 *
 * @example
 * ```ts
 * runJson(run, Date.now(), workflow).lifecycle; // { status: "running" }
 * ```
 */
export function runJson(
  run: RunRecord,
  now: number,
  workflow: WorkflowRecord | undefined,
): Record<string, unknown> {
  const status = runStatusAt(run, now);
  const gatedBlockId = workflow?.blocks[workflow.blocks.length - 1]?.id ?? null;
  return {
    id: run.id,
    workflow_id: run.workflowId,
    workflow_version_id: run.versionId,
    trigger: { type: run.trigger },
    lifecycle: lifecycleJson(run, status, gatedBlockId),
    timing: {
      created_at: iso(run.createdAt),
      started_at: iso(startedAtOf(run, now)),
      completed_at: iso(completedAtOf(run, status)),
    },
    inputs: { documents: run.documents, json_data: run.jsonData },
    metadata: run.metadata,
  };
}
