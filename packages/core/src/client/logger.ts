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

const levels = ["debug", "info", "warn", "error", "off"];

/** The environment variable that turns the log on without code changes (`DOCRUN_LOG=debug`). */
export const LOG_ENV = "DOCRUN_LOG";

/**
 * Builds the transport's log from the client options: `logger` (default `console` when
 * `DOCRUN_LOG` is set, else none), `logLevel` (default `DOCRUN_LOG`, else `warn`). `secret` (the
 * whole `Authorization` value) and its token are replaced by `[redacted]` in every message and
 * field, and an `authorization` header is always shown as `[redacted]`.
 *
 * @example
 * ```ts
 * const log = createLog(console, "debug", `Bearer ${apiKey}`);
 * log?.("debug", "GET https://api.example.com/runs", { headers: new Headers() });
 * ```
 */
export function createLog(
  logger: Logger | undefined,
  logLevel: LogLevel | undefined,
  secret = "",
): Log | undefined {
  const env = readEnv(LOG_ENV)?.toLowerCase();
  const min = levels.indexOf(logLevel ?? (levels.includes(env!) ? env! : "warn"));
  const sink = logger ?? (env && env != "off" ? console : undefined);
  if (!sink || min > 3) return undefined;
  const secrets = [secret, secret.replace(/^\S+\s+/, "")].filter((value) => value.length > 7);
  const redact = (text: string) => secrets.reduce((out, value) => out.replaceAll(value, "[redacted]"), text);
  return (at, message, fields) => {
    if (levels.indexOf(at) < min) return;
    const clean = JSON.parse(
      redact(
        JSON.stringify(fields, (key, value) =>
          value instanceof Headers
            ? Object.fromEntries([...value].map(([k, v]) => [k, k == "authorization" ? "[redacted]" : v]))
            : value,
        ),
      ),
    );
    typeof sink == "function" ? sink(at, redact(message), clean) : sink[at](redact(message), clean);
  };
}
