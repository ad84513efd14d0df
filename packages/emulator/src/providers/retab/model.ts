/** Block types Retab workflows are made of (the subset the emulator builds workflows from). */
export type BlockType = "start_document" | "start_json" | "parse" | "extract" | "classifier";

/** Trigger categories of a run. */
export type TriggerType = "manual" | "api" | "schedule" | "webhook" | "email" | "custom" | "restart";

/** Where a run ends up once its processing time is over. */
export type RunOutcome = "completed" | "error" | "awaiting_review" | "cancelled";

/** A run's status at a moment: Retab's lifecycle `status`. */
export type RunStatus = "pending" | "running" | RunOutcome;

/** Reference to a stored file, as runs and steps expose it. */
export interface FileRef {
  id: string;
  filename: string;
  mime_type: string;
}

/** One block of a workflow. */
export interface BlockRecord {
  readonly id: string;
  readonly workflowId: string;
  readonly type: BlockType;
  readonly label: string;
  readonly positionX: number;
  readonly updatedAt: number;
  readonly config: Record<string, unknown>;
}

/** A workflow with its blocks in execution order. */
export interface WorkflowRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly projectId: string;
  readonly productionVersionId: string;
  readonly draftVersionId: string;
  readonly publishedAt: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly blocks: readonly BlockRecord[];
}

/** Why a run failed (copied into `lifecycle` when the run reaches `error`). */
export interface RunFailure {
  readonly message: string;
  readonly stage: "document_fetch" | "execution" | "output_storage";
  readonly category: "transient" | "permanent" | "quota";
}

/**
 * A run as stored. Its status is not stored: it follows from the clock (`startAt`, `endAt`,
 * `cancelledAt`), so a run moves through pending → running → outcome without any timer.
 * Seeded runs that are still pending/running use `Infinity` so they stay where the snapshot left them.
 */
export interface RunRecord {
  readonly id: string;
  readonly workflowId: string;
  readonly versionId: string;
  readonly trigger: TriggerType;
  readonly createdAt: number;
  readonly startAt: number;
  readonly endAt: number;
  readonly outcome: RunOutcome;
  readonly failure: RunFailure | null;
  readonly documents: Readonly<Record<string, FileRef>>;
  readonly jsonData: Readonly<Record<string, unknown>>;
  readonly metadata: Readonly<Record<string, string>> | null;
  cancelledAt: number | null;
  cancelReason: string | null;
  /** Cancel `command_id`s already applied (created on first use: seeded runs rarely need one). */
  cancelCommands: Set<string> | null;
}

/** A started file upload (`POST /v1/files/upload`). */
export interface UploadRecord {
  readonly fileId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string | null;
  readonly expiresAt: number;
  content: Uint8Array | null;
  completed: boolean;
}
