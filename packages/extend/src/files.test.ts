import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, WORKFLOW_ID, type Harness } from "./extend.test-helpers.js";
import { NotFoundError } from "./index.js";
import { fileFromPath } from "./node.js";

describe("files against the emulator", () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await startHarness({ processingMs: 0 });
    dir = await mkdtemp(join(tmpdir(), "docrun-extend-files-"));
  });
  afterAll(async () => {
    await h.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ["a File", () => new File(["%PDF-1.4 a"], "a-file.pdf", { type: "application/pdf" }), {}, "a-file.pdf"],
    ["a Blob with a filename", () => new Blob(["%PDF-1.4 b"]), { filename: "b-blob.pdf" }, "b-blob.pdf"],
    [
      "bytes with a filename",
      () => new TextEncoder().encode("col\n1\n"),
      { filename: "c-bytes.csv" },
      "c-bytes.csv",
    ],
    [
      "an ArrayBuffer with a filename",
      () => new TextEncoder().encode("hello").buffer as ArrayBuffer,
      { filename: "d-buffer.txt" },
      "d-buffer.txt",
    ],
  ])("uploads %s", async (_label, make, options, name) => {
    const uploaded = await h.extend.files.upload(make(), options);
    expect(uploaded).toMatchObject({ object: "file", name });
    const fetched = await h.extend.files.get(uploaded.id);
    expect(fetched.presignedUrl).toEqual(expect.any(String));
  });

  it("uploads a file read from disk with fileFromPath, then runs a workflow on it", async () => {
    const path = join(dir, "statement-2026.pdf");
    await writeFile(path, "%PDF-1.4\n1 0 obj << /Type /Page >>\n%%EOF");
    const uploaded = await h.extend.files.upload(await fileFromPath(path));
    expect(uploaded).toMatchObject({ name: "statement-2026.pdf", type: "PDF" });
    const run = await h.extend.workflowRuns.create({
      workflow: { id: WORKFLOW_ID },
      file: { id: uploaded.id },
    });
    expect(run.files[0]!.id).toBe(uploaded.id);
  });

  it("gets raw text when asked, and lists by name", async () => {
    const uploaded = await h.extend.files.upload(new File(["Total: 12.00"], "memo-zz.txt"));
    expect((await h.extend.files.get(uploaded.id)).contents).toBeNull();
    expect((await h.extend.files.get(uploaded.id, { rawText: true })).contents).toEqual({
      rawText: "Total: 12.00",
    });
    const listed = await h.extend.files.list({ nameContains: "memo-zz", maxPageSize: 1 }).toArray();
    expect(listed.map((f) => f.id)).toEqual([uploaded.id]);
  });

  it("throws NotFoundError for an unknown file", async () => {
    await expect(h.extend.files.get("file_doesNotExist0000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("workflows against the emulator", () => {
  it("lists and gets workflows", async () => {
    const h = await startHarness();
    try {
      const all = await h.extend.workflows
        .list({ maxPageSize: 1, sortBy: "createdAt", sortDir: "asc" })
        .toArray();
      expect(all.length).toBeGreaterThan(1);
      expect(all[0]!.id).toBe(WORKFLOW_ID);
      const workflow = await h.extend.workflows.get(WORKFLOW_ID);
      expect(workflow.draftVersion.steps.map((step) => step.type)).toContain("EXTRACT");
      await expect(h.extend.workflows.get("workflow_nope")).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await h.close();
    }
  });
});
