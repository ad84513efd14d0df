import type { StoredCollection, StoredWebhook, StoredWorkflow } from "./model.js";

/** Everything one AnyFormat emulator holds. */
export interface AnyformatState {
  /** Workflows in creation order. */
  readonly workflows: StoredWorkflow[];
  readonly workflowsById: Map<string, StoredWorkflow>;
  readonly collectionsById: Map<string, StoredCollection>;
  readonly webhooks: Map<string, StoredWebhook>;
}

/**
 * An empty store.
 *
 * @example
 * ```ts
 * const state = createEmptyState();
 * addWorkflow(state, workflow);
 * ```
 */
export function createEmptyState(): AnyformatState {
  return { workflows: [], workflowsById: new Map(), collectionsById: new Map(), webhooks: new Map() };
}

/**
 * Adds a workflow to the store.
 *
 * @example
 * ```ts
 * addWorkflow(state, { id, template, versionId, createdAt, updatedAt, collections: [] });
 * ```
 */
export function addWorkflow(state: AnyformatState, workflow: StoredWorkflow): void {
  state.workflows.push(workflow);
  state.workflowsById.set(workflow.id, workflow);
}

/**
 * Adds a collection to its workflow. Callers add in creation order, which keeps each workflow's
 * array sorted oldest first without sorting.
 *
 * @example
 * ```ts
 * addCollection(state, workflow, collection);
 * ```
 */
export function addCollection(
  state: AnyformatState,
  workflow: StoredWorkflow,
  collection: StoredCollection,
): void {
  workflow.collections.push(collection);
  state.collectionsById.set(collection.id, collection);
}

/**
 * Removes a collection (and so its results) from the store. Returns false when it is unknown.
 *
 * @example
 * ```ts
 * removeCollection(state, "069dcc2c-e14c-7606-8000-2ee4fb17b4e1"); // true
 * ```
 */
export function removeCollection(state: AnyformatState, collectionId: string): boolean {
  const collection = state.collectionsById.get(collectionId);
  if (collection === undefined) return false;
  state.collectionsById.delete(collectionId);
  const list = state.workflowsById.get(collection.workflowId)?.collections;
  if (list !== undefined) {
    const index = list.lastIndexOf(collection);
    if (index >= 0) list.splice(index, 1);
  }
  return true;
}
