// README.md's examples, type-checked and run against the AnyFormat emulator (see the shared runner).
// The examples also read ANYFORMAT_WORKFLOW_ID: the first workflow of the seeded emulator.
import { describeReadmeExamples } from "../../../test-support/readme-examples.js";

describeReadmeExamples({
  testFileUrl: import.meta.url,
  provider: "anyformat",
  apiKey: "af_readme_example_key",
  webhookSecret: "whsec_readme_example_secret",
  emulator: { processingMs: 100, seed: { runs: 120, seed: 3, workflows: 2 } },
  env: (emulator) => ({
    ANYFORMAT_WORKFLOW_ID: (emulator.state.provider as { workflows: { id: string }[] }).workflows[0]!.id,
  }),
  minBlocks: 9,
  webhook: {
    event: "extraction.completed",
    headers: ["x-anyformat-timestamp", "x-anyformat-signature"],
    tamper: (body) => body.replace("processed", "error"),
  },
});
