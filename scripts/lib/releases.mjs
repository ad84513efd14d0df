// A package's last release, as the git tag `changeset publish` / `changeset tag` leave behind
// (`<name>@<version>`), and how far the working tree's version has moved past it. Read-only.
import { gitOutput } from "./git.mjs";

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * The highest-versioned `<packageName>@<version>` tag reachable from HEAD, or `null` when the
 * package has never been released (or the clone has no tags).
 *
 * `git describe --match` would pick the tag nearest in history, which is not always the highest
 * version (two tags on one commit, a tag on a merged side branch); listing the reachable tags and
 * sorting them by semver picks the last release whatever the history looks like.
 *
 * @example lastRelease("@docrun/extend", root) // { tag: "@docrun/extend@0.2.0", version: "0.2.0", commit: "3f2c…" }
 */
export function lastRelease(packageName, cwd) {
  const prefix = `${packageName}@`;
  const listed = gitOutput(["tag", "--merged", "HEAD", "--list", `${prefix}*`], cwd) ?? "";
  const releases = listed
    .split("\n")
    .filter((tag) => tag.startsWith(prefix) && SEMVER.test(tag.slice(prefix.length)))
    .map((tag) => ({ tag, version: tag.slice(prefix.length) }))
    .sort((a, b) => compareVersions(b.version, a.version));
  const newest = releases[0];
  if (!newest) return null;
  // Annotated tags (what changesets creates) point at a tag object; diffs need the commit.
  const commit = gitOutput(["rev-parse", "--verify", "--quiet", `${newest.tag}^{commit}`], cwd)?.trim();
  return commit ? { ...newest, commit } : null;
}

/**
 * Semver order of two versions: negative when `a` is lower, positive when higher, 0 when equal.
 * A pre-release sorts below its release (`1.0.0-next.1` < `1.0.0`).
 * @example compareVersions("0.10.0", "0.9.0") // 1
 */
export function compareVersions(a, b) {
  const [pa, pb] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (pa.core[i] !== pb.core[i]) return pa.core[i] - pb.core[i];
  if (pa.pre.length === 0 || pb.pre.length === 0) return pb.pre.length - pa.pre.length;
  for (let i = 0; i < Math.max(pa.pre.length, pb.pre.length); i++) {
    const [x, y] = [pa.pre[i], pb.pre[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The semver bump that takes `from` to `to`: "major", "minor" or "patch" by the highest part that
 * grew, "none" when `to` is not above `from`.
 * @example versionBump("0.1.0", "0.2.0") // "minor"
 */
export function versionBump(from, to) {
  if (!SEMVER.test(from) || !SEMVER.test(to) || compareVersions(to, from) <= 0) return "none";
  const [pf, pt] = [parse(from), parse(to)];
  if (pt.core[0] !== pf.core[0]) return "major";
  if (pt.core[1] !== pf.core[1]) return "minor";
  return "patch";
}

function parse(version) {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`"${version}" is not a semver version`);
  return { core: match.slice(1, 4).map(Number), pre: match[4] ? match[4].split(".") : [] };
}
