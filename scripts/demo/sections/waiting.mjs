import { duration } from "../output.mjs";

/** Sends one document per provider and waits for the result, showing progress as it goes. */
export async function sendAndWait(out, entries, workflows) {
  out.heading("Send a document and wait for the result");
  for (const { provider, client } of entries) {
    const progress = out.progress(`${provider.label} ${provider.helper}`);
    const started = performance.now();
    try {
      const result = await provider.submit(
        client,
        workflows.get(provider.key),
        "invoice-0042.pdf",
        (status) => progress.update(status),
      );
      progress.done(`${provider.describeResult(result)} after ${duration(performance.now() - started)}`);
    } catch (error) {
      progress.done(`failed: ${error?.name ?? "Error"}: ${error?.message ?? error}`);
      throw error;
    }
  }
}
