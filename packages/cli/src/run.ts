import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigurationError, DocrunError, inShard } from "@docrun/core";
import { createJsonlCheckpointStore } from "@docrun/core/node";
import { parseRunCommand, USAGE } from "./args.js";
import { expandInputs } from "./inputs.js";
import { createProgressView, formatDuration } from "./progress.js";
import { jobStarter } from "./providers.js";
import { forgetFailed } from "./retry-failed.js";

/**
 * Where `main` reads and writes: the process by default, a test's own streams otherwise.
 * @example `await main(argv, { cwd: tmp, stdout: process.stdout, stderr: process.stderr });`
 */
export interface CliIo {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Stops the job cleanly (the CLI wires SIGINT and SIGTERM to it). */
  signal?: AbortSignal | undefined;
}

/** Exit statuses: 0 every input succeeded, 1 some failed, 2 bad usage or setup, 130 stopped. */
export const EXIT = { ok: 0, failed: 1, usage: 2, stopped: 130 } as const;

const nonEmpty = (path: string) => existsSync(path) && statSync(path).size > 0;

/**
 * `docrun run …`: resolves with the exit status once the job ended (or could not start).
 * @example `process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });`
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  let command;
  try {
    command = parseRunCommand(argv);
  } catch (error) {
    say(`docrun: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const out = resolve(io.cwd, command.out);
  const checkpointPath = resolve(io.cwd, command.checkpoint);
  let store;
  let start;
  let paths: string[];
  try {
    paths = await expandInputs(command.patterns, io.cwd);
    if (command.shard) paths = paths.filter((key) => inShard(key, command.shard!));
    if (!command.resume && (nonEmpty(out) || nonEmpty(checkpointPath)))
      throw new ConfigurationError(
        `${command.out} already holds a job: pass --resume to continue it, or choose another --out`,
      );
    start = await jobStarter(command.provider, {
      workflow: command.workflow,
      cwd: io.cwd,
      baseUrl: command.baseUrl,
    });
    if (command.retryFailed) {
      const again = await forgetFailed(checkpointPath, out, paths);
      say(`docrun: ${again} failed input${again === 1 ? "" : "s"} will run again`);
    }
    store = await createJsonlCheckpointStore(checkpointPath, { resultsPath: out });
  } catch (error) {
    say(`docrun: ${error instanceof DocrunError ? error.message : String(error)}`);
    return EXIT.usage;
  }
  let failedBefore = 0;
  for (const key of paths) if ((await store.get(key))?.outcome === "failed") failedBefore++;
  const view = createProgressView({ stream: io.stderr, total: paths.length, mode: command.progress });
  const shard = command.shard ? ` (shard ${command.shard.index + 1}/${command.shard.count})` : "";
  say(
    `docrun: ${paths.length} inputs${shard} → ${command.out}${store.known ? ` (resuming: ${store.known} known)` : ""}`,
  );
  const job = start(paths, {
    key: (path) => path,
    checkpoint: store,
    concurrency: { initial: Math.min(4, command.concurrency), max: command.concurrency },
    signal: io.signal,
    timeoutMs: command.timeoutMs,
    createTimeoutMs: command.createTimeoutMs,
    onProgress: (stats) => view.update(stats),
  });
  try {
    for await (const result of job) view.result(result, job.stats());
  } catch (error) {
    view.finish();
    say(`docrun: stopped: ${error instanceof Error ? error.message : String(error)}`);
    await store.close();
    return EXIT.usage;
  }
  view.finish();
  await store.close();
  const stats = job.stats();
  const rate = stats.elapsedMs > 0 ? ((stats.succeeded + stats.failed) / stats.elapsedMs) * 60_000 : 0;
  say(
    `docrun: ${stats.succeeded} succeeded, ${stats.failed} failed, ${stats.stopped} stopped, ${stats.skipped} already done` +
      `${failedBefore ? ` (${failedBefore} of them failed before)` : ""}, ${stats.created} runs created` +
      `, ${stats.resumed} resumed${stats.recovered ? `, ${stats.recovered} found again after a lost create` : ""}, in ${formatDuration(stats.elapsedMs)} (${rate.toFixed(0)} documents/min)` +
      `${stats.rateLimited ? `, ${stats.rateLimited} rate limits` : ""}; results in ${command.out}`,
  );
  if (stats.aborted) {
    say("docrun: stopped before the end; run again with --resume to finish (nothing will be created twice)");
    return EXIT.stopped;
  }
  return stats.failed + failedBefore > 0 ? EXIT.failed : EXIT.ok;
}
