/**
 * What a checkpoint store knows about one input: its run id once created, and how it ended.
 * @example `const entry: CheckpointEntry = { runId: "run_8mXo2tQbLr5vNc1Z", outcome: "succeeded" };`
 */
export interface CheckpointEntry {
  runId?: string | undefined;
  outcome?: "succeeded" | "failed" | undefined;
  /** The last create about to be sent, when its run id was never recorded. */
  intent?: CreateIntent | undefined;
}

/**
 * A create about to be sent: the tag it carries to the provider and when it was sent. Recorded
 * before the request, so a process killed before the answer lets a restart look the run up by
 * its tag instead of creating a second one.
 * @example `const intent: CreateIntent = { tag: "docrun-9f3a61c0b2d4e857", at: Date.now() };`
 */
export interface CreateIntent {
  tag: string;
  /** Milliseconds since the epoch, when the create was about to be sent. */
  at: number;
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
 * keyed by `key`, a key-value store. `created` (and `intended`) must be durable when they resolve.
 * A store without `intended` still resumes, but a create whose answer a killed process never
 * received is sent again (a second run, unless the provider has idempotency keys).
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
  /** Records a create about to be sent (optional; see above). `get` returns it until `created`. */
  intended?(key: string, intent: CreateIntent): void | Promise<void>;
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
    intended: (key, intent) => void entries.set(key, { intent }),
    created: (key, runId) => void entries.set(key, { runId }),
    finished: (key, { runId, outcome }) => void entries.set(key, { runId, outcome }),
  };
}
