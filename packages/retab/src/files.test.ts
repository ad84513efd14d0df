import { writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError, mimeTypeFor, toBase64, toMimeData } from "./index.js";
import { fileFromPath } from "./node.js";

describe("document inputs → MIMEData", () => {
  it("base64-encodes bytes without Buffer, matching Node's encoder for every length and byte", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256);
    for (const length of [0, 1, 2, 3, 4, 65_536, 70_000]) {
      expect(toBase64(bytes.subarray(0, length))).toBe(
        Buffer.from(bytes.subarray(0, length)).toString("base64"),
      );
    }
  });

  it("turns File, named bytes and ArrayBuffer into data URLs, and passes MIMEData through", async () => {
    const text = new TextEncoder().encode("hello");
    expect(await toMimeData(new File([text], "note.txt", { type: "text/plain" }))).toEqual({
      filename: "note.txt",
      url: "data:text/plain;base64,aGVsbG8=",
    });
    expect(await toMimeData({ file: text, filename: "scan.PDF" })).toEqual({
      filename: "scan.PDF",
      url: "data:application/pdf;base64,aGVsbG8=",
    });
    expect(await toMimeData({ file: text.slice().buffer, filename: "x", mimeType: "image/png" })).toEqual({
      filename: "x",
      url: "data:image/png;base64,aGVsbG8=",
    });
    expect(await toMimeData({ file: new Blob([text], { type: "image/jpeg" }), filename: "photo" })).toEqual({
      filename: "photo",
      url: "data:image/jpeg;base64,aGVsbG8=",
    });
    const remote = { filename: "remote.pdf", url: "https://files.example.com/remote.pdf" };
    expect(await toMimeData(remote)).toEqual(remote);
    await expect(toMimeData(new Blob([text]) as never)).rejects.toBeInstanceOf(ConfigurationError);
    await expect(toMimeData({ file: text, filename: "" })).rejects.toBeInstanceOf(ConfigurationError);
    expect(mimeTypeFor("archive.unknown")).toBe("application/octet-stream");
  });

  it("reads a file from disk with fileFromPath (the node subpath)", async () => {
    const folder = await mkdtemp(join(tmpdir(), "docrun-retab-"));
    try {
      const path = join(folder, "invoice.pdf");
      await writeFile(path, "%PDF-1.7");
      const input = await fileFromPath(path);
      expect(input).toMatchObject({ filename: "invoice.pdf", mimeType: "application/pdf" });
      expect(await toMimeData(input)).toEqual({
        filename: "invoice.pdf",
        url: "data:application/pdf;base64,JVBERi0xLjc=",
      });
      expect((await fileFromPath(path, { filename: "renamed.bin" })).filename).toBe("renamed.bin");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
