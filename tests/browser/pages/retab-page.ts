// Runs in Chromium: @docrun/retab against the Retab emulator on another origin.
import { createRetabClient, verifyRetabWebhook } from "@docrun/retab";
import { verdict, type Scenario } from "./scenario.js";

const scenario: Scenario = async ({ baseUrl, apiKey, pageSize, webhook }) => {
  const client = createRetabClient({ apiKey, baseUrl, backoff: { initialMs: 10, maxMs: 50 } });
  let pages = 0;
  const listedIds: string[] = [];
  for await (const page of client.workflowRuns.list({ limit: pageSize }).pages()) {
    pages += 1;
    listedIds.push(...page.items.map((run) => run.id));
  }
  const [workflow] = await client.workflows.list().toArray({ limit: 1 });
  const run = await client.workflowRuns.createAndPoll(
    { workflow_id: workflow!.id, metadata: { from: "browser" } },
    { timeoutMs: 20_000, interval: { initialMs: 20, maxMs: 100 } },
  );
  const check = (body: string) => verifyRetabWebhook(body, webhook.headers, webhook.secret);
  return {
    listedIds,
    pages,
    waitedStatus: run.lifecycle.status,
    webhookHonest: await verdict(check(webhook.body)),
    webhookTampered: await verdict(check(webhook.body.replace("}", ',"x":1}'))),
  };
};

window.docrunScenario = scenario;
