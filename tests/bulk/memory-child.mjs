// Child process of memory.test.ts: runs `total` inputs through runMany against the emulator at
// `url` and prints its heap (after forced GCs) when 2,000 inputs are done and at the end.
import { runMany } from "@docrun/core";
import { createExtendClient } from "@docrun/extend";

const [url, workflowId, totalText] = process.argv.slice(2);
const total = Number(totalText);
const extend = createExtendClient({ baseUrl: url, apiKey: "bulk-memory" });
function* inputs() {
  for (let i = 0; i < total; i++) yield i;
}
const heap = () => {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
};
// The provider's own create and poll, with a short poll interval so 10,000 runs take seconds.
const job = runMany(
  inputs(),
  {
    create: async (i, { signal }) =>
      (
        await extend.workflowRuns.create(
          { workflow: { id: workflowId }, file: { text: `doc ${i}` } },
          { signal },
        )
      ).id,
    wait: (id, o) => extend.workflowRuns.poll(id, { ...o, interval: { initialMs: 15, maxMs: 30 } }),
  },
  { key: (i) => `doc-${i}`, concurrency: 32 },
);
let done = 0;
let failed = 0;
let early = 0;
for await (const result of job) {
  done++;
  if (!result.ok) failed++;
  if (done === 2_000) early = heap();
}
console.log(JSON.stringify({ done, failed, early, end: heap() }));
