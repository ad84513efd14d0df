import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createJsonlCheckpointStore } from "./jsonl-checkpoint-store.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("createJsonlCheckpointStore", () => {
  it("reopens what it wrote, cutting a half-written last line so the next line is not glued to it", async () => {
    dir = mkdtempSync(join(tmpdir(), "docrun-jsonl-"));
    const path = join(dir, "job.checkpoint");
    const resultsPath = join(dir, "results.jsonl");
    const first = await createJsonlCheckpointStore(path, { resultsPath });
    await first.created("a.pdf", "run_a");
    await first.created("b.pdf", "run_b");
    await first.finished("a.pdf", { runId: "run_a", outcome: "succeeded", run: { id: "run_a", total: 42 } });
    await first.close();
    appendFileSync(path, '{"key":"c.pdf","run'); // a process killed mid-write
    const second = await createJsonlCheckpointStore(path, { resultsPath });
    expect(second.known).toBe(2);
    expect(await second.get("a.pdf")).toEqual({ runId: "run_a", outcome: "succeeded" });
    expect(await second.get("b.pdf")).toEqual({ runId: "run_b" });
    expect(await second.get("c.pdf")).toBeUndefined();
    await second.created("c.pdf", "run_c");
    await second.close();
    const lines = readFileSync(path, "utf8").trim().split("\n");
    expect(lines.map((line) => JSON.parse(line).key)).toEqual(["a.pdf", "b.pdf", "c.pdf"]);
    expect(JSON.parse(readFileSync(resultsPath, "utf8"))).toEqual({
      key: "a.pdf",
      runId: "run_a",
      outcome: "succeeded",
      run: { id: "run_a", total: 42 },
    });
  });

  it("keeps the intent of a create whose run id never came, until the run id does", async () => {
    dir = mkdtempSync(join(tmpdir(), "docrun-jsonl-"));
    const path = join(dir, "job.checkpoint");
    const first = await createJsonlCheckpointStore(path);
    await first.intended!("a.pdf", { tag: "docrun-0123456789abcdef", at: 1_700_000_000_000 });
    await first.intended!("b.pdf", { tag: "docrun-fedcba9876543210", at: 1_700_000_000_500 });
    await first.created("b.pdf", "run_b");
    await first.close();
    const second = await createJsonlCheckpointStore(path);
    expect(await second.get("a.pdf")).toEqual({
      intent: { tag: "docrun-0123456789abcdef", at: 1_700_000_000_000 },
    });
    expect((await second.get("b.pdf"))?.runId).toBe("run_b");
    await second.close();
  });

  it("refuses a results path equal to the checkpoint path", async () => {
    dir = mkdtempSync(join(tmpdir(), "docrun-jsonl-"));
    const path = join(dir, "same.jsonl");
    await expect(createJsonlCheckpointStore(path, { resultsPath: path })).rejects.toThrow(/resultsPath/);
  });
});
