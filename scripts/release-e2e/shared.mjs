// Small helpers shared by the release rehearsal's steps.
import { fileURLToPath } from "node:url";
import { runCommand } from "../lib/processes.mjs";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Throws `message` unless `condition` holds: a failed expectation of the rehearsal. */
export const check = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** Runs a command; throws with its output unless it exits 0. Returns stdout. */
export async function run(command, args, cwd, env = process.env) {
  const result = await runCommand(command, args, { cwd, env });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status ?? result.signal}) in ${cwd}:\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}
