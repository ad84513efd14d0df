// What a published docrun package must look like: its package.json fields and the files its
// tarball may hold. Pure functions over data, so the rules read in one place.
import { posix } from "node:path";

const ALWAYS_ALLOWED = new Set(["package.json", "README.md", "LICENSE", "CHANGELOG.md"]);
const REQUIRED_FILES = ["package.json", "README.md", "LICENSE"];
const BUILT_FILE = /^dist\/.+\.(js|d\.ts|js\.map|d\.ts\.map)$/;
const FORBIDDEN = [
  [/\.test(-d)?\.[^/]+$/, "a test file"],
  [/(^|\/)__fixtures__\//, "a fixture"],
  [/(^|\/)(fixtures?|tests?|__tests__)\//, "a test or fixture folder"],
  [/\.tsbuildinfo$/, "a TypeScript build-info file"],
];

/**
 * Problems with a package.json for a published docrun package (empty when it is fine).
 * @example manifestProblems({ type: "commonjs" }, "packages/core") // ['"type" must be "module"', …]
 */
export function manifestProblems(manifest, dir) {
  const problems = [];
  if (manifest.type !== "module") problems.push('"type" must be "module"');
  if (manifest.sideEffects !== false)
    problems.push('"sideEffects" must be false (bundlers tree-shake unused helpers)');
  if (!manifest.engines?.node) problems.push('"engines.node" is missing');
  if (manifest.repository?.directory !== dir) {
    problems.push(
      `"repository.directory" must be "${dir}" (is ${JSON.stringify(manifest.repository?.directory)})`,
    );
  }
  if (manifest.publishConfig?.access !== "public")
    problems.push('"publishConfig.access" must be "public" (scoped packages are private by default)');
  if (!Array.isArray(manifest.files)) problems.push('"files" allowlist is missing');
  if (!manifest.license) problems.push('"license" is missing');
  const exportsField = manifest.exports;
  if (typeof exportsField !== "object" || exportsField === null || !exportsField["."]) {
    problems.push('"exports" must map "."');
  } else {
    if (exportsField["./package.json"] !== "./package.json")
      problems.push('"exports" must expose "./package.json"');
    for (const [subpath, target] of Object.entries(exportsField)) {
      if (typeof target !== "object" || target === null) continue;
      const first = Object.keys(target)[0];
      if (first !== "types")
        problems.push(
          `"exports"["${subpath}"]: "types" must come first (TypeScript picks the first match), found "${first}"`,
        );
    }
  }
  return problems;
}

/**
 * Every file the manifest points at (exports targets, main, types, bin), tarball-relative.
 * @example referencedFiles({ main: "./dist/index.js" }) // ["dist/index.js"]
 */
export function referencedFiles(manifest) {
  const found = new Set();
  const add = (value) => {
    if (typeof value === "string") found.add(posix.normalize(value).replace(/^\.\//, ""));
    else if (value && typeof value === "object") Object.values(value).forEach(add);
  };
  add(manifest.exports);
  add(manifest.main);
  add(manifest.types);
  add(manifest.bin);
  return [...found].filter((file) => !file.includes("*"));
}

/**
 * Problems with the list of files a tarball would hold (paths relative to the package root).
 * `readSourceMap(path)` returns a map file's parsed JSON, to check its sources are shipped too.
 * @example tarballProblems(["package.json", "dist/index.js", "src/index.ts"], manifest, read) // ["src/index.ts: source (src/) …", …]
 */
export function tarballProblems(files, manifest, readSourceMap) {
  const problems = [];
  const shipped = new Set(files);
  const binFiles = new Set(referencedFiles({ bin: manifest.bin }));
  // Sources ship only so that the maps in dist/ resolve (debuggers, "go to definition").
  const mapped = new Set();
  for (const file of files.filter((name) => name.endsWith(".map"))) {
    const map = readSourceMap(file);
    const base = posix.join(posix.dirname(file), map?.sourceRoot ?? "");
    for (const source of map?.sources ?? []) mapped.add(posix.normalize(posix.join(base, source)));
  }
  for (const file of files) {
    // npm always packs a folder's README.md: one beside shipped sources is documentation, not code.
    const folderReadme = /^src\/(.+\/)?README\.md$/.test(file);
    if (folderReadme) continue;
    if (/^src\//.test(file) && !mapped.has(file) && !FORBIDDEN.some(([pattern]) => pattern.test(file))) {
      problems.push(`${file}: source (src/) that no source map points at — ship dist/ only`);
      continue;
    }
    const forbidden = FORBIDDEN.find(([pattern]) => pattern.test(file));
    if (forbidden) {
      problems.push(`${file}: ${forbidden[1]} must not be published`);
      continue;
    }
    if (!ALWAYS_ALLOWED.has(file) && !BUILT_FILE.test(file) && !binFiles.has(file) && !mapped.has(file)) {
      problems.push(
        `${file}: not built code, types, README, CHANGELOG, LICENSE or a bin — keep it out of "files"`,
      );
    }
    if (file.endsWith(".map")) {
      const map = readSourceMap(file);
      const base = posix.join(posix.dirname(file), map?.sourceRoot ?? "");
      for (const source of map?.sources ?? []) {
        const target = posix.normalize(posix.join(base, source));
        if (!shipped.has(target)) problems.push(`${file}: points at ${target}, which is not in the tarball`);
      }
    }
  }
  for (const file of [...REQUIRED_FILES, ...referencedFiles(manifest)]) {
    if (!shipped.has(file))
      problems.push(
        `${file}: missing from the tarball${file.startsWith("dist/") ? " (run `pnpm build` first?)" : ""}`,
      );
  }
  return problems;
}
