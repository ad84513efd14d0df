// Checks of a consumer folder: what npm installed, whether it type-checks, whether it runs.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { firstLine, runCommand, startProcess, stopProcess } from "../lib/processes.mjs";
import { consumerTsconfig } from "./consumers.mjs";
import { check, REPO_ROOT, run } from "./shared.mjs";

const TSC = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");

/** Every package name installed under `dir`/node_modules, nested ones included. */
export function installedPackages(dir) {
  const names = [];
  const walk = (nodeModules) => {
    let entries;
    try {
      entries = readdirSync(nodeModules, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const scoped = entry.name.startsWith("@");
      const children = scoped
        ? readdirSync(join(nodeModules, entry.name)).map((child) => `${entry.name}/${child}`)
        : [entry.name];
      for (const name of children) {
        names.push(name);
        walk(join(nodeModules, name, "node_modules"));
      }
    }
  };
  walk(join(dir, "node_modules"));
  return [...new Set(names)].sort();
}

/** Error lines of `tsc -p project` in `dir` (empty when it compiles). */
async function tscErrors(dir, project) {
  const result = await runCommand(process.execPath, [TSC, "-p", project], { cwd: dir });
  const errors = result.stdout.split("\n").filter((line) => /^\S.*\(\d+,\d+\): error TS/.test(line));
  if (result.status !== 0 && errors.length === 0)
    throw new Error(`tsc -p ${project} failed in ${dir}:\n${result.stdout}${result.stderr}`);
  return errors;
}

/** Type-checks consumer.ts under node16 (emitting out/) and bundler resolution. */
export async function typecheckConsumer(dir) {
  // node16 compiles to out/ (what runs next); bundler is checked without output.
  for (const [resolution, emit] of [
    ["node16", true],
    ["bundler", false],
  ]) {
    writeFileSync(
      join(dir, `tsconfig.${resolution}.json`),
      JSON.stringify(consumerTsconfig(resolution, { emit }), null, 2),
    );
    const errors = await tscErrors(dir, `tsconfig.${resolution}.json`);
    check(
      errors.length === 0,
      `the consumer does not type-check under ${resolution} resolution:\n${errors.join("\n")}`,
    );
  }
}

/** Starts the installed emulator for the provider, runs out/consumer.js against it, stops it. */
export async function runConsumerAgainstEmulator(dir, emulatorApp, { provider, envPrefix }) {
  const bin = join(emulatorApp, "node_modules", "@docrun", "emulator", "bin", "docrun-emulator.js");
  const emulator = startProcess(process.execPath, [bin, "--provider", provider, "--seed-runs", "3"], {
    cwd: emulatorApp,
  });
  try {
    const url = await firstLine(emulator, 30_000);
    check(/^http:\/\/127\.0\.0\.1:\d+/.test(url), `emulator printed ${JSON.stringify(url)}, not its URL`);
    const env = {
      ...process.env,
      [`${envPrefix}_API_KEY`]: "release-e2e-key",
      [`${envPrefix}_BASE_URL`]: url,
    };
    const output = (await run(process.execPath, ["out/consumer.js"], dir, env)).trim();
    const result = JSON.parse(output.split("\n").at(-1) ?? "{}");
    check(
      result.provider === provider && result.items > 0 && result.fileRead === true,
      `consumer printed ${output}`,
    );
    return result;
  } finally {
    await stopProcess(emulator);
  }
}

/** `npm install <spec>` into a fresh ESM package folder. */
export async function npmInstallInto(dir, npm, spec) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
  await npm(["install", spec], { cwd: dir });
}
