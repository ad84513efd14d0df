import { describe, expect, it } from "vitest";
import { isTerminalStatus, toRunState } from "./index.js";

describe("toRunState and isTerminalStatus", () => {
  it.each([
    ["PENDING", "queued", false],
    ["PROCESSING", "running", false],
    ["CANCELLING", "running", false],
    ["NEEDS_REVIEW", "needs_review", true],
    ["REJECTED", "failed", true],
    ["PROCESSED", "succeeded", true],
    ["FAILED", "failed", true],
    ["CANCELLED", "cancelled", true],
    ["SOMETHING_NEW", "needs_review", true],
  ] as const)("%s → %s (terminal: %s)", (status, state, terminal) => {
    expect(toRunState(status)).toBe(state);
    expect(toRunState({ status } as never)).toBe(state);
    expect(isTerminalStatus(status)).toBe(terminal);
  });
});
