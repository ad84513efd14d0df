// A user's clone has nothing beside it: no tracked file may read or link a path outside the
// repository, and the vendored upstream documents must be the bytes their provenance names.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter(Boolean);

// Relative paths that climb with `../` (at least once), as written in code, docs and configs.
const RELATIVE_PATH = /(?<![\w./-])((?:\.\.\/)+)([\w@.$-][\w@./$-]*)/g;
// Absolute paths of a developer's or CI's machine.
const MACHINE_PATH = /(?<![\w.-])\/(?:work|root|home\/[\w.-]+|Users\/[\w.-]+|tmp\/fresh)\/[\w.-]+/g;

function textOf(file: string): string | undefined {
  const bytes = readFileSync(join(root, file));
  return bytes.includes(0) ? undefined : bytes.toString("utf8");
}

/** Where a `../…` path written in `file` lands, for the two ways code resolves one. */
function landsOutside(file: string, climb: string): boolean {
  const fromFile = resolve(root, dirname(file), climb);
  return relative(root, fromFile).startsWith("..");
}

function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(RELATIVE_PATH)) {
    const [whole, climb = ""] = match;
    if (/(^|\/)shared\//.test(match[2] ?? "") || landsOutside(file, climb)) found.push(whole);
  }
  for (const match of text.matchAll(MACHINE_PATH)) found.push(match[0]);
  return found;
}

describe("the repository is self-contained", () => {
  it("lists tracked files to check", () => {
    expect(tracked.length).toBeGreaterThan(100);
    expect(tracked).toContain("specs/upstream/retab.openapi.json");
  });

  it("no tracked file references a path outside the repository", () => {
    const offenders: string[] = [];
    for (const file of tracked) {
      if (file === "pnpm-lock.yaml" || file.startsWith("specs/upstream/")) continue;
      const text = textOf(file);
      if (text === undefined) continue;
      for (const reference of outsideReferences(file, text)) offenders.push(`${file}: ${reference}`);
    }
    expect(offenders).toEqual([]);
  });

  it("the check itself catches a sibling-folder path and a machine path", () => {
    // Assembled at run time so this file does not hold the very strings it forbids.
    const up = (levels: number) => "../".repeat(levels);
    const sibling = `${up(1)}shared`;
    const machine = ["", "work", "main"].join("/");
    const retabTest = "packages/retab/src/a.test.ts";
    expect(outsideReferences(retabTest, `new URL("${up(3)}${sibling}/x.json")`)).toEqual([
      `${up(3)}${sibling}/x.json`,
    ]);
    expect(outsideReferences("docs/ARCHITECTURE.md", `see ${sibling}/design.md`)).toEqual([
      `${sibling}/design.md`,
    ]);
    expect(outsideReferences("README.md", `cloned at ${machine}/specs`)).toEqual([machine]);
    expect(outsideReferences(retabTest, `new URL("${up(3)}specs/x.yaml")`)).toEqual([]);
    expect(outsideReferences(retabTest, `new URL("${up(4)}specs/x.yaml")`)).toEqual([`${up(4)}specs/x.yaml`]);
  });
});

describe("vendored upstream documents match their provenance", () => {
  const provenanceFiles = tracked.filter((file) => /^specs\/upstream\/.+\.provenance\.json$/.test(file));

  it("every vendored document has a provenance record", () => {
    const documents = tracked.filter(
      (file) =>
        file.startsWith("specs/upstream/") && !file.endsWith(".provenance.json") && !file.endsWith(".md"),
    );
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents)
      expect(provenanceFiles).toContain(document.replace(/\.json$/, ".provenance.json"));
  });

  it.each(provenanceFiles)("%s: the bytes hash to the recorded sha256", (provenanceFile) => {
    const provenance = JSON.parse(readFileSync(join(root, provenanceFile), "utf8")) as {
      file: string;
      bytes: number;
      sha256: string;
      source: string;
      takenOn: string;
    };
    expect(provenance.source).toMatch(/^https:\/\//);
    expect(provenance.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const bytes = readFileSync(join(root, "specs", "upstream", provenance.file));
    expect(bytes.length).toBe(provenance.bytes);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(provenance.sha256);
  });
});
