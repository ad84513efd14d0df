// Memory stays flat however many inputs: a child process (its heap holds only the client) runs
// 10,000 inputs through runMany; the heap after all of them is within 3 MB of the heap after 2,000.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmulator, type Emulator } from "@docrun/emulator";

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ provider: "extend", processingMs: 1, requestLogLimit: 100 });
});
afterAll(() => emulator.close());

it("runMany over 10,000 inputs: heap growth after the first 2,000 stays under 3 MB (≈300 B per input)", async () => {
  const workflows = (await (
    await fetch(`${emulator.url}/workflows`, {
      headers: { authorization: "Bearer k", "x-extend-api-version": "2026-02-09" },
    })
  ).json()) as { data: { id: string }[] };
  const child = fileURLToPath(new URL("memory-child.mjs", import.meta.url));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--expose-gc", child, emulator.url, workflows.data[0]!.id, "10000"],
    { timeout: 240_000 },
  );
  const { done, failed, early, end } = JSON.parse(stdout) as Record<string, number>;
  console.log(
    `heap after 2,000: ${(early! / 1e6).toFixed(1)} MB, after 10,000: ${(end! / 1e6).toFixed(1)} MB`,
  );
  expect(done).toBe(10_000);
  expect(failed).toBe(0);
  expect(end! - early!).toBeLessThan(3 * 1024 * 1024);
}, 300_000);
