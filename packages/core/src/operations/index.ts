export type { HttpMethod, Operation, PaginationDeclaration, WaitDeclaration } from "./operation.js";
export type { OperationContext } from "./operation-context.js";
export { callOperation, type CallInput, type CallOptions } from "./call-operation.js";
export { listOperation, type ListCallOptions } from "./list-operation.js";
export {
  createAndPollOperation,
  pollOperation,
  type WaitContext,
  type WaitOptions,
} from "./wait-operation.js";
export { readPath } from "./read-path.js";
