// One timer serves every attempt in flight, armed for the earliest deadline: starting and ending
// an attempt only adds and deletes a set entry instead of creating and clearing a runtime timer
// (on Node that was a quarter of core's per-request cost).
type Entry = [at: number, fire: () => void];

const entries = new Set<Entry>();
let armedAt = Infinity;
let timer: any;

// Fires what is due, then re-arms for the earliest deadline left.
function arm(): void {
  const now = Date.now();
  armedAt = Infinity;
  for (const entry of entries)
    if (entry[0] > now) armedAt = Math.min(armedAt, entry[0]);
    else (entries.delete(entry), entry[1]());
  clearTimeout(timer);
  if (armedAt < Infinity) {
    timer = setTimeout(arm, Math.min(armedAt - now, 2 ** 31 - 1)); // longer overflows to 1 ms
    // Never keeps a process alive on its own: the request it guards does that.
    timer.unref?.();
    (globalThis as any).Deno?.unrefTimer?.(timer);
  }
}

/** Calls `fire` after `ms` unless the returned function (which cancels it) runs first. */
export function after(ms: number, fire: () => void): () => void {
  const entry: Entry = [Date.now() + ms, fire];
  entries.add(entry);
  if (entry[0] < armedAt) arm();
  return () => entries.delete(entry);
}
