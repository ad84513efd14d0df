// Runs in Chromium: @docrun/core alone, against the Extend emulator's HTTP API.
import {
  createApiClient,
  paginateToken,
  parseErrorEnvelope,
  poll,
  requestOptions,
  verifyWebhook,
} from "@docrun/core";
import { verdict, type Scenario } from "./scenario.js";

const TERMINAL = new Set(["PROCESSED", "FAILED", "CANCELLED", "NEEDS_REVIEW", "REJECTED"]);

const scenario: Scenario = async ({ baseUrl, apiKey, pageSize, webhook }) => {
  const client = createApiClient<Record<string, any>>(
    {
      name: "Extend",
      apiKeyEnv: "EXTEND_API_KEY",
      baseUrlEnv: "EXTEND_BASE_URL",
      defaultBaseUrl: baseUrl,
      parseError: parseErrorEnvelope,
    },
    {
      apiKey,
      baseUrl,
      headers: { "x-extend-api-version": "2026-02-09" },
      backoff: { initialMs: 10, maxMs: 50 },
    },
  );
  let pages = 0;
  const listedIds: string[] = [];
  const listing = paginateToken<{ id: string }>({
    fetchPage: async (token, o) => {
      const query = token ? { maxPageSize: pageSize, nextPageToken: token } : { maxPageSize: pageSize };
      const call = client.api.GET("/workflow_runs", { params: { query }, ...requestOptions(o) });
      const data = await client.unwrap(call);
      return { items: data.data, nextToken: data.nextPageToken, response: (await call).response };
    },
  });
  for await (const page of listing.pages()) {
    pages += 1;
    listedIds.push(...page.items.map((run) => run.id));
  }

  const workflows = await client.unwrap(client.api.GET("/workflows", {}));
  const created = await client.unwrap(
    client.api.POST("/workflow_runs", {
      body: { workflow: { id: workflows.data[0].id }, file: { text: "browser run", name: "browser.txt" } },
    }),
  );
  const run = await poll(
    async (o) =>
      client.unwrap(client.api.GET(`/workflow_runs/${created.id}`, { ...requestOptions(o) })) as Promise<{
        status: string;
      }>,
    { isDone: (r) => TERMINAL.has(r.status), timeoutMs: 20_000, interval: { initialMs: 20, maxMs: 100 } },
  );

  const check = (body: string) =>
    verifyWebhook({
      body,
      secret: webhook.secret,
      signature: webhook.headers["x-extend-request-signature"],
      timestamp: webhook.headers["x-extend-request-timestamp"],
      signedContent: (t, raw) => `v0:${t}:${raw}`,
    });
  return {
    listedIds,
    pages,
    waitedStatus: run.status,
    webhookHonest: await verdict(check(webhook.body)),
    webhookTampered: await verdict(check(webhook.body.replace("}", ',"x":1}'))),
  };
};

window.docrunScenario = scenario;
