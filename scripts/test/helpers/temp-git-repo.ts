import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "docrun test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "docrun test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
};

/** A throwaway git repository in the OS temp folder, for tests that need real history. */
export interface TempGitRepo {
  dir: string;
  write(path: string, contents: string): void;
  remove(path: string): void;
  git(...args: string[]): string;
  commitAll(message: string): void;
  /** Tags HEAD the way `changeset publish` does: an annotated tag `<name>@<version>`. */
  tagRelease(name: string, version: string): void;
  cleanup(): void;
}

/** Creates a repository on branch `main` holding `files`, committed once. */
export function createTempGitRepo(files: Record<string, string>): TempGitRepo {
  const dir = mkdtempSync(join(tmpdir(), "docrun-git-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env: GIT_ENV, encoding: "utf8" });
  const write = (path: string, contents: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  };
  git("init", "--quiet", "--initial-branch=main");
  for (const [path, contents] of Object.entries(files)) write(path, contents);
  const commitAll = (message: string) => {
    git("add", "--all");
    git("commit", "--quiet", "--allow-empty", "-m", message);
  };
  commitAll("initial");
  return {
    dir,
    write,
    remove: (path) => rmSync(join(dir, path), { force: true }),
    git,
    commitAll,
    tagRelease: (name, version) => void git("tag", "-a", "-m", `${name}@${version}`, `${name}@${version}`),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs a repo script with node and returns its exit code and combined output. */
export function runScript(
  script: string,
  args: string[],
  cwd?: string,
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, DOCRUN_BASE_REF: "" },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
