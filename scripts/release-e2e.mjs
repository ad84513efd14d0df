#!/usr/bin/env node
// `pnpm test:release`: rehearses a release through a real npm registry and leaves nothing behind.
//  1. build; copy the workspace to a temp git repo; version every package there (changesets)
//  2. start verdaccio on 127.0.0.1 (no uplinks, temp storage); publish the packages (pnpm pack +
//     npm publish) and, from the local install, the third-party packages they depend on
//  3. per provider: `npm install @docrun/<provider>` into an empty folder, check the installed
//     tree, type-check a consumer under node16 and bundler resolution, run it against the
//     emulator installed from the same registry
//  4. change the Extend spec, regenerate, add a changeset, version, publish: only @docrun/extend
//     gets a new version and the consumer upgrades to it
// Verdaccio and the emulators are stopped in `finally` and on SIGINT/SIGTERM. Debugging options:
// --keep (keep the temp folder), --skip-build, --provider <name> (repeatable; consumers to check).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createNpmClient } from "./lib/npm-client.mjs";
import { publishablePackages } from "./lib/packages.mjs";
import { killAllNow, runCommand } from "./lib/processes.mjs";
import { startRegistry } from "./lib/verdaccio.mjs";
import { copyWorkspace } from "./lib/workspace-copy.mjs";
import {
  installedPackages,
  npmInstallInto,
  runConsumerAgainstEmulator,
  typecheckConsumer,
} from "./release-e2e/consumer-checks.mjs";
import { consumerSource, PROVIDERS } from "./release-e2e/consumers.mjs";
import { thirdPartyClosure } from "./release-e2e/registry-contents.mjs";
import { check, REPO_ROOT, run } from "./release-e2e/shared.mjs";
import {
  addChangeset,
  addOptionalQueryParameter,
  publishPackages,
  versionPackages,
} from "./release-e2e/workspace-release.mjs";

const { values } = parseArgs({
  options: {
    keep: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    // Debugging aid: rehearse the consumers of these providers only (default: all).
    provider: { type: "string", multiple: true },
  },
});
const repoRoot = REPO_ROOT;
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
const startedAt = Date.now();
const tmp = mkdtempSync(join(tmpdir(), "docrun-release-e2e-"));
const cleanupTemp = () =>
  values.keep ? console.log(`kept ${tmp}`) : rmSync(tmp, { recursive: true, force: true });

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    killAllNow();
    cleanupTemp();
    process.exit(130);
  });
}

const step = (text) => console.log(`\n▶ ${text} (${((Date.now() - startedAt) / 1000).toFixed(1)}s)`);
let registry;
try {
  if (!values["skip-build"]) {
    step("build every package");
    await run(
      "pnpm",
      ["exec", "turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"],
      repoRoot,
      {
        ...process.env,
        TURBO_TELEMETRY_DISABLED: "1",
      },
    );
  }

  step("copy the workspace and version every package (changeset version)");
  const workspace = copyWorkspace(repoRoot, join(tmp, "workspace"));
  const names = publishablePackages(workspace.dir).map((pkg) => pkg.name);
  addChangeset(
    workspace,
    "release-e2e-first",
    Object.fromEntries(names.map((name) => [name, "minor"])),
    "First release (release rehearsal).",
  );
  const firstVersions = await versionPackages(workspace);
  workspace.commitAll("version packages");
  console.log(
    `  ${Object.entries(firstVersions)
      .map(([n, v]) => `${n}@${v}`)
      .join(", ")}`,
  );

  step("check what each package would publish");
  await run(
    process.execPath,
    [join(workspace.dir, "scripts", "check-packages.mjs"), "--root", workspace.dir],
    workspace.dir,
  );

  step("start verdaccio and publish");
  registry = await startRegistry(join(tmp, "registry"));
  const npm = createNpmClient(tmp, registry.url);
  mkdirSync(join(tmp, "tarballs"), { recursive: true });
  console.log(`  registry ${registry.url}`);
  const thirdParty = thirdPartyClosure(
    publishablePackages(workspace.dir).map((pkg) => pkg.manifest),
    join(repoRoot, "packages", "core"),
  );
  for (const [name, installed] of thirdParty) {
    // pnpm's store hard-links identical files; npm packs those as tar hard links, which npm
    // install then drops. Packing a plain copy gives every file its own bytes.
    const folder = join(tmp, "third-party", name);
    cpSync(installed, folder, { recursive: true, dereference: true });
    const packed = JSON.parse(
      await npm(["pack", folder, "--ignore-scripts", "--json", "--pack-destination", join(tmp, "tarballs")], {
        cwd: tmp,
      }),
    );
    await npm(["publish", join(tmp, "tarballs", packed[0].filename), "--access", "public"], { cwd: tmp });
    console.log(`  published ${name}@${packed[0].version} (third party, from the local install)`);
  }
  await publishPackages(workspace, npm, names, join(tmp, "tarballs"));

  step("install the emulator from the registry");
  const emulatorApp = join(tmp, "emulator-app");
  await npmInstallInto(emulatorApp, npm, "@docrun/emulator");

  // What one provider package brings: itself, core, and their third-party closure (the emulator's
  // own dependencies, published above for the emulator app, are not part of it).
  const manifestOf = (name) =>
    publishablePackages(workspace.dir).find((pkg) => pkg.manifest.name === name).manifest;
  const expectedTree = (provider) =>
    [
      `@docrun/${provider}`,
      "@docrun/core",
      ...thirdPartyClosure(
        [manifestOf("@docrun/core"), manifestOf(`@docrun/${provider}`)],
        join(repoRoot, "packages", "core"),
      ).keys(),
    ].sort();
  const consumers = PROVIDERS.filter((p) => !values.provider || values.provider.includes(p.provider));
  step(
    `consumers of ${consumers.map((c) => `@docrun/${c.provider}`).join(", ")}, side by side: install, tree, tsc (node16 + bundler), run against the emulator`,
  );
  const reports = await Promise.all(
    consumers.map(async (consumer) => {
      const dir = join(tmp, `consumer-${consumer.provider}`);
      await npmInstallInto(dir, npm, `@docrun/${consumer.provider}`);
      const tree = installedPackages(dir);
      check(
        JSON.stringify(tree) === JSON.stringify(expectedTree(consumer.provider)),
        `installed tree is ${tree.join(", ")}; expected ${expectedTree(consumer.provider).join(", ")}`,
      );
      writeFileSync(join(dir, "consumer.ts"), consumerSource(consumer));
      await typecheckConsumer(dir);
      const result = await runConsumerAgainstEmulator(dir, emulatorApp, consumer);
      return `  installed ${tree.join(", ")}; ran: ${JSON.stringify(result)}`;
    }),
  );
  for (const report of reports) console.log(report);

  step("upgrade path: change the Extend spec, regenerate, changeset, version, publish");
  const extend = PROVIDERS.find((p) => p.provider === "extend");
  // Extend's spec is generated from the derived document plus an overlay: change its source.
  addOptionalQueryParameter(
    join(workspace.dir, "specs", "upstream", "extend.openapi.json"),
    "/workflow_runs",
    "releaseRehearsalFilter",
  );
  await run(
    process.execPath,
    [join(workspace.dir, "scripts", "generate.mjs"), "--root", workspace.dir, "--provider", "extend"],
    workspace.dir,
  );
  await run(process.execPath, [tsc, "-p", "tsconfig.build.json"], join(workspace.dir, "packages", "extend"));
  const releaseCheck = (script) =>
    runCommand(
      process.execPath,
      [join(workspace.dir, "scripts", script), "--root", workspace.dir, "--base", "HEAD"],
      { cwd: workspace.dir },
    );
  for (const script of ["spec-bump-check.mjs", "changeset-required.mjs"]) {
    check((await releaseCheck(script)).status === 1, `${script} passed a spec change that has no changeset`);
  }
  addChangeset(
    workspace,
    "release-e2e-filter",
    { "@docrun/extend": "minor" },
    "Filter workflow runs with `releaseRehearsalFilter`.",
  );
  for (const script of ["spec-bump-check.mjs", "changeset-required.mjs"]) {
    const result = await releaseCheck(script);
    check(
      result.status === 0,
      `${script} still fails with a minor changeset for @docrun/extend:\n${result.stdout}${result.stderr}`,
    );
  }
  const secondVersions = await versionPackages(workspace);
  const changed = names.filter((name) => secondVersions[name] !== firstVersions[name]);
  // Internal dependents (the CLI) move with it: changesets bumps them as a patch, by design.
  const dependsOnExtend = (name) =>
    "@docrun/extend" in
    (JSON.parse(
      readFileSync(join(workspace.dir, "packages", name.replace("@docrun/", ""), "package.json"), "utf8"),
    ).dependencies ?? {});
  const expected = names.filter((name) => name === "@docrun/extend" || dependsOnExtend(name));
  check(
    JSON.stringify(changed) === JSON.stringify(expected),
    `changeset version bumped ${changed.join(", ") || "nothing"}; expected ${expected.join(", ")}`,
  );
  await publishPackages(workspace, npm, changed, join(tmp, "tarballs"));
  console.log(`  @docrun/extend ${firstVersions["@docrun/extend"]} → ${secondVersions["@docrun/extend"]}`);

  const extendConsumer = join(tmp, "consumer-extend");
  await npm(["install", "@docrun/extend@latest"], { cwd: extendConsumer });
  const installedVersion = (name) =>
    JSON.parse(readFileSync(join(extendConsumer, "node_modules", name, "package.json"), "utf8")).version;
  check(
    installedVersion("@docrun/extend") === secondVersions["@docrun/extend"],
    `consumer has @docrun/extend@${installedVersion("@docrun/extend")} after upgrading`,
  );
  check(
    installedVersion("@docrun/core") === firstVersions["@docrun/core"],
    "the upgrade changed @docrun/core",
  );
  const coreVersions = JSON.parse(await npm(["view", "@docrun/core", "versions", "--json"], { cwd: tmp }));
  check([coreVersions].flat().length === 1, `@docrun/core was published again: ${coreVersions}`);
  const schema = readFileSync(
    join(extendConsumer, "node_modules", "@docrun", "extend", "dist", "generated", "schema.d.ts"),
    "utf8",
  );
  check(
    schema.includes("releaseRehearsalFilter"),
    "the upgraded @docrun/extend types lack the new query parameter",
  );
  await typecheckConsumer(extendConsumer);
  await runConsumerAgainstEmulator(extendConsumer, emulatorApp, extend);
  console.log(
    `  consumer upgraded to @docrun/extend@${installedVersion("@docrun/extend")}; @docrun/core stays ${installedVersion("@docrun/core")}`,
  );

  console.log(`\nrelease e2e passed in ${((Date.now() - startedAt) / 1000).toFixed(1)}s`);
} catch (error) {
  console.error(`\nrelease e2e FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await registry?.stop();
  killAllNow();
  cleanupTemp();
}
