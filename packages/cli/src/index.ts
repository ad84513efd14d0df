// @docrun/cli: `docrun run` as a function, for scripts and tests. The executable is bin/docrun.js.
export { main, EXIT, type CliIo } from "./run.js";
export { parseRunCommand, USAGE, type RunCommand, type ProviderName } from "./args.js";
export { expandInputs } from "./inputs.js";
export { progressLine, formatDuration } from "./progress.js";
