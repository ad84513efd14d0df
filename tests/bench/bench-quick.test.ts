// `pnpm bench --quick` end to end, so the benchmark never rots: every question runs at tiny sizes
// and the report has each question's goal, verdict and table. The numbers are never asserted.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT, runScript, withoutProviderSettings, type ScriptResult } from "../demo/run-script.js";

const QUESTIONS = [
  "1. Per-request overhead",
  "2. Pagination at scale",
  "3. Waiting for runs",
  "4. Abort",
  "5. Size",
  "6. Generation and type-checking",
  "7. Bulk runs at a rate limit",
];

/** The lines of one `## ` section of the report. */
function section(markdown: string, title: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(`## ${title}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe("pnpm bench --quick", () => {
  const dir = mkdtempSync(join(tmpdir(), "docrun-bench-test-"));
  const out = join(dir, "results.md");
  const committed = join(REPO_ROOT, "bench", "results.md");
  const committedBefore = existsSync(committed) ? statSync(committed).mtimeMs : null;
  let result: ScriptResult;
  let markdown = "";

  beforeAll(async () => {
    result = await runScript(
      ["bench/run.mjs", "--quick", "--out", out],
      withoutProviderSettings({ NO_COLOR: "1" }),
      280_000,
    );
    markdown = existsSync(out) ? readFileSync(out, "utf8") : "";
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("finishes with exit 0 and writes the report where --out says, not over the committed one", () => {
    expect(result.stderr).not.toMatch(/did not run|Error:/);
    expect(result.code).toBe(0);
    expect(markdown).not.toBe("");
    expect(existsSync(committed) ? statSync(committed).mtimeMs : null).toBe(committedBefore);
  });

  test("names the machine, the Node version and the date", () => {
    expect(markdown).toMatch(
      /^Machine: .+, \d+ cores, .* · Node v\d+\.\d+\.\d+ · \d{4}-\d\d-\d\dT[\d:]+Z · `pnpm bench --quick`/m,
    );
  });

  test.each(QUESTIONS)("%s: states its goal, a verdict and a table", (title) => {
    const lines = section(markdown, title);
    expect(lines.length, `section ${title}`).toBeGreaterThan(0);
    expect(lines.join("\n")).toMatch(/^Goal: .+ Result: \*\*(met|not met|not judged)\*\* — .+/m);
    const header = lines.findIndex((line) => line.startsWith("| "));
    expect(header, "a table").toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toMatch(/^\|(-{3}:?\|)+$/);
    expect(lines[header + 2]).toMatch(/^\| .+ \|$/);
    expect(lines.join("\n")).toMatch(/^How: .+/m);
  });

  test("lists every question in the summary and draws the SVG chart beside the report", () => {
    for (const title of QUESTIONS) expect(markdown).toContain(`| ${title} | `);
    const svg = readFileSync(join(dir, "results.svg"), "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("goal");
    expect(svg.match(/<rect /g)?.length ?? 0).toBeGreaterThan(1);
  });
});
