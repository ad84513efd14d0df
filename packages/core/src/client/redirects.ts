import { assertSecureUrl } from "./transport.js";
import { invalid } from "./read-body.js";

/**
 * Where a redirect may lead: an absolute or relative `Location` resolved against the request,
 * only `http(s)` (a `data:` or `file:` target would let the server fabricate the answer), no
 * credentials in the URL, and plain `http` only to loopback unless allowed.
 */
export function redirectTarget(
  res: Response,
  location: string,
  from: string,
  what: string,
  insecure: boolean | undefined,
): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw invalid(res, what, "redirect to an unreadable Location");
  }
  if (!/^https?:$/.test(next.protocol))
    throw invalid(res, what, `redirect to a ${next.protocol} URL refused (only http and https)`);
  if (next.username || next.password) throw invalid(res, what, "redirect to a URL with credentials refused");
  assertSecureUrl(next.href, insecure);
  return next;
}

// What a browser sends across origins without a preflight: nothing that identifies the caller.
const crossOriginSafe = ["accept", "accept-language", "content-language"];

/**
 * The headers for a hop to another origin: only the CORS-safelisted ones, so neither the key nor
 * the caller's custom headers, workspace ids or idempotency keys reach a server the caller did not
 * name. A request body is never re-sent to another origin (307/308): that is refused.
 */
export function crossOriginHop(res: Response, headers: Headers, body: unknown, what: string): Headers {
  if (body != null) throw invalid(res, what, "redirect of a request body to another origin refused");
  const kept = new Headers();
  for (const name of crossOriginSafe) if (headers.has(name)) kept.set(name, headers.get(name)!);
  return kept;
}
