import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { manualClock, startRetab, type RetabHarness } from "./retab.test-helpers.js";

let retab: RetabHarness | undefined;
afterEach(async () => {
  await retab?.emulator.close();
  retab = undefined;
});

describe("retab emulator: two-call file upload", () => {
  it("reserves a file, accepts the bytes at the upload URL, checks size and sha256, and returns MIMEData", async () => {
    const clock = manualClock();
    retab = await startRetab({ clock });
    const bytes = new TextEncoder().encode("%PDF-1.7 hello");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const started = await retab.call("POST", "/v1/files/upload", {
      body: { filename: "hello.pdf", content_type: "application/pdf", size_bytes: bytes.byteLength, sha256 },
    });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      uploadMethod: "PUT",
      uploadHeaders: { "Content-Type": "application/pdf" },
      mimeData: { filename: "hello.pdf" },
    });
    expect(started.body.fileId).toMatch(/^file_/);
    expect(Date.parse(started.body.expiresAt) - clock.now()).toBe(15 * 60_000);

    const early = await retab.call("POST", `/v1/files/upload/${started.body.fileId}/complete`, { body: {} });
    expect(early.status).toBe(422);
    const put = await fetch(started.body.uploadUrl, {
      method: "PUT",
      headers: started.body.uploadHeaders,
      body: bytes,
    });
    expect(put.status).toBe(200);
    const completed = await retab.call("POST", `/v1/files/upload/${started.body.fileId}/complete`, {
      body: { sha256 },
    });
    expect(completed.status).toBe(200);
    expect(completed.body).toEqual({ filename: "hello.pdf", url: started.body.uploadUrl });
    const download = await fetch(completed.body.url);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    const wrongSum = await retab.call("POST", `/v1/files/upload/${started.body.fileId}/complete`, {
      body: { sha256: "a".repeat(64) },
    });
    expect(wrongSum.status).toBe(422);
  });

  it("answers 410 once the upload session expired and 422 for a malformed sha256", async () => {
    const clock = manualClock();
    retab = await startRetab({ clock });
    const started = await retab.call("POST", "/v1/files/upload", {
      body: { filename: "x.txt", size_bytes: 0 },
    });
    const malformed = await retab.call("POST", `/v1/files/upload/${started.body.fileId}/complete`, {
      body: { sha256: "xyz" },
    });
    expect(malformed.status).toBe(422);
    expect(malformed.body.detail[0]).toMatchObject({
      type: "string_pattern_mismatch",
      loc: ["body", "sha256"],
    });
    clock.advance(15 * 60_000 + 1);
    const expired = await retab.call("POST", `/v1/files/upload/${started.body.fileId}/complete`, {
      body: {},
    });
    expect(expired.status).toBe(410);
    expect(expired.body).toEqual({ detail: "Upload session expired" });
  });
});
