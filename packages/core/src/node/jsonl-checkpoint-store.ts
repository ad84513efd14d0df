/// <reference types="node" />
import { createReadStream, existsSync } from "node:fs";
import { appendFile, open, stat, truncate, type FileHandle } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { CheckpointEntry, CheckpointOutcome, CheckpointStore } from "../bulk/checkpoint-store.js";
import { ConfigurationError } from "../errors/errors.js";

/**
 * Options of {@link createJsonlCheckpointStore}.
 * @example `const options: JsonlCheckpointOptions = { resultsPath: "results.jsonl" };`
 */
export interface JsonlCheckpointOptions {
  /**
   * Write each finished input, with its run, to this file instead (one line per input: the
   * results file of a job). Run ids at create time stay in `path`.
   */
  resultsPath?: string | undefined;
}

/**
 * The JSONL checkpoint store and its file handles.
 * @example `const store: JsonlCheckpointStore = await createJsonlCheckpointStore("job.jsonl"); await store.close();`
 */
export interface JsonlCheckpointStore extends CheckpointStore {
  /** Inputs the files already knew when opened. */
  readonly known: number;
  /**
   * Forgets what is known of `key` (its run id and intent; an outcome in a separate results file
   * stays until that file drops its line): a retry then creates a new run for it.
   */
  forget(key: string): Promise<void>;
  /** Waits for pending writes and closes the files. */
  close(): Promise<void>;
}

/**
 * A checkpoint store in an append-only JSONL file: one line before a create is sent
 * (`{"key","intent":{"tag","at"}}`), one when the run is created (`{"key","runId"}`) and one
 * when it ends (`{"key","runId","outcome",…}`). Nothing to install,
 * readable with `jq`, and safe against a killed process: each line is written before `runMany`
 * goes on, and a half-written last line (a kill mid-write) is cut off when the file is opened
 * again. Memory holds what the file already knew, not what this process adds.
 *
 * @example
 * ```ts
 * import { createJsonlCheckpointStore } from "@docrun/core/node";
 *
 * const checkpoint = await createJsonlCheckpointStore("invoices.checkpoint.jsonl", { resultsPath: "invoices.jsonl" });
 * for await (const r of extend.workflowRuns.runMany(files, { checkpoint })) console.log(r.key, r.ok);
 * await checkpoint.close();
 * ```
 */
export async function createJsonlCheckpointStore(
  path: string,
  options: JsonlCheckpointOptions = {},
): Promise<JsonlCheckpointStore> {
  if (typeof path !== "string" || path === "")
    throw new ConfigurationError("path must be a non-empty string");
  const { resultsPath } = options;
  if (resultsPath !== undefined && (typeof resultsPath !== "string" || resultsPath === path))
    throw new ConfigurationError("resultsPath must be a path other than the checkpoint's");
  const entries = new Map<string, CheckpointEntry>();
  for (const file of resultsPath === undefined ? [path] : [path, resultsPath]) await load(file, entries);
  const checkpoint = await open(path, "a");
  const results = resultsPath === undefined ? checkpoint : await open(resultsPath, "a");
  let queue: Promise<unknown> = Promise.resolve();
  // One write at a time: lines never interleave, and each call resolves once its line is written.
  const append = (handle: FileHandle, record: object) =>
    (queue = queue.then(() => handle.appendFile(JSON.stringify(record) + "\n")));
  return {
    known: entries.size,
    get: (key) => entries.get(key),
    intended: async (key, intent) => void (await append(checkpoint, { key, intent })),
    forget: async (key) => void (await append(checkpoint, { key, forget: true })),
    created: async (key, runId) => void (await append(checkpoint, { key, runId })),
    finished: async (key, outcome: CheckpointOutcome) => {
      const { run, ...rest } = outcome;
      await append(results, resultsPath === undefined ? { key, ...rest } : { key, ...rest, run });
    },
    async close() {
      await queue.catch(() => {});
      await checkpoint.close();
      if (results !== checkpoint) await results.close();
    },
  };
}

/** Reads a JSONL file into `entries` (later lines win), cutting a half-written last line. */
async function load(path: string, entries: Map<string, CheckpointEntry>): Promise<void> {
  if (!existsSync(path)) return;
  let complete = 0;
  let position = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    position += Buffer.byteLength(line) + 1;
    if (line.trim() === "") continue;
    let record: { key?: unknown; runId?: unknown; outcome?: unknown; intent?: unknown; forget?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      continue; // only the last line can be partial; it is cut off below
    }
    complete = position;
    if (typeof record.key !== "string") continue;
    if (record.forget === true) {
      entries.delete(record.key);
      continue;
    }
    const entry = entries.get(record.key) ?? {};
    if (typeof record.runId === "string") entry.runId = record.runId;
    const intent = record.intent as { tag?: unknown; at?: unknown } | null | undefined;
    if (typeof intent?.tag === "string" && typeof intent.at === "number")
      entry.intent = { tag: intent.tag, at: intent.at };
    if (record.outcome === "succeeded" || record.outcome === "failed") entry.outcome = record.outcome;
    entries.set(record.key, entry);
  }
  const { size } = await stat(path);
  if (size > complete) await truncate(path, complete);
  // The last line is whole but lost its newline: add it, or the next line would be glued on.
  else if (complete > size) await appendFile(path, "\n");
}
