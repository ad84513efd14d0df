import { createAnyformatClient } from "@docrun/anyformat";
import type { ProviderName } from "@docrun/emulator";
import { createExtendClient } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";

/** One browser scenario: a page entry bundled for Chromium and how to check its results in Node. */
export interface BrowserScenario {
  /** Also the bundle and page name. */
  name: string;
  /** The page module, relative to this folder. */
  entry: string;
  /** Which emulator the page talks to. */
  provider: ProviderName;
  /** The webhook body the Node side signs with the provider's scheme. */
  webhookBody: unknown;
  /** The run ids of the whole listing, as Node sees them (the order the page must reproduce). */
  expectedIds(baseUrl: string, apiKey: string): Promise<string[]>;
  /** Terminal statuses that count as success for a plain run. */
  successStatuses: string[];
}

/** Follows Extend's `nextPageToken` with plain fetch. */
async function extendIds(baseUrl: string, apiKey: string): Promise<string[]> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const url = `${baseUrl}/workflow_runs?maxPageSize=100${token ? `&nextPageToken=${encodeURIComponent(token)}` : ""}`;
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${apiKey}`, "x-extend-api-version": "2026-02-09" },
    });
    const page = (await response.json()) as { data: { id: string }[]; nextPageToken?: string | null };
    ids.push(...page.data.map((run) => run.id));
    token = page.nextPageToken ?? undefined;
  } while (token);
  return ids;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

export const browserScenarios: BrowserScenario[] = [
  {
    name: "core",
    entry: "./pages/core-page.ts",
    provider: "extend",
    webhookBody: {
      eventId: "evt_browser_1",
      eventType: "workflow_run.completed",
      payload: { id: "workflow_run_1" },
    },
    expectedIds: extendIds,
    successStatuses: ["PROCESSED"],
  },
  {
    name: "anyformat",
    entry: "./pages/anyformat-page.ts",
    provider: "anyformat",
    webhookBody: {
      event: "extraction.completed",
      timestamp: "2026-11-23T06:00:00Z",
      data: { extraction_id: "0193f0c6-0000-7000-8000-000000000001", status: "processed" },
    },
    async expectedIds(baseUrl, apiKey) {
      const client = createAnyformatClient({ baseUrl, apiKey });
      const [workflow] = await client.workflows.list().toArray({ limit: 1 });
      return ids(await client.workflows.listRuns(workflow!.id).toArray());
    },
    successStatuses: ["processed"],
  },
  {
    name: "extend",
    entry: "./pages/extend-page.ts",
    provider: "extend",
    webhookBody: {
      eventId: "evt_browser_2",
      eventType: "workflow_run.completed",
      payload: { id: "workflow_run_2" },
    },
    expectedIds: async (baseUrl, apiKey) =>
      ids(await createExtendClient({ baseUrl, apiKey }).workflowRuns.list().toArray()),
    successStatuses: ["PROCESSED"],
  },
  {
    name: "retab",
    entry: "./pages/retab-page.ts",
    provider: "retab",
    webhookBody: {
      id: "evt_browser_3",
      type: "workflow.run.completed",
      environment: "test",
      data: { id: "run_1" },
    },
    expectedIds: async (baseUrl, apiKey) =>
      ids(await createRetabClient({ baseUrl, apiKey }).workflowRuns.list().toArray()),
    successStatuses: ["completed"],
  },
];
