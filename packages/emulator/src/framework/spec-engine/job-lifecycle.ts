import type { ProviderContext } from "../types.js";
import type { WaitDeclaration } from "./declarations.js";
import { getPath, setPath } from "./dot-path.js";

/**
 * Starts a created job in its first pending status and moves it through the other pending
 * statuses to the first succeeded one, evenly over `ctx.processingMs`, so a client polling the
 * declared operation sees it wait, then finish. A job whose status changed meanwhile (cancelled)
 * or that was deleted is left alone.
 *
 * @example
 * ```ts
 * startJob(extraction, wait, ctx, () => store.has(extraction.id));
 * ```
 */
export function startJob(
  job: Record<string, unknown>,
  wait: WaitDeclaration,
  ctx: ProviderContext,
  stillStored: () => boolean,
): void {
  const steps = [...wait.pending.slice(1), wait.succeeded[0]!];
  setPath(job, wait.status, wait.pending[0]);
  const start = ctx.now();
  steps.forEach((status, index) => {
    const expected = index === 0 ? wait.pending[0] : steps[index - 1];
    ctx.schedule(start + Math.round((ctx.processingMs * (index + 1)) / steps.length), () => {
      if (!stillStored() || getPath(job, wait.status) !== expected) return;
      setPath(job, wait.status, status);
      if ("updated_at" in job) job["updated_at"] = new Date(ctx.now()).toISOString();
    });
  });
}

/**
 * The status a cancelled job takes: the failed status that says so, else the first failed one.
 *
 * @example
 * ```ts
 * cancelledStatus(wait); // "cancelled"
 * ```
 */
export function cancelledStatus(wait: WaitDeclaration): string | undefined {
  return wait.failed.find((status) => status.startsWith("cancel")) ?? wait.failed[0];
}
