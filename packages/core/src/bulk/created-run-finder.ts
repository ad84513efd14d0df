import type { Clock } from "../poll/clock.js";
import type { TaggedRun } from "./types.js";

// Client and provider clocks differ: look this much further back than the intent says.
const CLOCK_SKEW_MS = 60_000;

/**
 * Finds the run a create started when its answer was lost, by the tag the create carried.
 * @example `const runId = await finder.find("docrun-9f3a61c0b2d4e857", intent.at, signal);`
 */
export interface CreatedRunFinder {
  /**
   * The id of the run tagged `tag`, or `undefined` once it is certain there is none: a listing
   * begun `settleMs` after `sentAt` did not show it (a create still on its way could land later).
   */
  find(tag: string, sentAt: number, signal: AbortSignal): Promise<string | undefined>;
}

/**
 * A finder over the provider's listing of recent runs. One listing answers every lost create it
 * covers (a restart may have dozens), so it is shared: a lookup reuses the last listing when that
 * began early enough, and lookups arriving while a listing runs wait for it.
 *
 * @example
 * ```ts
 * const finder = createCreatedRunFinder((since, o) => adapter.listCreatedSince!(since, o), 60_000, systemClock);
 * ```
 */
export function createCreatedRunFinder(
  list: (since: number, options: { signal: AbortSignal }) => AsyncIterable<TaggedRun>,
  settleMs: number,
  clock: Clock,
): CreatedRunFinder {
  let listing: { since: number; startedAt: number; byTag: Map<string, string> } | undefined;
  let running: Promise<unknown> | undefined;

  async function relist(since: number, signal: AbortSignal) {
    const startedAt = clock.now();
    const byTag = new Map<string, string>();
    for await (const run of list(since, { signal })) if (run.tag !== undefined) byTag.set(run.tag, run.runId);
    listing = { since, startedAt, byTag };
  }

  return {
    async find(tag, sentAt, signal) {
      const since = sentAt - CLOCK_SKEW_MS;
      const settled = sentAt + settleMs;
      for (;;) {
        if (running) {
          await running;
          continue;
        }
        const covers = listing !== undefined && listing.since <= since;
        if (covers) {
          const runId = listing!.byTag.get(tag);
          if (runId !== undefined) return runId;
          if (listing!.startedAt >= settled) return undefined;
          // Not there yet: a create still on its way may land until `settled`.
          const now = clock.now();
          if (now < settled) {
            await clock.sleep(settled - now, signal);
            continue;
          }
        }
        const task = relist(Math.min(since, listing?.since ?? since), signal);
        // Others only wait for it; its error is this caller's (and each retries on its own).
        running = task.catch(() => {}).finally(() => (running = undefined));
        await task;
      }
    },
  };
}
