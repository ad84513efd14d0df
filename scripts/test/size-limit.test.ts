import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/specs.js";

interface SizeCheck {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit?: number;
}

describe("size budgets (pnpm size)", () => {
  it("keeps core and a one-call program per provider within their size guards, min+gzip", () => {
    const result = spawnSync(`${REPO_ROOT}node_modules/.bin/size-limit`, ["--json"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      timeout: 240_000,
    });
    const start = result.stdout.indexOf("[");
    if (start < 0)
      throw new Error(
        `size-limit printed no report (exit ${result.status}):\n${result.stdout}${result.stderr}`,
      );
    const checks = JSON.parse(result.stdout.slice(start)) as SizeCheck[];
    expect(checks.map((check) => check.name)).toEqual(
      expect.arrayContaining([
        "@docrun/core as @docrun/extend uses it",
        "one @docrun/anyformat call (client + one list), core and openapi-fetch included",
        "one @docrun/extend call (client + one list), core and openapi-fetch included",
        "one @docrun/retab call (client + one list), core and openapi-fetch included",
      ]),
    );
    const over = checks
      .filter((check) => !check.passed)
      .map((check) => `${check.name}: ${check.size} B > ${check.sizeLimit} B`);
    expect(over, `over budget (min+gzip):\n  ${over.join("\n  ")}`).toEqual([]);
    expect(result.status).toBe(0);
  });
});
