import type { Paginator, RunState } from "@docrun/core";
import { describe, expectTypeOf, it } from "vitest";
import { createAnyformatClient } from "./client.js";
import type { CreatedWebhook } from "./types.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];
const af = createAnyformatClient({ apiKey: "af_key", baseUrl: "http://127.0.0.1:1" });

describe("typed .api", () => {
  it("rejects a wrong path, a wrong query parameter and a wrong body field", () => {
    // @ts-expect-error — AnyFormat paths end with a slash; this path is not in the spec
    void af.api.GET("/v2/workflows");
    // @ts-expect-error — no such path
    void af.api.GET("/v2/runs/");
    void af.api.GET("/v2/workflows/{workflow_id}/runs/", {
      // @ts-expect-error — `limit` is not a query parameter (it is `page_size`)
      params: { path: { workflow_id: "w" }, query: { limit: 5 } },
    });
    // @ts-expect-error — `page_size` is an integer
    void af.api.GET("/v2/workflows/", { params: { query: { page_size: "20" } } });
    // @ts-expect-error — `endpoint` is not a field of WebhookCreate (it is `url`)
    void af.api.POST("/v2/webhooks/", { body: { endpoint: "https://example.com" } });
    void af.api.POST("/v2/webhooks/", {
      // @ts-expect-error — unknown event type
      body: { url: "https://example.com", events: ["extraction.started"] },
    });
    // @ts-expect-error — the workflow id path parameter is required
    void af.api.GET("/v2/workflows/{workflow_id}/", {});
  });

  it("types responses as the spec describes them", async () => {
    const { data } = await af.api.GET("/v2/workflows/{workflow_id}/runs/", {
      params: { path: { workflow_id: "w" } },
    });
    expectTypeOf(data).toEqualTypeOf<Schemas["WorkflowRunListResponse"] | undefined>();
    const results = await af.api.GET("/v2/workflows/{workflow_id}/files/{collection_id}/results/", {
      params: { path: { workflow_id: "w", collection_id: "c" } },
    });
    expectTypeOf(results.data).toEqualTypeOf<Schemas["FileResultsResponse"] | undefined>();
    expectTypeOf<Schemas["WorkflowRunResponseV2"]>().toEqualTypeOf<{
      id: string;
      status: string;
      workflow_id: string;
      version_id: string;
    }>();
    expectTypeOf<Schemas["WorkflowRunListItem"]["status"]>().toEqualTypeOf<
      "pending" | "queued" | "in_progress" | "processed" | "error" | "cancelled"
    >();
  });
});

describe("helpers", () => {
  it("return the spec's types", () => {
    expectTypeOf(af.workflows.get).returns.resolves.toEqualTypeOf<Schemas["Workflow"]>();
    expectTypeOf(af.workflows.run).returns.resolves.toEqualTypeOf<Schemas["WorkflowRunResponseV2"]>();
    expectTypeOf(af.workflows.runAndWait).returns.resolves.toEqualTypeOf<Schemas["FileResultsResponse"]>();
    expectTypeOf(af.workflows.listRuns).returns.toEqualTypeOf<
      Paginator<Schemas["WorkflowRunListItem"], number>
    >();
    expectTypeOf(af.workflows.listFiles).returns.toEqualTypeOf<
      Paginator<Schemas["FileCollectionListItem"], number>
    >();
    expectTypeOf(af.webhooks.create).returns.resolves.toEqualTypeOf<CreatedWebhook>();
    expectTypeOf(af.webhooks.verify).returns.resolves.toEqualTypeOf<Schemas["WebhookDeliveryPayload"]>();
    expectTypeOf(af.health).returns.resolves.toEqualTypeOf<Schemas["HealthCheckResponse"]>();
  });

  it("accept a file or text, never both, and every option object takes signal and timeoutMs", () => {
    void af.workflows.run("w", { file: new Blob([]) });
    void af.workflows.run("w", { file: new Uint8Array(1), filename: "a.pdf" });
    void af.workflows.run("w", { text: "hello" });
    // @ts-expect-error — both file and text
    void af.workflows.run("w", { file: new Blob([]), text: "hello" });
    // @ts-expect-error — a path string is not a file (use fileFromPath from @docrun/anyformat/node)
    void af.workflows.run("w", { file: "./invoice.pdf" });
    const signal = new AbortController().signal;
    void af.workflows.get("w", { signal, timeoutMs: 1000 });
    void af.workflows.runAndWait("w", { text: "x" }, { signal, timeoutMs: 1000 });
    void af.workflows.listRuns("w", { signal, timeoutMs: 1000, concurrency: 2 });
    void af.files.delete("c", { signal, timeoutMs: 1000 });
    void af.webhooks.list({ signal, timeoutMs: 1000 });
    void af.health({ signal, timeoutMs: 1000 });
  });

  it("toRunState returns the shared vocabulary", async () => {
    const { toRunState } = await import("./run-state.js");
    expectTypeOf(toRunState).returns.toEqualTypeOf<RunState>();
  });
});
