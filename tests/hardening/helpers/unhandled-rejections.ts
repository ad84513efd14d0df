import { afterEach, beforeEach } from "vitest";

/**
 * Fails the current test when a promise rejection goes unhandled while it runs (or settles just
 * after it): an SDK that leaves a stray rejection behind crashes users' processes under
 * `--unhandled-rejections=strict`, so that is a bug even when the awaited call itself succeeds.
 */
export function failOnUnhandledRejections(): void {
  const seen: unknown[] = [];
  const record = (reason: unknown) => void seen.push(reason);
  beforeEach(() => {
    seen.length = 0;
    process.on("unhandledRejection", record);
  });
  afterEach(async () => {
    // Let rejections created by the test's last await reach the event loop before judging.
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off("unhandledRejection", record);
    if (seen.length)
      throw new Error(`unhandled rejection(s) during the test: ${seen.map(String).join("; ")}`);
  });
}
