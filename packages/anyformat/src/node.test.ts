import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setup } from "./anyformat.test-helpers.js";
import { fileFromPath } from "./node.js";

describe("fileFromPath", () => {
  it("reads a file from disk into a named File that workflows.run uploads", async () => {
    const dir = await mkdtemp(join(tmpdir(), "docrun-anyformat-"));
    try {
      const path = join(dir, "invoice-0847.pdf");
      await writeFile(path, "%PDF-1.7 test");
      const file = await fileFromPath(path, { type: "application/pdf" });
      expect(file.name).toBe("invoice-0847.pdf");
      expect(file.type).toBe("application/pdf");
      expect(await file.text()).toBe("%PDF-1.7 test");
      const { af, workflowId } = await setup();
      await af.workflows.run(workflowId, { file });
      const [latest] = await af.workflows.listFiles(workflowId).toArray({ limit: 1 });
      expect(latest?.name).toBe("invoice-0847.pdf");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
