// The records the AnyFormat emulator stores, apart from the store itself (state.ts), so modules
// that only read records (lifecycle, serialize, results) need not import the store.

import type { WorkflowTemplate } from "./catalog.js";

/** A run / file collection status, as AnyFormat reports it. */
export type RunStatus = "pending" | "queued" | "in_progress" | "processed" | "error" | "cancelled";

/** The terminal statuses a run can end in. */
export type TerminalStatus = "processed" | "error" | "cancelled";

/** A workflow the emulator serves. */
export interface StoredWorkflow {
  readonly id: string;
  readonly template: WorkflowTemplate;
  readonly versionId: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Its collections, oldest first (new runs are appended; lists read from the end). */
  readonly collections: StoredCollection[];
}

/**
 * How a collection's status is decided: `live` ones move through the lifecycle over `durationMs`
 * from `createdAt` and end in `status` (runs created through the API); `fixed` ones keep
 * `status`, last updated `durationMs` after creation (seed data, so it does not depend on the
 * clock a test injects).
 */
export type CollectionLifecycle = "live" | "fixed";

/** One file collection (= one run). */
export interface StoredCollection {
  readonly id: string;
  readonly workflowId: string;
  readonly versionId: string;
  /** The uploaded file name, or null for a text run. */
  readonly name: string | null;
  /** The submitted text, for text runs (used as the parse output). */
  readonly text: string | null;
  readonly createdAt: number;
  // Flat fields rather than a nested lifecycle object: seeding 100,000 runs then allocates one
  // object per run instead of two.
  readonly lifecycle: CollectionLifecycle;
  /** Live: the terminal status it ends in. Fixed: its status. */
  readonly status: RunStatus;
  /** Live: its processing time. Fixed: from creation to its last status change. */
  readonly durationMs: number;
}

/** A webhook subscription made through `POST /v2/webhooks/`. */
export interface StoredWebhook {
  readonly id: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly secret: string;
  readonly isActive: boolean;
  readonly createdAt: number;
}
