// Runs in Chromium: @docrun/anyformat against the AnyFormat emulator on another origin.
import { createAnyformatClient, verifyAnyformatWebhook } from "@docrun/anyformat";
import { verdict, type Scenario } from "./scenario.js";

const scenario: Scenario = async ({ baseUrl, apiKey, pageSize, webhook }) => {
  const client = createAnyformatClient({ apiKey, baseUrl, backoff: { initialMs: 10, maxMs: 50 } });
  const [workflow] = await client.workflows.list().toArray({ limit: 1 });
  let pages = 0;
  const listedIds: string[] = [];
  for await (const page of client.workflows.listRuns(workflow!.id, { pageSize }).pages()) {
    pages += 1;
    listedIds.push(...page.items.map((run) => run.id));
  }
  await client.workflows.runAndWait(
    workflow!.id,
    { text: "Invoice #1 from the browser" },
    { timeoutMs: 20_000, interval: { initialMs: 20, maxMs: 100 } },
  );
  const check = (body: string) => verifyAnyformatWebhook(body, webhook.headers, webhook.secret);
  return {
    listedIds,
    pages,
    waitedStatus: "processed",
    webhookHonest: await verdict(check(webhook.body)),
    webhookTampered: await verdict(check(webhook.body.replace("}", ',"x":1}'))),
  };
};

window.docrunScenario = scenario;
