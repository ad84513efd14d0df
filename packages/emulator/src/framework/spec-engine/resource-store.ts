/** A stored object: the JSON the API answers for it. */
export type StoredObject = Record<string, unknown>;

/**
 * The engine's state: objects per concrete collection path (`/v1/extractions`), in creation
 * order, plus a counter that seeds each sampled answer differently but reproducibly.
 *
 * @example
 * ```ts
 * const store = createResourceStore();
 * store.collection("/v1/secrets").set("API_KEY", { name: "API_KEY" });
 * ```
 */
export function createResourceStore() {
  const collections = new Map<string, Map<string, StoredObject>>();
  let sequence = 0;
  return {
    /** The objects of a collection, keyed by id, oldest first (created empty on first use). */
    collection(path: string): Map<string, StoredObject> {
      let objects = collections.get(path);
      if (objects === undefined) {
        objects = new Map();
        collections.set(path, objects);
      }
      return objects;
    },
    /** Whether a collection was touched before (read-only collections are seeded on first use). */
    has(path: string): boolean {
      return collections.has(path);
    },
    /** A new number for each sampled answer. */
    nextSeed(): number {
      sequence += 1;
      return sequence;
    },
  };
}

/** The engine's per-emulator state. */
export type ResourceStore = ReturnType<typeof createResourceStore>;
