// README.md's examples, type-checked and run against the Retab emulator (see the shared runner).
import { expect } from "vitest";
import { describeReadmeExamples } from "../../../test-support/readme-examples.js";

describeReadmeExamples({
  testFileUrl: import.meta.url,
  provider: "retab",
  apiKey: "sk_readme_example_key",
  webhookSecret: "whsec_readme_example_secret",
  emulator: { processingMs: 100, seed: { runs: 300, seed: 21 } },
  minBlocks: 9,
  expectPrinted(printed) {
    expect(printed).toContainEqual(expect.stringMatching(/^run_\w+ completed$/));
    expect(printed).toContain("start-document-1 start_document Invoice PDF");
    expect(printed).toContainEqual(expect.stringMatching(/^404 404 Workflow run not found req_/));
    expect(printed).toContainEqual(expect.stringMatching(/^value_error 422 query\.from_date: /));
    expect(printed).toContain("true");
    expect(printed).toContain("invoice.pdf data:application/pdf;base64,");
  },
  webhook: {
    event: "workflow.run.completed",
    headers: ["x-retab-signature", "x-retab-environment"],
    tamper: (body) => body.replace("completed", "cancelled"),
    rejectsReplay: true,
  },
});
