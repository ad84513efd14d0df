// `@docrun/core/node`: the parts that need Node (files). The main entry has no `node:` import.
export {
  createJsonlCheckpointStore,
  type JsonlCheckpointOptions,
  type JsonlCheckpointStore,
} from "./node/jsonl-checkpoint-store.js";
