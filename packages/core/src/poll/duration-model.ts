import { ConfigurationError } from "../errors/errors.js";

/**
 * What a `DurationModel` exports: the recent run durations (ms, oldest first) per key. Plain JSON,
 * so a worker can save it and start the next process warm.
 *
 * @example
 * ```ts
 * const snapshot: DurationModelSnapshot = { version: 1, durations: { "workflow_1@v3": [12_400, 13_100] } };
 * ```
 */
export interface DurationModelSnapshot {
  version: 1;
  durations: Record<string, number[]>;
}

/**
 * How long runs took, per key (a provider uses the workflow id and version): `poll()` reads it to
 * place its checks around the likely finish, and records each run it waited on. Bounded: at most
 * `maxKeys` keys (the least recently used is dropped) and `maxSamples` durations per key (the
 * oldest is dropped).
 *
 * @example
 * ```ts
 * const model = createDurationModel();
 * model.record("workflow_1@v3", 12_400);
 * localStorage.setItem("durations", JSON.stringify(model)); // toJSON() → DurationModelSnapshot
 * ```
 */
export interface DurationModel {
  /** Adds one finished run's duration in ms (ignored unless finite, above 0 and under a week). */
  record(key: string, durationMs: number): void;
  /** The recent durations of `key`, oldest first (empty when none). */
  durations(key: string): readonly number[];
  /** Everything, as JSON-safe data. */
  toJSON(): DurationModelSnapshot;
  /** Adds a snapshot's durations (from `toJSON()`) to what is known; throws `ConfigurationError` if malformed. */
  load(snapshot: unknown): void;
  /** Forgets everything. */
  clear(): void;
}

/**
 * Options of `createDurationModel`.
 *
 * @example
 * ```ts
 * const options: DurationModelOptions = { maxKeys: 20, maxSamples: 30 };
 * ```
 */
export interface DurationModelOptions {
  /** Keys kept (default 200); the least recently used goes first. */
  maxKeys?: number | undefined;
  /** Durations kept per key (default 50); the oldest goes first. */
  maxSamples?: number | undefined;
}

const WEEK_MS = 7 * 24 * 3_600_000;
const MAX_KEY_LENGTH = 512;

const isDuration = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value > 0 && value < WEEK_MS;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigurationError(`${name} must be a positive integer (got ${String(value)})`);
  return value;
}

/**
 * A bounded in-memory `DurationModel`. Each provider client holds one (`client.durations`); pass
 * one to `poll({ history })` when calling core directly.
 *
 * @example
 * ```ts
 * const model = createDurationModel({ maxKeys: 50 });
 * model.load(JSON.parse(saved));
 * ```
 */
export function createDurationModel(options: DurationModelOptions = {}): DurationModel {
  const maxKeys = positiveInteger("maxKeys", options.maxKeys, 200);
  const maxSamples = positiveInteger("maxSamples", options.maxSamples, 50);
  const byKey = new Map<string, number[]>();

  const add = (key: string, durationMs: number) => {
    const list = byKey.get(key) ?? [];
    byKey.delete(key); // re-inserted below: Map order is the recency order
    list.push(durationMs);
    if (list.length > maxSamples) list.splice(0, list.length - maxSamples);
    byKey.set(key, list);
    for (const oldest of byKey.keys()) {
      if (byKey.size <= maxKeys) break;
      byKey.delete(oldest);
    }
  };

  return {
    record(key, durationMs) {
      if (typeof key !== "string" || key === "" || key.length > MAX_KEY_LENGTH) return;
      if (isDuration(durationMs)) add(key, durationMs);
    },
    durations: (key) => byKey.get(key) ?? [],
    toJSON: () => ({ version: 1, durations: Object.fromEntries([...byKey].map(([k, v]) => [k, [...v]])) }),
    load(snapshot) {
      const durations = (snapshot as DurationModelSnapshot | null)?.durations;
      if (
        (snapshot as DurationModelSnapshot | null)?.version !== 1 ||
        typeof durations !== "object" ||
        durations === null
      )
        throw new ConfigurationError("A duration snapshot is { version: 1, durations: { [key]: number[] } }");
      for (const [key, list] of Object.entries(durations)) {
        if (!Array.isArray(list) || !list.every(isDuration) || key === "" || key.length > MAX_KEY_LENGTH)
          throw new ConfigurationError(
            `durations[${JSON.stringify(key.slice(0, 80))}] must be a list of durations in ms (0 < ms < a week)`,
          );
      }
      for (const [key, list] of Object.entries(durations)) for (const ms of list) add(key, ms);
    },
    clear: () => byKey.clear(),
  };
}
