// The records the Extend emulator stores, apart from the store itself (state.ts), so the modules
// that build or read records (seed, review, lifecycle, run-index) need not import the store.

/** Every status a workflow run can have (API version 2026-02-09). */
export const RUN_STATUSES = [
  "PENDING",
  "PROCESSING",
  "NEEDS_REVIEW",
  "REJECTED",
  "PROCESSED",
  "FAILED",
  "CANCELLED",
  "CANCELLING",
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Where a run ends when nothing cancels it. */
export type RunOutcome = "PROCESSED" | "FAILED" | "NEEDS_REVIEW" | "REJECTED" | "CANCELLED";

export type CreatedBy = { type: "user"; email: string } | { type: "api_key"; name: string } | null;

export interface StepDefinition {
  type: "TRIGGER" | "PARSE" | "EXTRACT" | "CLASSIFY";
  name: string;
  /** extend-ai's `SimpleNextEntry` (`{step}`), or `ClassificationNextEntry` (`{step, classificationId}`) after a classify step. */
  next?: { step: string; classificationId?: string }[];
}

export interface VersionRecord {
  id: string;
  /** `"draft"` or a published version number as a string. */
  version: string;
  name: string | null;
  createdAtMs: number;
  createdBy: CreatedBy;
  steps: StepDefinition[];
}

export interface WorkflowRecord {
  id: string;
  name: string;
  createdAtMs: number;
  updatedAtMs: number;
  createdBy: CreatedBy;
  draft: VersionRecord;
  /** Published versions, oldest first (`published[0].version === "1"`). */
  published: VersionRecord[];
}

export type FileType = "PDF" | "CSV" | "IMG" | "TXT" | "DOCX" | "EXCEL" | "XML" | "HTML";

export interface FileRecord {
  id: string;
  name: string;
  type: FileType | null;
  pageCount: number | undefined;
  createdAtMs: number;
  /** Raw text of text inputs (served as `contents.rawText`). */
  text?: string;
  /** Uploaded bytes (served at the presigned URL). */
  bytes?: Uint8Array;
  contentType?: string;
}

/** A requested cancellation: the run shows CANCELLING until `doneAtMs`, then CANCELLED. */
export interface Cancellation {
  requestedAtMs: number;
  doneAtMs: number;
}

export interface ReviewRecord {
  byUser: string;
  atMs: number;
  rejectionNote: string | null;
}

export interface RunRecord {
  id: string;
  /** Row in the seed table, or -1 for runs created through the API. */
  seedRow: number;
  workflow: WorkflowRecord;
  version: VersionRecord;
  files: FileRecord[];
  batchId: string | null;
  metadata: Record<string, unknown>;
  name: string | null;
  priority: number;
  createdAtMs: number;
  /** When processing starts; null = never (stays PENDING). */
  startAtMs: number | null;
  /** When processing ends in `outcome`; null = never (stays PROCESSING). */
  endAtMs: number | null;
  outcome: RunOutcome;
  cancellation: Cancellation | null;
  review: ReviewRecord | null;
  /** Last explicit change (creation, update, cancel request); lifecycle transitions are added on read. */
  touchedAtMs: number;
  deleted: boolean;
  /**
   * `static`: a seeded run read from the seed table (its sort keys never change); `dynamic`: a run
   * in `runs` (created or changed through the API), kept sorted by `dynamicRuns`.
   */
  tier: "static" | "dynamic";
}
