// runMany and its parts: adaptive concurrency, checkpoints, shards.
export { runMany } from "./run-many.js";
export { runManyWith } from "./run-many-with.js";
export { createAdaptiveLimit, type AdaptiveLimit, type AdaptiveLimitOptions } from "./adaptive-limit.js";
export {
  createMemoryCheckpointStore,
  type CheckpointEntry,
  type CheckpointOutcome,
  type CheckpointStore,
  type CreateIntent,
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
  CreateContext,
  RunManyAdapter,
  RunManyOptions,
  TaggedRun,
} from "./types.js";
