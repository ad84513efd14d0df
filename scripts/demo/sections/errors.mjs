import { NotFoundError, RunFailedError } from "@docrun/core";

/**
 * Failures arrive as typed errors: a run that fails (the file name contains "fail", which the
 * emulator honours) is a `RunFailedError`, and an id that does not exist is a `NotFoundError`
 * with the provider's code and request id.
 */
export async function typedErrors(out, entries, workflows, { live }) {
  out.heading("Failures are typed errors");
  if (!live) {
    const outcomes = await Promise.allSettled(
      entries.map(({ provider, client }) =>
        provider.submit(client, workflows.get(provider.key), "scan-fail.pdf", () => {}),
      ),
    );
    entries.forEach(({ provider }, i) => {
      const outcome = outcomes[i];
      if (outcome.status === "fulfilled") {
        out.line(`${provider.label}: expected RunFailedError, got ${provider.describeResult(outcome.value)}`);
        process.exitCode = 1;
        return;
      }
      const error = outcome.reason;
      if (!(error instanceof RunFailedError)) throw error;
      out.line(`${provider.label}: scan-fail.pdf → ${error.name} (status ${error.status})`);
    });
  }
  for (const { provider, client } of entries) {
    try {
      await provider.missing(client);
      out.line(`${provider.label}: expected NotFoundError, the call succeeded`);
      process.exitCode = 1;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      out.line(
        `${provider.label}: unknown id → ${error.name} ${error.status}${error.code ? ` ${error.code}` : ""}, request id ${error.requestId ?? "(none)"}`,
      );
    }
  }
}
