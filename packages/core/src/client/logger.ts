import { readEnv } from "./env.js";

/**
 * How loud the client's debug log is: `debug` shows every request and response, `info` every
 * retry and the wait before it, `warn` a call that gave up, `off` nothing.
 *
 * @example
 * ```ts
 * createExtendClient({ logger: console, logLevel: "debug" });
 * ```
 */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/**
 * Where log lines go: an object with `debug`/`info`/`warn`/`error` (`console`, pino, winston…
 * all fit) or one function taking the level first. Each call gets a message and a plain object
 * of fields; neither ever holds the API key (it is replaced by `[redacted]`).
 *
 * @example
 * ```ts
 * const logger: Logger = { debug: console.debug, info: console.info, warn: console.warn, error: console.error };
 * const toLines: Logger = (level, message, fields) => lines.push(`${level} ${message} ${JSON.stringify(fields)}`);
 * ```
 */
export type Logger =
  | {
      debug(message: string, fields: Record<string, unknown>): void;
      info(message: string, fields: Record<string, unknown>): void;
      warn(message: string, fields: Record<string, unknown>): void;
      error(message: string, fields: Record<string, unknown>): void;
    }
  | ((level: Exclude<LogLevel, "off">, message: string, fields: Record<string, unknown>) => void);

/** What the transport calls; a no-op when logging is off. */
export type Log = (level: Exclude<LogLevel, "off">, message: string, fields: Record<string, unknown>) => void;

const rank = { debug: 0, info: 1, warn: 2, error: 3, off: 4 } as const;

/** The environment variable that turns the log on without code changes (`DOCRUN_LOG=debug`). */
export const LOG_ENV = "DOCRUN_LOG";

/**
 * Builds the transport's log from the client options: `logger` (default `console` when
 * `DOCRUN_LOG` is set, else none), `logLevel` (default `DOCRUN_LOG`, else `warn` when a logger is
 * given). `secret` (the whole `Authorization` value) is replaced by `[redacted]` in every message
 * and field, bearer token included, and so is any `authorization` field.
 *
 * @example
 * ```ts
 * const log = createLog(console, "debug", `Bearer ${apiKey}`);
 * log("debug", "GET https://api.example.com/runs", { attempt: 1 });
 * ```
 */
export function createLog(
  logger: Logger | undefined,
  logLevel: LogLevel | undefined,
  secret: string | undefined,
): Log | undefined {
  const env = readEnv(LOG_ENV)?.toLowerCase() as LogLevel | undefined;
  const level = logLevel ?? (env && env in rank ? env : undefined) ?? "warn";
  const sink = logger ?? (env && env != "off" ? (console as Logger) : undefined);
  if (!sink || level == "off") return undefined;
  const token = secret?.replace(/^\S+\s+/, "");
  const secrets = [secret, token].filter((value): value is string => !!value && value.length > 7);
  const redact = (text: string) => secrets.reduce((out, value) => out.replaceAll(value, "[redacted]"), text);
  return (at, message, fields) => {
    if (rank[at] < rank[level]) return;
    const clean = JSON.parse(redact(JSON.stringify(fields)));
    if (typeof sink == "function") sink(at, redact(message), clean);
    else sink[at](redact(message), clean);
  };
}

/**
 * Request headers as a plain object for the log, `authorization` (and any value holding the
 * secret, which `createLog` scrubs) shown as `[redacted]`.
 *
 * @example
 * ```ts
 * logHeaders(new Headers({ authorization: "Bearer sk_…", accept: "application/json" }));
 * // { authorization: "[redacted]", accept: "application/json" }
 * ```
 */
export function logHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name] = name == "authorization" ? "[redacted]" : value));
  return out;
}
