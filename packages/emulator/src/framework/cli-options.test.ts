import { describe, expect, it } from "vitest";
import { parseCliArguments } from "./cli-options.js";

describe("parseCliArguments", () => {
  it("maps every flag to startEmulator options", () => {
    const command = parseCliArguments([
      "--provider",
      "extend",
      "--port",
      "4010",
      "--host",
      "localhost",
      "--seed-runs",
      "1000",
      "--seed-number",
      "42",
      "--workflows",
      "4",
      "--processing-ms",
      "50",
      "--latency-ms",
      "5-20",
      "--fault-rate",
      "0.2",
      "--rate-limit-fault-rate",
      "0.1",
      "--reset-rate",
      "0.02",
      "--random-seed",
      "7",
      "--rate-limit",
      "100/1m",
      "--api-key",
      "a",
      "--api-key",
      "b",
      "--webhook-url",
      "http://127.0.0.1:9000/hook",
      "--webhook-secret",
      "s",
    ]);
    expect(command).toEqual({
      help: false,
      options: {
        provider: "extend",
        port: 4010,
        host: "localhost",
        seed: { runs: 1000, seed: 42, workflows: 4 },
        processingMs: 50,
        latencyMs: { min: 5, max: 20 },
        faults: { errorRate: 0.2, rateLimitRate: 0.1, resetRate: 0.02 },
        random: 7,
        rateLimit: { limit: 100, windowMs: 60_000 },
        apiKeys: ["a", "b"],
        webhooks: [{ url: "http://127.0.0.1:9000/hook", secret: "s" }],
      },
    });
  });

  it("passes a seed file path through and reads window units", () => {
    const command = parseCliArguments([
      "--provider",
      "retab",
      "--seed",
      "data.json",
      "--rate-limit",
      "10/500ms",
    ]);
    expect(command).toMatchObject({
      options: { seed: "data.json", rateLimit: { limit: 10, windowMs: 500 } },
    });
  });

  it.each([
    [["--port", "4010"], /--provider/],
    [["--provider", "stripe"], /--provider/],
    [["--provider", "extend", "--port", "-1"], /--port/],
    [["--provider", "extend", "--fault-rate", "1.5"], /--fault-rate/],
    [["--provider", "extend", "--rate-limit", "fast"], /--rate-limit/],
    [["--provider", "extend", "--webhook-url", "http://x"], /--webhook-secret/],
    [["--provider", "extend", "--seed", "a.json", "--seed-runs", "5"], /not both/],
    [["--provider", "extend", "--bogus"], /bogus/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseCliArguments(argv)).toThrow(message);
  });

  it("asks for help", () => {
    expect(parseCliArguments(["--help"])).toEqual({ help: true });
  });
});
