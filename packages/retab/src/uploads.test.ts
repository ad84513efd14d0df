import { afterEach, describe, expect, it } from "vitest";
import { fastPoll, INVOICES, pdfBytes, startHarness, type Harness } from "./retab.test-helpers.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.emulator.close();
  harness = undefined;
});

describe("files.upload", () => {
  it("reserves, PUTs the bytes without the API key, completes with the sha256, and the MIMEData runs a workflow", async () => {
    harness = await startHarness({ processingMs: 30 });
    const sent: { method: string; url: string; authorization: string | null }[] = [];
    const retab = harness.client({
      fetch: (input, init) => {
        const request = new Request(input, init);
        sent.push({
          method: request.method,
          url: new URL(request.url).pathname,
          authorization: request.headers.get("authorization"),
        });
        return fetch(input, init);
      },
    });
    const document = await retab.files.upload({ file: pdfBytes, filename: "invoice.pdf" });
    expect(document.filename).toBe("invoice.pdf");
    expect(document.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_emulator\/uploads\/file_/);
    expect(new Uint8Array(await (await fetch(document.url)).arrayBuffer())).toEqual(pdfBytes);
    expect(sent.map((request) => `${request.method} ${request.url.replace(/file_\w+/, "file_*")}`)).toEqual([
      "POST /v1/files/upload",
      "PUT /_emulator/uploads/file_*",
      "POST /v1/files/upload/file_*/complete",
    ]);
    expect(sent.map((request) => request.authorization)).toEqual([
      "Bearer sk_test_docrun",
      null,
      "Bearer sk_test_docrun",
    ]);

    const run = await retab.workflowRuns.createAndPoll(
      { workflow_id: INVOICES, documents: { "start-document-1": document } },
      fastPoll,
    );
    expect(run.inputs.documents["start-document-1"]).toMatchObject({
      filename: "invoice.pdf",
      mime_type: "application/pdf",
    });
  });

  it("surfaces a storage failure as an ApiError", async () => {
    harness = await startHarness();
    const retab = harness.client({
      fetch: (input, init) =>
        new Request(input, init).method === "PUT"
          ? Promise.resolve(new Response("denied", { status: 403 }))
          : fetch(input, init),
    });
    await expect(retab.files.upload(new File([pdfBytes], "a.pdf"))).rejects.toMatchObject({
      name: "ApiError",
      status: 403,
    });
  });
});
