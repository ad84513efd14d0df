// The committed mutation summary counts what Stryker's report says, per file and overall.
import { describe, expect, it } from "vitest";
import { mutationScores, mutationSummaryMarkdown, survivors } from "../lib/mutation-summary.mjs";

const mutant = (status: string, line = 1) => ({
  status,
  mutatorName: "EqualityOperator",
  replacement: "a  <=\n b",
  location: { start: { line, column: 1 } },
});
const report = {
  files: {
    "packages/core/src/b.ts": {
      mutants: [mutant("Killed"), mutant("Timeout"), mutant("Survived", 7), mutant("CompileError")],
    },
    "packages/core/src/a.ts": { mutants: [mutant("Killed"), mutant("NoCoverage", 3), mutant("Ignored")] },
  },
};

describe("mutation summary", () => {
  it("scores (killed + timed out) / (those + survived + not covered), per file and overall", () => {
    const { rows, total } = mutationScores(report);
    expect(rows.map((r) => [r.file, Math.round(r.score * 10) / 10])).toEqual([
      ["packages/core/src/a.ts", 50],
      ["packages/core/src/b.ts", 66.7],
    ]);
    expect(total).toMatchObject({ mutants: 7, killed: 2, timeout: 1, survived: 1, noCoverage: 1, score: 60 });
  });

  it("lists every missed mutant with its place, sorted", () => {
    expect(survivors(report).map((s) => `${s.file}:${s.line} ${s.status}`)).toEqual([
      "packages/core/src/a.ts:3 NoCoverage",
      "packages/core/src/b.ts:7 Survived",
    ]);
  });

  it("writes one Markdown row per file, the total, and the survivors", () => {
    const markdown = mutationSummaryMarkdown(report, {
      durationSeconds: 125,
      command: "pnpm mutation",
    });
    expect(markdown).toContain("| `packages/core/src/a.ts` | 3 | 1 | 0 | 0 | 1 | 50.0 % |");
    expect(markdown).toContain("| **all files** | 7 | 2 | 1 | 1 | 1 | **60.0 %** |");
    expect(markdown).toContain("Last full run: 2 min (`pnpm mutation`).");
    expect(markdown).toContain("- `packages/core/src/b.ts:7` Survived EqualityOperator: `a <= b`");
  });
});
