import { readFileSync } from "node:fs";
import { CLI_HINT, CLI_USAGE, parseCliArguments, type CliCommand } from "./framework/cli-options.js";
import { startEmulator } from "./framework/start-emulator.js";

// `docrun-emulator`: start one provider's emulator, print its URL as the only stdout line (so a
// script can read it), and stop cleanly on SIGINT/SIGTERM.

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCliArguments(process.argv.slice(2));
  } catch (error) {
    // One line saying what was wrong and one saying where the options are: the full usage would bury it.
    process.stderr.write(
      `docrun-emulator: ${error instanceof Error ? error.message : String(error)}\n${CLI_HINT}\n`,
    );
    process.exitCode = 2;
    return;
  }
  if (command.help) {
    process.stdout.write(`${CLI_USAGE}\n`);
    return;
  }
  if (command.version) {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    process.stdout.write(`${manifest.version}\n`);
    return;
  }
  const emulator = await startEmulator(command.options);
  process.stdout.write(`${emulator.url}\n`);
  const stop = (): void => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    void emulator.close().then(() => {
      process.exitCode = 0;
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`docrun-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
