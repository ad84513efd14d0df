import { ConnectionError, PermissionDeniedError, TimeoutError } from "@docrun/core";
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
    expect(run.inputs?.documents?.["start-document-1"]).toMatchObject({
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
    const error = await retab.files.upload(new File([pdfBytes], "a.pdf")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({
      status: 403,
    });
  });

  it("retries a storage 503 (the same bytes, still without the key) and then completes", async () => {
    harness = await startHarness();
    const puts: (string | null)[] = [];
    const retab = harness.client({
      backoff: { initialMs: 1, maxMs: 5 },
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (request.method !== "PUT") return fetch(input, init);
        puts.push(request.headers.get("authorization"));
        return puts.length === 1
          ? Promise.resolve(new Response("busy", { status: 503 }))
          : fetch(input, init);
      },
    });
    const document = await retab.files.upload({ file: pdfBytes, filename: "retried.pdf" });
    expect(new Uint8Array(await (await fetch(document.url)).arrayBuffer())).toEqual(pdfBytes);
    expect(puts).toEqual([null, null]);
  });

  it("honours timeoutMs on the storage PUT: a storage that never answers is a TimeoutError", async () => {
    harness = await startHarness();
    const retab = harness.client({
      maxRetries: 0,
      fetch: (input, init) =>
        new Request(input, init).method === "PUT"
          ? new Promise((_resolve, reject) =>
              init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
            )
          : fetch(input, init),
    });
    const error = await retab.files
      .upload({ file: pdfBytes, filename: "stuck.pdf" }, { timeoutMs: 100 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("a storage host that cannot be reached is a ConnectionError", async () => {
    harness = await startHarness();
    const retab = harness.client({
      maxRetries: 0,
      fetch: (input, init) =>
        new Request(input, init).method === "PUT"
          ? Promise.reject(new TypeError("fetch failed"))
          : fetch(input, init),
    });
    const error = await retab.files.upload({ file: pdfBytes, filename: "x.pdf" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
  });
});
