import { parseArgs } from "node:util";
import { ConfigurationError, parseShard, type Shard } from "@docrun/core";

export const PROVIDERS = ["anyformat", "extend", "retab"] as const;
/** A provider the CLI can run. */
export type ProviderName = (typeof PROVIDERS)[number];

/**
 * `docrun run` as parsed from the command line.
 * @example `const command: RunCommand = parseRunCommand(["run", "extend", "--workflow", "workflow_1", "a.pdf", "--out", "r.jsonl"]);`
 */
export interface RunCommand {
  provider: ProviderName;
  workflow: string;
  patterns: string[];
  out: string;
  checkpoint: string;
  concurrency: number;
  resume: boolean;
  retryFailed: boolean;
  shard: Shard | undefined;
  baseUrl: string | undefined;
  timeoutMs: number | undefined;
  createTimeoutMs: number | undefined;
  progress: "auto" | "bar" | "lines";
}

export const USAGE = `Usage: docrun run <anyformat|extend|retab> --workflow <id> <files, folders or globs…> --out <results.jsonl>
  --concurrency <n>   most runs in flight (default 16; fewer while the API rate-limits)
  --resume            continue the job recorded in --out (skips finished inputs, creates nothing twice)
  --retry-failed      with --resume: run again the inputs whose recorded outcome is a failure
                      (their failed lines leave --out; each input still ends there once)
  --shard <i/n>       run only this machine's share of the inputs (1 ≤ i ≤ n, split by file)
  --checkpoint <file> where run ids are recorded (default: <out>.checkpoint)
  --timeout <s>       most seconds to wait for one run (default 600)
  --create-timeout <s>  most seconds one create request may take (default 60); after a kill, a
                      create whose answer was lost is looked up this long before it is sent again
  --base-url <url>    API base URL (e.g. an emulator); the key comes only from the environment:
                      ANYFORMAT_API_KEY, EXTEND_API_KEY or RETAB_API_KEY
  --progress <auto|bar|lines>  a live bar on a terminal (auto), or one line per input`;

/**
 * Parses argv (without `node` and the script); throws `ConfigurationError` naming what is wrong.
 * @example `parseRunCommand(["run", "retab", "--workflow", "wf_3Fh8kLmN2pQr", "docs/", "--out", "out.jsonl"]);`
 */
export function parseRunCommand(argv: string[]): RunCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workflow: { type: "string" },
        out: { type: "string" },
        checkpoint: { type: "string" },
        concurrency: { type: "string" },
        resume: { type: "boolean", default: false },
        "retry-failed": { type: "boolean", default: false },
        shard: { type: "string" },
        "base-url": { type: "string" },
        timeout: { type: "string" },
        "create-timeout": { type: "string" },
        progress: { type: "string", default: "auto" },
      },
    });
  } catch (error) {
    throw new ConfigurationError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, provider, ...patterns] = positionals;
  if (command !== "run") throw new ConfigurationError(`unknown command "${command ?? ""}" (expected "run")`);
  if (!PROVIDERS.includes(provider as ProviderName))
    throw new ConfigurationError(`provider must be one of ${PROVIDERS.join(", ")} (got "${provider ?? ""}")`);
  if (!values.workflow) throw new ConfigurationError("--workflow <id> is required");
  if (!values.out) throw new ConfigurationError("--out <results.jsonl> is required");
  if (patterns.length === 0) throw new ConfigurationError("give at least one file, folder or glob");
  if (values["retry-failed"] && !values.resume)
    throw new ConfigurationError("--retry-failed continues a job: pass --resume with it");
  const concurrency = Number(values.concurrency ?? 16);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new ConfigurationError(`--concurrency must be an integer ≥ 1 (got "${values.concurrency}")`);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0))
    throw new ConfigurationError(`--timeout must be a number of seconds > 0 (got "${values.timeout}")`);
  const createTimeout = values["create-timeout"] === undefined ? undefined : Number(values["create-timeout"]);
  if (createTimeout !== undefined && !(createTimeout > 0))
    throw new ConfigurationError(
      `--create-timeout must be a number of seconds > 0 (got "${values["create-timeout"]}")`,
    );
  if (!["auto", "bar", "lines"].includes(values.progress!))
    throw new ConfigurationError(`--progress must be auto, bar or lines (got "${values.progress}")`);
  return {
    provider: provider as ProviderName,
    workflow: values.workflow,
    patterns,
    out: values.out,
    checkpoint: values.checkpoint ?? `${values.out}.checkpoint`,
    concurrency,
    resume: values.resume!,
    retryFailed: values["retry-failed"]!,
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    baseUrl: values["base-url"],
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    createTimeoutMs: createTimeout === undefined ? undefined : createTimeout * 1000,
    progress: values.progress as RunCommand["progress"],
  };
}
