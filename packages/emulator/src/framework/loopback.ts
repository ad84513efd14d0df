import { isIP } from "node:net";

/**
 * True when `host` only accepts connections from this machine: `localhost`, `127.0.0.0/8`, `::1`.
 * The emulator accepts any key and serves fake data, so listening beyond loopback is opt-in.
 *
 * @example
 * ```ts
 * isLoopbackHost("127.0.0.1"); // true
 * isLoopbackHost("0.0.0.0"); // false
 * ```
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (bare === "localhost") return true;
  const version = isIP(bare);
  if (version === 4) return bare.startsWith("127.");
  if (version === 6) return bare === "::1" || bare === "0:0:0:0:0:0:0:1" || bare.startsWith("::ffff:127.");
  return false;
}

/**
 * The host part of a URL for `host`: IPv6 addresses get brackets.
 *
 * @example
 * ```ts
 * urlHost("::1"); // "[::1]"
 * ```
 */
export function urlHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}
