// Runs in Chromium: @docrun/extend against the Extend emulator on another origin.
import { createExtendClient, verifyExtendWebhook } from "@docrun/extend";
import { verdict, type Scenario } from "./scenario.js";

const scenario: Scenario = async ({ baseUrl, apiKey, pageSize, webhook }) => {
  const client = createExtendClient({ apiKey, baseUrl, backoff: { initialMs: 10, maxMs: 50 } });
  let pages = 0;
  const listedIds: string[] = [];
  for await (const page of client.workflowRuns.list({ maxPageSize: pageSize }).pages()) {
    pages += 1;
    listedIds.push(...page.items.map((run) => run.id));
  }
  const [workflow] = await client.workflows.list().toArray({ limit: 1 });
  const run = await client.workflowRuns.createAndPoll(
    { workflow: { id: workflow!.id }, file: { text: "Invoice #1 from the browser", name: "browser.txt" } },
    { timeoutMs: 20_000, interval: { initialMs: 20, maxMs: 100 } },
  );
  const check = (body: string) => verifyExtendWebhook(body, webhook.headers, webhook.secret);
  return {
    listedIds,
    pages,
    waitedStatus: run.status,
    webhookHonest: await verdict(check(webhook.body)),
    webhookTampered: await verdict(check(webhook.body.replace("}", ',"x":1}'))),
  };
};

window.docrunScenario = scenario;
