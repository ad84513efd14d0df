// Issue 14, item 2: a server hint must not turn a wait into a hot loop. AnyFormat answers its
// results endpoint with 412 while a run is processing; a server that adds `Retry-After: 0` (or
// `retry-after-ms: 0`) used to be polled hundreds of times a second. Every wait has a floor.
import { createAnyformatClient } from "@docrun/anyformat";
import { afterEach, describe, expect, it } from "vitest";
import { startLoopbackServer, type LoopbackServer } from "./helpers/loopback-server.js";

const apiKey = "af-poll-floor-key";
const RESULTS = /^\/v2\/workflows\/wf_1\/files\/col_1\/results\/?$/;
const PROCESSING_MS = 1_500;

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Answers 412 + `hint` for PROCESSING_MS after the first check, then the results. */
async function startHintingServer(hint: Record<string, string>): Promise<LoopbackServer> {
  let firstAt: number | undefined;
  return startLoopbackServer((req, res) => {
    if (!RESULTS.test(new URL(req.url!, "http://x").pathname)) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"detail":"not found"}');
      return;
    }
    firstAt ??= Date.now();
    if (Date.now() - firstAt < PROCESSING_MS) {
      res
        .writeHead(412, { "content-type": "application/json", ...hint })
        .end('{"detail":"Extraction in progress","code":"PRECONDITION_FAILED"}');
      return;
    }
    res
      .writeHead(200, { "content-type": "application/json" })
      .end('{"collection_id":"col_1","status":"processed","extraction":{"total":"12.00"}}');
  });
}

describe("a zero wait hint on a status check", () => {
  it.each([
    { "retry-after": "0" },
    { "retry-after-ms": "0" },
    { "retry-after": "0", "retry-after-ms": "-5" },
  ])(
    "%j: the results are still returned, with at most one check per 250 ms",
    async (hint) => {
      server = await startHintingServer(hint);
      const af = createAnyformatClient({ apiKey, baseUrl: server.url });
      const results = await af.workflows.poll("wf_1", "col_1", { timeoutMs: 10_000 });
      expect(results).toMatchObject({ collection_id: "col_1" });
      const checks = server.requests.filter((r) => RESULTS.test(new URL(r.url, "http://x").pathname));
      // 1.5 s of 412s at one check per 250 ms at most: 6 waits, 7 checks, plus the one that gets 200.
      expect(checks.length).toBeGreaterThanOrEqual(2);
      expect(checks.length).toBeLessThanOrEqual(Math.ceil(PROCESSING_MS / 250) + 2);
    },
    15_000,
  );
});
