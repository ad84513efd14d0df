// README.md's examples, type-checked and run against the Extend emulator (see the shared runner).
// The examples also read EXTEND_WORKFLOW_ID: the workflow every Extend emulator has.
import { describeReadmeExamples } from "../../../test-support/readme-examples.js";
import { expect } from "vitest";
import { WORKFLOW_ID } from "./extend.test-helpers.js";

describeReadmeExamples({
  testFileUrl: import.meta.url,
  provider: "extend",
  apiKey: "sk_readme_example_key_0123456789",
  webhookSecret: "wss_readme_example_secret",
  emulator: { processingMs: 100, seed: { runs: 150, seed: 3 } },
  env: () => ({ EXTEND_WORKFLOW_ID: WORKFLOW_ID }),
  minBlocks: 8,
  expectPrinted(printed) {
    const all = printed.join("\n");
    expect(all).toContain("PROCESSED");
    expect(all).toContain("waiting for a reviewer");
    expect(all).toContain("NOT_FOUND");
    expect(all).toContain("not cancellable");
  },
  webhook: {
    event: "workflow_run.completed",
    headers: ["x-extend-request-timestamp", "x-extend-request-signature"],
    tamper: (body) => body.replace("PROCESSED", "FAILED"),
    printsOnAccept: "workflow_run.completed",
    rejectsReplay: "replayed",
  },
});
