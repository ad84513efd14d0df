import { InvalidResponseError } from "../errors/errors.js";

/**
 * A request the server told the client to send (an upload URL with its method and headers).
 *
 * @example
 * ```ts
 * const target: ServerTarget = { url: started.uploadUrl, method: started.uploadMethod, headers: started.uploadHeaders };
 * ```
 */
export interface ServerTarget {
  url: unknown;
  method?: unknown;
  headers?: unknown;
}

/**
 * What the provider documents for such a request.
 *
 * @example
 * ```ts
 * const rules: ServerTargetRules = { what: "Retab upload target", methods: ["PUT"], headers: ["content-type"] };
 * ```
 */
export interface ServerTargetRules {
  /** Names the target in error messages, e.g. `"Retab upload target"`. */
  what: string;
  /** Allowed methods, upper-case; the first is the default when the server names none. */
  methods: readonly string[];
  /** Allowed header names, lower-case; a name ending in `*` allows that prefix. */
  headers: readonly string[];
  /** Allow plain `http://` to a host other than loopback. */
  allowInsecureHttp?: boolean | undefined;
}

/** Hosts that never leave the machine: plain http to them is fine. */
export const loopbackHost: RegExp = /^(localhost|127(\.\d+){3}|\[::1\])$|\.localhost$/;
const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Checks a request the server chose before anything is sent, and returns it ready for `fetch`:
 * an absolute `https` URL (`http` only to loopback unless allowed; never `data:`, `file:` or
 * credentials), one of the documented methods, and only allowed headers with plain string
 * values. Anything else is an `InvalidResponseError` naming what was wrong.
 *
 * @example
 * ```ts
 * const { url, method, headers } = checkServerTarget(
 *   { url: started.uploadUrl, method: started.uploadMethod, headers: started.uploadHeaders },
 *   { what: "Retab upload target", methods: ["PUT"], headers: ["content-type", "x-amz-meta-*"] },
 * );
 * await fetch(url, { method, headers, body });
 * ```
 */
export function checkServerTarget(
  target: ServerTarget,
  rules: ServerTargetRules,
): { url: string; method: string; headers: Record<string, string> } {
  const refuse = (why: string): never => {
    throw new InvalidResponseError(`${rules.what}: ${why}`);
  };
  let url: URL | undefined;
  try {
    url = new URL(String(target.url)); // no base: a relative URL is refused
  } catch {}
  if (typeof target.url != "string" || !url) return refuse("not an absolute URL");
  if (!/^https?:$/.test(url.protocol)) refuse(`${url.protocol} URLs are refused (only https)`);
  if (url.username || url.password) refuse("a URL with credentials is refused");
  if (url.protocol == "http:" && !rules.allowInsecureHttp && !loopbackHost.test(url.hostname))
    refuse("plain http to a remote host is refused (allowInsecureHttp)");
  const method = target.method ?? rules.methods[0];
  if (typeof method != "string" || !rules.methods.includes(method))
    refuse(`method ${JSON.stringify(method)} is not one of ${rules.methods.join(", ")}`);
  const headers: Record<string, string> = {};
  const given = target.headers ?? {};
  if (typeof given != "object" || !given || Array.isArray(given)) return refuse("headers are not an object");
  for (const [name, value] of Object.entries(given)) {
    const lower = name.toLowerCase();
    const allowed = rules.headers.some((rule) =>
      rule.endsWith("*") ? lower.startsWith(rule.slice(0, -1)) : lower == rule,
    );
    if (!token.test(name) || !allowed) refuse(`header ${JSON.stringify(name)} is not allowed`);
    if (typeof value != "string" || /[\0\r\n]/.test(value))
      refuse(`header ${JSON.stringify(name)} has a value that is not plain text`);
    headers[name] = value;
  }
  return { url: url.href, method: method as string, headers };
}
