import { parseArgs } from "node:util";
import type { EmulatorOptions, FaultOptions } from "./options.js";
import type { ProviderName } from "./types.js";
import { isLoopbackHost } from "./loopback.js";

/** Usage text printed by `docrun-emulator --help` and on bad arguments. */
export const CLI_USAGE = `usage: docrun-emulator --provider <anyformat|extend|retab> [options]

  --provider <name>        API to emulate (required)
  --host <host>            interface to listen on (default 127.0.0.1; non-loopback needs --allow-non-loopback)
  --port <n>               port (default 0: any free port)
  --seed <file.json>       seed data from a JSON file { "runs": 1000, "seed": 42, "workflows": 5 }
  --seed-runs <n>          seed this many runs ...
  --seed-number <n>        ... from this seed number (default 1)
  --workflows <n>          spread seeded runs over this many workflows
  --processing-ms <n>      time a created run takes to finish (default 1000)
  --latency-ms <n|min-max> latency added to every request
  --fault-rate <0..1>      share of requests answered 500
  --rate-limit-fault-rate <0..1>  share of requests answered 429
  --reset-rate <0..1>      share of connections reset before any response byte
  --faults-after-handle    inject 500s/resets after the request was processed
  --random-seed <n>        seed for faults and latency jitter (same seed, same faults)
  --rate-limit <N/window>  per-key limit, e.g. 100/60s, 10/1s, 600/1m
  --api-key <key>          accept only this key (repeatable; default: any key)
  --webhook-url <url>      POST signed webhooks here (with --webhook-secret)
  --webhook-secret <s>     secret to sign webhooks with
  --allow-non-loopback     allow --host to be a non-loopback interface
  --version                print the version
  --help                   show this text`;

/** The line printed under a bad-arguments error, instead of the whole usage. */
export const CLI_HINT = "Run `docrun-emulator --help` for the options.";

/** What the CLI should do: show help, print the version, or start with these options. */
export type CliCommand =
  | { help: true; version?: false }
  | { help: false; version: true }
  | { help: false; version?: false; options: EmulatorOptions };

/**
 * Turns `docrun-emulator` arguments into {@link EmulatorOptions}. Throws a `TypeError` naming the
 * bad argument, so the CLI can print it with the usage.
 *
 * @example
 * ```ts
 * parseCliArguments(["--provider", "extend", "--port", "4010"]);
 * // { help: false, options: { provider: "extend", port: 4010 } }
 * ```
 */
export function parseCliArguments(argv: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      provider: { type: "string" },
      host: { type: "string" },
      port: { type: "string" },
      seed: { type: "string" },
      "seed-runs": { type: "string" },
      "seed-number": { type: "string" },
      workflows: { type: "string" },
      "processing-ms": { type: "string" },
      "latency-ms": { type: "string" },
      "fault-rate": { type: "string" },
      "rate-limit-fault-rate": { type: "string" },
      "reset-rate": { type: "string" },
      "faults-after-handle": { type: "boolean" },
      "random-seed": { type: "string" },
      "rate-limit": { type: "string" },
      "api-key": { type: "string", multiple: true },
      "webhook-url": { type: "string" },
      "webhook-secret": { type: "string" },
      "allow-non-loopback": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (values.help === true) return { help: true };
  if (values.version === true) return { help: false, version: true };
  const provider = values.provider;
  if (provider !== "anyformat" && provider !== "extend" && provider !== "retab") {
    throw new TypeError(`--provider must be anyformat, extend or retab, got ${JSON.stringify(provider)}`);
  }
  const options: EmulatorOptions = { provider: provider satisfies ProviderName };
  if (values.host !== undefined) options.host = values.host;
  if (values.port !== undefined) options.port = integer("--port", values.port, 0, 65535);
  if (values.seed !== undefined && values["seed-runs"] !== undefined)
    throw new TypeError("use --seed or --seed-runs, not both");
  if (values.seed !== undefined) options.seed = values.seed;
  if (values["seed-runs"] !== undefined) {
    const runs = integer("--seed-runs", values["seed-runs"], 0, 10_000_000);
    const seed =
      values["seed-number"] === undefined
        ? 1
        : integer("--seed-number", values["seed-number"], 0, 2 ** 32 - 1);
    options.seed =
      values.workflows === undefined
        ? { runs, seed }
        : { runs, seed, workflows: integer("--workflows", values.workflows, 1, 1_000_000) };
  }
  if (values["processing-ms"] !== undefined)
    options.processingMs = integer("--processing-ms", values["processing-ms"], 0, 86_400_000);
  if (values["latency-ms"] !== undefined) options.latencyMs = latency(values["latency-ms"]);
  const faults: FaultOptions = {};
  if (values["fault-rate"] !== undefined)
    faults.errorRate = probability("--fault-rate", values["fault-rate"]);
  if (values["rate-limit-fault-rate"] !== undefined)
    faults.rateLimitRate = probability("--rate-limit-fault-rate", values["rate-limit-fault-rate"]);
  if (values["reset-rate"] !== undefined)
    faults.resetRate = probability("--reset-rate", values["reset-rate"]);
  if (Object.keys(faults).length > 0) options.faults = faults;
  if (values["faults-after-handle"] === true) options.faultsAfterHandle = true;
  if (values["random-seed"] !== undefined)
    options.random = integer("--random-seed", values["random-seed"], 0, 2 ** 32 - 1);
  if (values["rate-limit"] !== undefined) options.rateLimit = rateLimit(values["rate-limit"]);
  if (values["api-key"] !== undefined) options.apiKeys = values["api-key"];
  if ((values["webhook-url"] === undefined) !== (values["webhook-secret"] === undefined)) {
    throw new TypeError("--webhook-url and --webhook-secret go together");
  }
  if (values["webhook-url"] !== undefined && values["webhook-secret"] !== undefined) {
    options.webhooks = [{ url: values["webhook-url"], secret: values["webhook-secret"] }];
  }
  if (values["allow-non-loopback"] === true) options.allowNonLoopback = true;
  else if (options.host !== undefined && !isLoopbackHost(options.host))
    throw new TypeError(
      `--host ${options.host} is not a loopback interface; add --allow-non-loopback to listen there (the emulator accepts any key)`,
    );
  return { help: false, options };
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new TypeError(`${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
}

function probability(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 1)
    throw new TypeError(`${flag} must be a number from 0 to 1, got ${JSON.stringify(text)}`);
  return value;
}

function latency(text: string): number | { min: number; max: number } {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range !== null) return { min: Number(range[1]), max: Number(range[2]) };
  return integer("--latency-ms", text, 0, 600_000);
}

const WINDOW_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function rateLimit(text: string): { limit: number; windowMs: number } {
  const match = /^(\d+)\/(\d+)?(ms|s|m|h)?$/.exec(text);
  if (match === null || (match[2] === undefined && match[3] === undefined)) {
    throw new TypeError(`--rate-limit must look like 100/60s, 10/1s or 600/1m, got ${JSON.stringify(text)}`);
  }
  const amount = match[2] === undefined ? 1 : Number(match[2]);
  const unit = WINDOW_UNITS[match[3] ?? "s"] ?? 1000;
  return { limit: Number(match[1]), windowMs: amount * unit };
}
