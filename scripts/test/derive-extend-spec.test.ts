import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/specs.js";

const UPSTREAM = join(REPO_ROOT, "specs", "upstream");
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function derive(out: string, date: string) {
  return spawnSync(
    process.execPath,
    [join(REPO_ROOT, "scripts", "derive-extend-spec.mjs"), "--out", out, "--date", date],
    { encoding: "utf8", timeout: 240_000 },
  );
}

describe("specs/upstream/extend.openapi.json (derived from extend-ai)", () => {
  it("is exactly what scripts/derive-extend-spec.mjs writes from the installed extend-ai", () => {
    const provenance = JSON.parse(readFileSync(join(UPSTREAM, "extend.openapi.provenance.json"), "utf8"));
    dir = mkdtempSync(join(tmpdir(), "docrun-derive-extend-"));
    const result = derive(dir, provenance.takenOn);
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    // Byte-for-byte: a second derivation from the same SDK changes nothing, and the committed
    // document cannot be edited by hand without this failing.
    expect(readFileSync(join(dir, "extend.openapi.json"), "utf8")).toBe(
      readFileSync(join(UPSTREAM, "extend.openapi.json"), "utf8"),
    );
    expect(readFileSync(join(dir, "extend.openapi.provenance.json"), "utf8")).toBe(
      readFileSync(join(UPSTREAM, "extend.openapi.provenance.json"), "utf8"),
    );
  });

  it("records where it came from: extend-ai 1.17.0, every resource method plus the root client's", () => {
    const provenance = JSON.parse(readFileSync(join(UPSTREAM, "extend.openapi.provenance.json"), "utf8"));
    expect(provenance.derivedFrom).toMatchObject({ package: "extend-ai", version: "1.17.0", license: "MIT" });
    expect(provenance.command).toBe("node scripts/derive-extend-spec.mjs");
    // 103 methods over 28 resources, plus the root client's 6 synchronous ones.
    expect(provenance).toMatchObject({ operations: 109, resources: 28 });
    const doc = JSON.parse(readFileSync(join(UPSTREAM, "extend.openapi.json"), "utf8"));
    const operations = Object.values(doc.paths as Record<string, object>).flatMap((item) =>
      Object.keys(item),
    );
    expect(operations).toHaveLength(109);
  });
});
