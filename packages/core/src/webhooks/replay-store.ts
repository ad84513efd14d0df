/**
 * Remembers webhook event ids to reject replays. Back it with Redis or a database across processes.
 *
 * @example
 * ```ts
 * const redisStore: ReplayStore = { seen: async (id) => (await redis.set(`wh:${id}`, 1, { NX: true, EX: 3600 })) === null };
 * ```
 */
export interface ReplayStore {
  /** Records `id`; returns `true` if it had been recorded before (the delivery is a replay). */
  seen(id: string): boolean | Promise<boolean>;
}

/**
 * An in-memory `ReplayStore` for one process: ids are kept `ttlSeconds` (default 3 600, longer than
 * the timestamp tolerance) and at most `maxEntries` (default 10 000; the oldest go first).
 *
 * @example
 * ```ts
 * const replayStore = createMemoryReplayStore();
 * await verifyWebhook({ …, eventId: event.eventId, replayStore });
 * ```
 */
export function createMemoryReplayStore(
  options: { ttlSeconds?: number; maxEntries?: number; now?: () => number } = {},
): ReplayStore {
  const { ttlSeconds = 3_600, maxEntries = 10_000, now = Date.now } = options;
  const expiries = new Map<string, number>();
  return {
    seen(id) {
      const t = now();
      // Insertion order is expiry order: drop the expired from the front.
      for (const [key, expiry] of expiries) {
        if (expiry > t) break;
        expiries.delete(key);
      }
      if (expiries.has(id)) return true;
      // Only a new id makes room, so a full store still recognises every id it holds.
      if (expiries.size >= maxEntries) expiries.delete(expiries.keys().next().value!);
      expiries.set(id, t + ttlSeconds * 1000);
      return false;
    },
  };
}
