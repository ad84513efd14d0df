import type { ReviewRecord, RunOutcome } from "./model.js";

/** The people who review runs (seeded workflows' authors too). */
export const REVIEWERS: readonly string[] = [
  "jane.doe@example.com",
  "sam.lee@example.com",
  "ops@example.com",
];

const REJECTION_NOTE = "Invalid invoice format";

/**
 * A review of a run that ends in `outcome`; only a rejection carries a note.
 *
 * @example
 * ```ts
 * review("REJECTED", "ops@example.com", at).rejectionNote; // "Invalid invoice format"
 * ```
 */
export function review(outcome: RunOutcome, byUser: string, atMs: number): ReviewRecord {
  return { byUser, atMs, rejectionNote: outcome === "REJECTED" ? REJECTION_NOTE : null };
}

/**
 * The review a run created through the API gets. Extend's REJECTED means "rejected during
 * review", so such a run is reviewed the moment it leaves PROCESSING: a client never sees it
 * REJECTED without its reviewer and `rejectionNote`. Other outcomes get none (NEEDS_REVIEW is
 * still waiting for one).
 *
 * @example
 * ```ts
 * reviewOfNewRun("REJECTED", run.endAtMs)?.atMs === run.endAtMs; // true
 * reviewOfNewRun("PROCESSED", run.endAtMs); // null
 * ```
 */
export function reviewOfNewRun(outcome: RunOutcome, endAtMs: number): ReviewRecord | null {
  return outcome === "REJECTED" ? review(outcome, REVIEWERS[0]!, endAtMs) : null;
}
