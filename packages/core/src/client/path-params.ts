import { defaultPathSerializer } from "openapi-fetch";
import { ConfigurationError } from "../errors/errors.js";

const TEMPLATE = /\{([^{}]+)\}/g;
// After percent-decoding: a dot segment, or anything a URL parser or server may read as structure.
const ESCAPES = /^\.{1,2}$|[/\\?#\u0000-\u001f\u007f]/;

// A client calls the same few schema paths again and again: their parameter names are read once.
const namesByPath = new Map<string, string[]>();

function parameterNames(schemaPath: string): string[] {
  let names = namesByPath.get(schemaPath);
  if (!names) {
    names = [...schemaPath.matchAll(TEMPLATE)].map(([, raw]) => raw!.replace(/^[.;]|\*$/g, ""));
    // Paths come from the spec, but `.api` accepts any string: keep the cache bounded.
    if (namesByPath.size >= 1000) namesByPath.clear();
    namesByPath.set(schemaPath, names);
  }
  return names;
}

function decoded(value: string): string {
  // Servers and proxies may decode more than once: look through every layer.
  for (let i = 0; i < 4 && value.includes("%"); i++) {
    try {
      const next = decodeURIComponent(value);
      if (next == value) break;
      value = next;
    } catch {
      break; // a lone `%` is sent as `%25` and decodes to nothing dangerous
    }
  }
  return value;
}

/**
 * Throws `ConfigurationError`, naming the parameter, unless every path parameter of `schemaPath`
 * has a value that stays inside its own segment: present and not blank, not `.` or `..`, no `/`,
 * `\\`, `?`, `#` or control character, also once percent-decoded (`%2e%2e`, `%2F`).
 *
 * @example
 * ```ts
 * checkPathParams("/v1/workflows/runs/{run_id}", { run_id: ".." }); // throws: Path parameter run_id …
 * ```
 */
export function checkPathParams(schemaPath: string, params: Record<string, unknown> | undefined): void {
  for (const name of parameterNames(schemaPath)) {
    const value = params?.[name];
    const text = typeof value == "string" || typeof value == "number" ? String(value) : undefined;
    if (text === undefined || text.trim() === "" || ESCAPES.test(decoded(text)))
      throw new ConfigurationError(
        `Path parameter ${name} must be a non-empty value that stays in its URL segment (got ${JSON.stringify(value) ?? String(value)})`,
      );
  }
}

/**
 * The path serializer every core client uses: {@link checkPathParams}, then openapi-fetch's own
 * serialization, so an id like `..` can never reach another endpoint, whichever helper (or `.api`
 * call) sent it. Runs before the request is built: nothing is sent.
 *
 * @example
 * ```ts
 * createClient<paths>({ baseUrl, pathSerializer: guardedPathSerializer });
 * ```
 */
export function guardedPathSerializer(pathname: string, params: Record<string, unknown>): string {
  checkPathParams(pathname, params);
  return defaultPathSerializer(pathname, params);
}
