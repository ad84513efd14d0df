// runMany and its parts: adaptive concurrency, checkpoints, shards.
export { runMany } from "./run-many.js";
export { runManyWith } from "./run-many-with.js";
export { createAdaptiveLimit, type AdaptiveLimit, type AdaptiveLimitOptions } from "./adaptive-limit.js";
export {
  createMemoryCheckpointStore,
  type CheckpointEntry,
  type CheckpointOutcome,
  type CheckpointStore,
} from "./checkpoint-store.js";
export { inShard, parseShard, type Shard } from "./shard.js";
export { stableHash } from "./stable-hash.js";
export { isTransient } from "./transient.js";
export type {
  BulkFailure,
  BulkJob,
  BulkResult,
  BulkRunOptions,
  BulkStats,
  BulkSuccess,
  RunManyAdapter,
  RunManyOptions,
} from "./types.js";
