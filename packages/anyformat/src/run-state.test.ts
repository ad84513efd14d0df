import { describe, expect, it } from "vitest";
import { toRunState } from "./run-state.js";

describe("toRunState", () => {
  it("maps every AnyFormat status to the shared vocabulary", () => {
    const statuses = ["pending", "queued", "in_progress", "processed", "error", "cancelled"] as const;
    expect(statuses.map((status) => toRunState({ status }))).toEqual([
      "queued",
      "queued",
      "running",
      "succeeded",
      "failed",
      "cancelled",
    ]);
  });

  it("treats a status AnyFormat may add later as still running", () => {
    expect(toRunState({ status: "reprocessing" })).toBe("running");
  });

  it("takes a bare status as well as a run, like every docrun provider's toRunState", () => {
    expect(toRunState("processed")).toBe("succeeded");
    expect(toRunState("error")).toBe("failed");
  });
});
