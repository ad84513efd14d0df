import { updatedAt } from "./lifecycle.js";
import { SortedByKey } from "./sorted-by-key.js";
import type { RunRecord } from "./model.js";

// Above this many runs changing key at once, one merge pass beats one splice per run.
const BULK_REKEY = 16;

interface Due {
  atMs: number;
  run: RunRecord;
}

/**
 * The runs created or changed through the API, kept sorted by `createdAt` and by `updatedAt`, so a
 * list page binary-searches its cursor instead of sorting every run per request.
 *
 * A run's `updatedAt` also moves when its lifecycle advances (start, end, cancellation done,
 * review), at times known in advance. Those times wait in a min-heap; each read first applies the
 * ones the emulator clock has reached, so the stored keys always equal `updatedAt(run, now)`.
 */
export class RunIndex {
  private readonly byCreated = new SortedByKey<RunRecord>();
  private readonly byUpdated = new SortedByKey<RunRecord>();
  private readonly updatedKeys = new Map<RunRecord, number>();
  private readonly due: Due[] = [];
  private refreshedAtMs = -Infinity;

  /** How many runs the index holds. */
  get size(): number {
    return this.updatedKeys.size;
  }

  /**
   * Adds a run (created through the API, or a seeded run the API is about to change).
   *
   * @example
   * ```ts
   * index.add(run, ctx.now());
   * ```
   */
  add(run: RunRecord, nowMs: number): void {
    if (this.updatedKeys.has(run)) return;
    this.refresh(nowMs);
    const key = updatedAt(run, nowMs);
    this.updatedKeys.set(run, key);
    this.byCreated.insert(run, run.createdAtMs);
    this.byUpdated.insert(run, key);
    this.schedule(run, nowMs);
  }

  /**
   * Re-positions a run after an explicit change (update, cancel request) and learns its new
   * lifecycle times.
   *
   * @example
   * ```ts
   * run.touchedAtMs = now;
   * index.changed(run, now);
   * ```
   */
  changed(run: RunRecord, nowMs: number): void {
    if (!this.updatedKeys.has(run)) return;
    this.refresh(nowMs); // may itself re-position the run, so its stored key is read after
    this.move(run, this.updatedKeys.get(run)!, updatedAt(run, nowMs));
    this.schedule(run, nowMs);
  }

  /**
   * Removes a run (deleted).
   *
   * @example
   * ```ts
   * index.delete(run);
   * ```
   */
  delete(run: RunRecord): void {
    const key = this.updatedKeys.get(run);
    if (key === undefined) return;
    this.updatedKeys.delete(run);
    this.byUpdated.remove(run, key);
    this.byCreated.remove(run, run.createdAtMs);
  }

  /**
   * The runs in ascending (`sortBy`, id) order as of `nowMs`.
   *
   * @example
   * ```ts
   * const sorted = index.sortedBy("updatedAt", ctx.now());
   * sorted.items[sorted.length - 1]; // most recently updated
   * ```
   */
  sortedBy(sortBy: "createdAt" | "updatedAt", nowMs: number): SortedByKey<RunRecord> {
    if (sortBy === "createdAt") return this.byCreated;
    this.refresh(nowMs);
    return this.byUpdated;
  }

  private move(run: RunRecord, oldKey: number, newKey: number): void {
    if (oldKey === newKey) return;
    this.byUpdated.remove(run, oldKey);
    this.byUpdated.insert(run, newKey);
    this.updatedKeys.set(run, newKey);
  }

  private schedule(run: RunRecord, nowMs: number): void {
    for (const atMs of [run.startAtMs, run.endAtMs, run.cancellation?.doneAtMs, run.review?.atMs]) {
      if (atMs !== null && atMs !== undefined && atMs > nowMs) this.push({ atMs, run });
    }
  }

  // Applies the lifecycle changes due by `nowMs`.
  private refresh(nowMs: number): void {
    if (nowMs < this.refreshedAtMs) {
      this.rebuild(nowMs); // an injected clock went back: lifecycle steps may be undone
      return;
    }
    this.refreshedAtMs = nowMs;
    const moved = new Map<RunRecord, number>();
    while (this.due.length > 0 && this.due[0]!.atMs <= nowMs) {
      const run = this.pop().run;
      const old = this.updatedKeys.get(run);
      if (old === undefined || moved.has(run)) continue; // deleted since, or already seen
      const key = updatedAt(run, nowMs);
      if (key !== old) moved.set(run, key);
    }
    if (moved.size > BULK_REKEY) {
      this.byUpdated.rekey(moved);
      for (const [run, key] of moved) this.updatedKeys.set(run, key);
    } else {
      for (const [run, key] of moved) this.move(run, this.updatedKeys.get(run)!, key);
    }
  }

  private rebuild(nowMs: number): void {
    this.refreshedAtMs = nowMs;
    this.due.length = 0;
    const entries: { item: RunRecord; key: number }[] = [];
    for (const run of this.updatedKeys.keys()) {
      const key = updatedAt(run, nowMs);
      this.updatedKeys.set(run, key);
      entries.push({ item: run, key });
      this.schedule(run, nowMs);
    }
    this.byUpdated.reset(entries);
  }

  private push(entry: Due): void {
    const heap = this.due;
    let index = heap.push(entry) - 1;
    while (index > 0) {
      const parent = (index - 1) >>> 1;
      if (heap[parent]!.atMs <= entry.atMs) break;
      heap[index] = heap[parent]!;
      index = parent;
    }
    heap[index] = entry;
  }

  private pop(): Due {
    const heap = this.due;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length === 0) return top;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && heap[right]!.atMs < heap[left]!.atMs ? right : left;
      if (heap[child]!.atMs >= last.atMs) break;
      heap[index] = heap[child]!;
      index = child;
    }
    heap[index] = last;
    return top;
  }
}
