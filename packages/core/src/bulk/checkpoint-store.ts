/**
 * What a checkpoint store knows about one input: its run id once created, and how it ended.
 * @example `const entry: CheckpointEntry = { runId: "run_8mXo2tQbLr5vNc1Z", outcome: "succeeded" };`
 */
export interface CheckpointEntry {
  runId?: string | undefined;
  outcome?: "succeeded" | "failed" | undefined;
}

/**
 * What `finished` is told about an input that ended.
 * @example `const record: CheckpointOutcome = { runId: "run_1", outcome: "failed", error: { name: "RunFailedError", message: "…" } };`
 */
export interface CheckpointOutcome {
  runId: string | undefined;
  outcome: "succeeded" | "failed";
  /** The run as the provider returned it (succeeded inputs). */
  run?: unknown;
  /** The error's name, message and plain fields (failed inputs). */
  error?: Record<string, unknown> | undefined;
}

/**
 * Where `runMany` records progress so a restart neither repeats finished inputs nor creates a
 * run twice. Three calls, any storage: a JSONL file (`@docrun/core/node`), a database table
 * keyed by `key`, a key-value store. `created` must be durable when it resolves.
 *
 * @example
 * ```ts
 * const store: CheckpointStore = {
 *   get: (key) => db.get("SELECT run_id AS runId, outcome FROM bulk WHERE key = ?", key),
 *   created: (key, runId) => db.run("INSERT INTO bulk (key, run_id) VALUES (?, ?)", key, runId),
 *   finished: (key, o) => db.run("UPDATE bulk SET outcome = ? WHERE key = ?", o.outcome, key),
 * };
 * ```
 */
export interface CheckpointStore {
  get(key: string): CheckpointEntry | undefined | Promise<CheckpointEntry | undefined>;
  created(key: string, runId: string): void | Promise<void>;
  finished(key: string, outcome: CheckpointOutcome): void | Promise<void>;
}

/**
 * A store in memory: resume within one process (e.g. after an abort), and the reference the
 * tests hold other stores to.
 *
 * @example
 * ```ts
 * const checkpoint = createMemoryCheckpointStore();
 * for await (const r of extend.workflowRuns.runMany(inputs, { checkpoint, signal })) {}
 * ```
 */
export function createMemoryCheckpointStore(): CheckpointStore & { entries: Map<string, CheckpointEntry> } {
  const entries = new Map<string, CheckpointEntry>();
  return {
    entries,
    get: (key) => entries.get(key),
    created: (key, runId) => void entries.set(key, { runId }),
    finished: (key, { runId, outcome }) => void entries.set(key, { runId, outcome }),
  };
}
