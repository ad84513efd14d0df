// What a newcomer does with each package README (issue 18): import every name it mentions from
// that README's own package, run its shell commands, and `require()` it from CommonJS.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const PROVIDERS = ["anyformat", "extend", "retab"] as const;
const PACKAGES = [...PROVIDERS, "core", "emulator"] as const;

const readme = (dir: string) => readFileSync(join(root, "packages", dir, "README.md"), "utf8");
const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as {
    name: string;
    version: string;
    bin?: Record<string, string>;
  };
const blocks = (text: string, languages: string) =>
  // Fragments too: what a fragment imports must still be exported.
  [...text.matchAll(new RegExp("```(?:" + languages + ")(?: fragment)?\\n([\\s\\S]*?)```", "g"))].map(
    (m) => m[1]!,
  );

/** Value names a README imports (or requires) from `name`, type-only imports left out. */
function importedNames(text: string, name: string): string[] {
  const found = new Set<string>();
  const code = blocks(text, "ts|js").join("\n");
  const escaped = name.replace(/[/@]/g, "\\$&");
  const imports = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s+from\\s+"${escaped}"`, "g");
  for (const [, typeOnly, list] of code.matchAll(imports)) {
    if (typeOnly) continue;
    for (const item of list!.split(",").map((part) => part.trim()))
      if (item && !item.startsWith("type ")) found.add(item.split(/\s+as\s+/)[0]!);
  }
  const requires = new RegExp(`\\{([^}]*)\\}\\s*=\\s*require\\("${escaped}"\\)`, "g");
  for (const [, list] of code.matchAll(requires))
    for (const item of list!.split(",").map((part) => part.trim())) if (item) found.add(item.split(":")[0]!);
  return [...found];
}

/** Error classes a provider README's prose tells you to catch (`NotFoundError`, …). */
// Error classes of the official SDKs that a README compares against (extend-ai's, in the Extend
// README's webhook table): named there on purpose, never exported by docrun.
const OTHER_SDKS_ERRORS = new Set(["WebhookSignatureVerificationError", "WebhookParseError"]);
const proseErrorNames = (text: string) =>
  [...new Set([...text.matchAll(/`([A-Z]\w*Error)`/g)].map((m) => m[1]!))].filter(
    (name) => !OTHER_SDKS_ERRORS.has(name),
  );

describe("every provider package exports core's public names", () => {
  it.each(PROVIDERS)(
    "@docrun/%s re-exports every runtime name of @docrun/core/public, the same objects",
    async (provider) => {
      const shared = (await import("@docrun/core/public")) as Record<string, unknown>;
      const own = (await import(`@docrun/${provider}`)) as Record<string, unknown>;
      const names = Object.keys(shared);
      expect(names).toEqual(
        expect.arrayContaining(["DocrunError", "ConnectionError", "TimeoutError", "ConflictError"]),
      );
      for (const name of names) expect(own[name], `${name} from @docrun/${provider}`).toBe(shared[name]);
    },
  );

  it.each(PACKAGES)(
    "every name the %s README imports or names as an error is exported by its package",
    async (dir) => {
      const { name } = manifest(dir);
      const exported = (await import(name)) as Record<string, unknown>;
      const text = readme(dir);
      const wanted = [
        ...importedNames(text, name),
        ...(PROVIDERS.includes(dir as never) ? proseErrorNames(text) : []),
      ];
      expect(wanted.length).toBeGreaterThan(0);
      expect(wanted.filter((item) => !(item in exported))).toEqual([]);
    },
  );
});

describe("README shell commands", () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterAll(() => children.forEach((child) => child.exitCode === null && child.kill("SIGKILL")));

  // `npx <bin>` works only when a package providing <bin> is installed: the README's own package
  // (its Install section installs it), else the command must say `npx -p <package> <bin>`.
  const commands = PACKAGES.flatMap((dir) =>
    blocks(readme(dir), "sh")
      .flatMap((block) => block.split("\n"))
      .filter((line) => /^npx\s/.test(line))
      .map((line) => ({ dir, line })),
  );

  it("the READMEs hold npx commands", () => {
    expect(commands.map(({ dir }) => dir)).toEqual(expect.arrayContaining(["anyformat", "emulator"]));
  });

  it.each(commands)("$dir: `$line` resolves to a bin that runs", async ({ dir, line }) => {
    const words = line.split(/\s+/).slice(1);
    let owner = dir as string;
    if (words[0] === "-p") {
      const name = words[1]!;
      owner = PACKAGES.find((candidate) => manifest(candidate).name === name) ?? "";
      expect(owner, `${name} is a docrun package`).not.toBe("");
      words.splice(0, 2);
    }
    const [bin, ...args] = words;
    const target = manifest(owner).bin?.[bin!];
    expect(target, `${manifest(owner).name} has no bin named ${bin}`).toBeDefined();
    const binPath = join(root, "packages", owner, target!);
    const version = spawnSync(process.execPath, [binPath, "--version"], { encoding: "utf8" });
    expect(version.stdout.trim()).toBe(manifest(owner).version);
    const help = spawnSync(process.execPath, [binPath, "--help"], { encoding: "utf8" });
    expect(help.stdout).toContain(`usage: ${bin}`);
    // The command itself, on a free port instead of the README's fixed one: it must print its URL.
    const child = spawn(process.execPath, [
      binPath,
      ...args.map((arg, i) => (args[i - 1] === "--port" ? "0" : arg)),
    ]);
    children.push(child);
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout!.on(
        "data",
        (chunk: Buffer) => (out += chunk) && out.includes("\n") && resolve(out.trim()),
      );
      child.on("exit", (code) => reject(new Error(`exited ${code} before printing its URL`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    child.kill("SIGTERM");
  });
});

describe("CommonJS", () => {
  const dir = mkdtempSync(join(root, "tests", "readme", ".cjs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(PROVIDERS)("the %s README's require() example runs from a .cjs file on this Node", (provider) => {
    const example = blocks(readme(provider), "js").find((block) => block.includes("require("));
    expect(example, "a ```js block with require()").toBeDefined();
    const names = importedNames("```js\n" + example + "```", `@docrun/${provider}`);
    expect(names.length).toBeGreaterThan(0);
    const file = join(dir, `${provider}.cjs`);
    writeFileSync(
      file,
      `${example}\nconsole.log(JSON.stringify([${names.map((n) => `typeof ${n}`).join(", ")}]));\n`,
    );
    const run = spawnSync(process.execPath, [file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(names.map(() => "function"));
  });
});
