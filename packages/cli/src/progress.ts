import type { BulkResult, BulkStats } from "@docrun/core";

/**
 * Where the CLI reports progress: a live bar on a terminal, plain lines elsewhere (logs, CI).
 * @example `const view = createProgressView({ stream: process.stderr, total: 500, mode: "auto" });`
 */
export interface ProgressView {
  update(stats: BulkStats): void;
  result(result: BulkResult<string, unknown>, stats: BulkStats): void;
  finish(): void;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

/**
 * Creates the {@link ProgressView} for a stream: a bar (done / failed / in flight / rate / ETA)
 * redrawn at most every 100 ms when `mode` is "bar" or "auto" on a TTY, else one line per input.
 *
 * @example `createProgressView({ stream: process.stderr, total: 120, mode: "lines" }).finish();`
 */
export function createProgressView(options: {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  total: number;
  mode: "auto" | "bar" | "lines";
}): ProgressView {
  const { stream, total, mode } = options;
  const bar = mode === "bar" || (mode === "auto" && stream.isTTY === true);
  let drawn = 0;
  let last: BulkStats | undefined;
  const draw = (stats: BulkStats) => {
    last = stats;
    const now = Date.now();
    if (!bar || now - drawn < REDRAW_MS) return;
    drawn = now;
    stream.write(`\r${progressLine(stats, total)}\x1b[K`);
  };
  return {
    update: draw,
    result(result, stats) {
      if (!bar) {
        const status = result.ok ? "ok    " : "FAILED";
        const detail = result.ok ? result.runId : `${result.error.name}: ${result.error.message}`;
        stream.write(`${status} ${result.key} ${detail ?? ""}\n`);
      }
      draw(stats);
    },
    finish() {
      if (bar && last) stream.write(`\r${progressLine(last, total)}\x1b[K\n`);
    },
  };
}

/**
 * One progress line: `[#####-----] 120/500 · 3 failed · 16 in flight · 4.2/s · ETA 1m30s`.
 * @example `progressLine(job.stats(), 500);`
 */
export function progressLine(stats: BulkStats, total: number): string {
  const done = stats.succeeded + stats.failed + stats.skipped;
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const finishedHere = stats.succeeded + stats.failed;
  const rate = stats.elapsedMs > 0 ? finishedHere / (stats.elapsedMs / 1000) : 0;
  const eta = rate > 0 ? formatDuration(((total - done) / rate) * 1000) : "–";
  return (
    `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total}` +
    ` · ${stats.failed} failed · ${stats.inFlight} in flight · ${rate.toFixed(1)}/s · ETA ${eta}`
  );
}

/**
 * `1h02m`, `3m05s`, `12s`.
 * @example `formatDuration(125_000); // "2m05s"`
 */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}
