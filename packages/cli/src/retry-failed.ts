import { createReadStream } from "node:fs";
import { open, rename } from "node:fs/promises";
import { createInterface } from "node:readline";
import { createJsonlCheckpointStore } from "@docrun/core/node";

/**
 * Makes the job's failed inputs among `keys` run again: their run ids are forgotten in the
 * checkpoint, then their `failed` lines leave the results file (rewritten whole, then renamed
 * over it, so a kill leaves the old file or the new one). A kill between the two steps leaves
 * them failed, as before. Returns how many will run again.
 *
 * @example `const again = await forgetFailed("out.jsonl.checkpoint", "out.jsonl", paths);`
 */
export async function forgetFailed(
  checkpointPath: string,
  resultsPath: string,
  keys: string[],
): Promise<number> {
  const store = await createJsonlCheckpointStore(checkpointPath, { resultsPath });
  const failed = new Set<string>();
  try {
    for (const key of keys) if ((await store.get(key))?.outcome === "failed") failed.add(key);
    for (const key of failed) await store.forget(key);
  } finally {
    await store.close();
  }
  if (failed.size === 0) return 0;
  const temporary = `${resultsPath}.retry-failed`;
  const out = await open(temporary, "w");
  try {
    const lines = createInterface({ input: createReadStream(resultsPath), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      let record: { key?: unknown; outcome?: unknown } | undefined;
      try {
        record = JSON.parse(line);
      } catch {
        record = undefined; // a half-written last line: the store cut it already; keep the rest as is
      }
      if (record?.outcome === "failed" && failed.has(record.key as string)) continue;
      await out.write(`${line}\n`);
    }
    await out.sync();
  } finally {
    await out.close();
  }
  await rename(temporary, resultsPath);
  return failed.size;
}
