import type { RunStatus, StoredCollection, TerminalStatus } from "./model.js";

/** A collection's status at one instant and when it last changed. */
export interface StatusAt {
  readonly status: RunStatus;
  readonly updatedAt: number;
}

// Share of the processing time spent in each non-terminal phase (pending, then queued, then
// in_progress); the real service's split is unknown, these give tests a visible middle state.
const QUEUED_FROM = 0.1;
const IN_PROGRESS_FROM = 0.3;

/**
 * The status of a collection at `now`: `pending` → `queued` → `in_progress` over its processing
 * time, then its outcome (`processed`, `error` or `cancelled`).
 *
 * @example
 * ```ts
 * statusAt(collection, Date.now()); // { status: "in_progress", updatedAt: 1774353600300 }
 * ```
 */
export function statusAt(collection: StoredCollection, now: number): StatusAt {
  const { createdAt, durationMs } = collection;
  if (collection.lifecycle === "fixed")
    return { status: collection.status, updatedAt: createdAt + durationMs };
  const elapsed = now - createdAt;
  if (elapsed >= durationMs) return { status: collection.status, updatedAt: createdAt + durationMs };
  if (elapsed >= durationMs * IN_PROGRESS_FROM)
    return { status: "in_progress", updatedAt: createdAt + Math.floor(durationMs * IN_PROGRESS_FROM) };
  if (elapsed >= durationMs * QUEUED_FROM)
    return { status: "queued", updatedAt: createdAt + Math.floor(durationMs * QUEUED_FROM) };
  return { status: "pending", updatedAt: createdAt };
}

/**
 * The outcome a run asks for through its file name or text: `fail` → `error`, `cancel` →
 * `cancelled`, anything else → `processed` (case-insensitive).
 *
 * @example
 * ```ts
 * outcomeFor("please-fail.pdf"); // "error"
 * ```
 */
export function outcomeFor(nameOrText: string): TerminalStatus {
  const lower = nameOrText.toLowerCase();
  if (lower.includes("fail")) return "error";
  if (lower.includes("cancel")) return "cancelled";
  return "processed";
}

/**
 * True when the status will not change any more.
 *
 * @example
 * ```ts
 * isTerminal("processed"); // true
 * ```
 */
export function isTerminal(status: RunStatus): status is TerminalStatus {
  return status === "processed" || status === "error" || status === "cancelled";
}
