import { count, duration } from "../output.mjs";

/**
 * Lists every run of one workflow per provider, page by page in the provider's own style, and
 * prints how many runs and pages it took and how long.
 */
export async function listEveryRun(out, entries, { live }) {
  out.heading("Every run of a workflow, in each provider's pagination style");
  for (const { provider, client } of entries) {
    const workflow = await provider.firstWorkflow(client);
    if (!workflow) {
      out.line(`${provider.label}: no workflow in this account`);
      continue;
    }
    const started = performance.now();
    let pages = 0;
    let runs = 0;
    // Live accounts can be large: stop after 20 pages there and say so.
    const limit = live ? 20 : Infinity;
    for await (const page of provider.listRuns(client, workflow.id).pages()) {
      pages++;
      runs += page.items.length;
      if (pages >= limit) break;
    }
    out.line(
      `${provider.label.padEnd(9)} ${provider.style.padEnd(33)} ${count(runs).padStart(6)} runs in ${count(pages)} pages, ${duration(performance.now() - started)}${pages >= limit ? " (stopped after 20 pages)" : ""}`,
    );
  }
}
