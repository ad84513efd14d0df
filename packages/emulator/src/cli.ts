import { CLI_USAGE, parseCliArguments, type CliCommand } from "./framework/cli-options.js";
import { startEmulator } from "./framework/start-emulator.js";

// `docrun-emulator`: start one provider's emulator, print its URL as the only stdout line (so a
// script can read it), and stop cleanly on SIGINT/SIGTERM.

async function main(): Promise<void> {
  let command: CliCommand;
  try {
    command = parseCliArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `docrun-emulator: ${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}\n`,
    );
    process.exitCode = 2;
    return;
  }
  if (command.help) {
    process.stdout.write(`${CLI_USAGE}\n`);
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
