// Small synchronous git helpers shared by the release checks. Read-only: nothing here changes
// the repository's state.
import { spawnSync } from "node:child_process";

/**
 * Runs git in `cwd` and returns its stdout, or `null` when git exits non-zero.
 * @example gitOutput(["rev-parse", "HEAD"], root) // "3f2c…\n"
 */
export function gitOutput(args, cwd) {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
}

/**
 * The contents of `path` at `ref`, or `null` when the file does not exist there.
 * @example readAtRef("origin/main", "specs/extend.openapi.yaml", root)
 */
export function readAtRef(ref, path, cwd) {
  return gitOutput(["show", `${ref}:${path}`], cwd);
}

/**
 * The commit the current work is compared against, and how it was chosen.
 *
 * Order: an explicit `--base`, then `DOCRUN_BASE_REF`, then the pull request's target branch
 * (`GITHUB_BASE_REF` → `origin/<branch>`), then `origin/main`, then `main`. The answer is the
 * merge-base of that ref and HEAD, so commits that landed on the base branch after this branch
 * forked are not mistaken for this branch's changes. `null` when none of them exists (a fresh
 * repository with no history to compare against).
 *
 * @example resolveBase({ cwd: root, explicit: undefined }) // { ref: "origin/main", commit: "…" }
 */
export function resolveBase({ cwd, explicit, env = process.env }) {
  const candidates = [
    explicit,
    env.DOCRUN_BASE_REF,
    env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined,
    "origin/main",
    "main",
  ].filter((ref) => typeof ref === "string" && ref.length > 0);
  for (const ref of candidates) {
    if (gitOutput(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd) === null) {
      if (ref === explicit) throw new Error(`--base ${ref}: no such commit or branch`);
      continue;
    }
    const mergeBase = gitOutput(["merge-base", ref, "HEAD"], cwd)?.trim();
    return { ref, commit: mergeBase || ref };
  }
  return null;
}

/**
 * Files that differ between `commit` and the working tree (committed, staged or not), plus new
 * untracked files, as repository-relative paths. In CI the working tree is the branch head, so
 * this is the branch's change; locally it also covers work not yet committed.
 * @example changedFiles("3f2c…", root) // ["packages/extend/src/client.ts"]
 */
export function changedFiles(commit, cwd) {
  const tracked = gitOutput(["diff", "--name-only", commit], cwd) ?? "";
  const untracked = gitOutput(["ls-files", "--others", "--exclude-standard"], cwd) ?? "";
  return [...new Set([...tracked.split("\n"), ...untracked.split("\n")].filter(Boolean))].sort();
}
