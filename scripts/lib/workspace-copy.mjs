// A temporary copy of the workspace a release can be rehearsed in: versioned, regenerated and
// packed without touching the real checkout.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { gitOutput } from "./git.mjs";

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "docrun release e2e",
  GIT_AUTHOR_EMAIL: "release-e2e@example.invalid",
  GIT_COMMITTER_NAME: "docrun release e2e",
  GIT_COMMITTER_EMAIL: "release-e2e@example.invalid",
};

/**
 * Copies the workspace at `repoRoot` into `dest`: every tracked or new (not ignored) file, each
 * package's built `dist/` and its `node_modules` links (relative, so they point into the copy),
 * and a link to the root node_modules. The copy is a fresh git repository with one commit.
 * @example const copy = copyWorkspace(root, join(tmp, "workspace"));
 */
export function copyWorkspace(repoRoot, dest) {
  const listed = gitOutput(["ls-files", "--cached", "--others", "--exclude-standard", "-z"], repoRoot);
  if (listed === null) throw new Error(`${repoRoot} is not a git checkout`);
  // `node_modules/` in .gitignore does not match a node_modules *symlink*; links are made below.
  const files = listed.split("\0").filter((file) => file && !/(^|\/)node_modules(\/|$)/.test(file));
  for (const file of files) {
    const from = join(repoRoot, file);
    if (!existsSync(from) || lstatSync(from).isDirectory()) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(from, join(dest, file), { verbatimSymlinks: true });
  }
  const packagesDir = join(repoRoot, "packages");
  for (const name of readdirSync(packagesDir)) {
    const dist = join(packagesDir, name, "dist");
    if (existsSync(dist)) cpSync(dist, join(dest, "packages", name, "dist"), { recursive: true });
    copyLinks(join(packagesDir, name, "node_modules"), join(dest, "packages", name, "node_modules"));
  }
  symlinkSync(join(repoRoot, "node_modules"), join(dest, "node_modules"), "dir");
  const git = (...args) => execFileSync("git", args, { cwd: dest, env: GIT_ENV, stdio: "pipe" });
  git("init", "--quiet", "--initial-branch=main");
  git("add", "--all");
  git("commit", "--quiet", "--no-verify", "-m", "workspace copy for the release rehearsal");
  return {
    dir: dest,
    commitAll: (message) => (git("add", "--all"), git("commit", "--quiet", "--no-verify", "-m", message)),
  };
}

// pnpm's package-level node_modules holds only links (relative) and a .bin folder.
function copyLinks(from, to) {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isSymbolicLink()) {
      mkdirSync(to, { recursive: true });
      symlinkSync(readlinkSync(source), join(to, entry.name));
    } else if (entry.isDirectory() && entry.name.startsWith("@")) {
      copyLinks(source, join(to, entry.name));
    }
  }
}
