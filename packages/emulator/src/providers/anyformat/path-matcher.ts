import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../framework/types.js";
import type { AnyformatState } from "./state.js";

/** What a route handler gets. */
export interface RouteInput {
  readonly request: EmulatorRequest;
  readonly state: AnyformatState;
  readonly ctx: ProviderContext;
  readonly params: Readonly<Record<string, string>>;
}

/** One API operation: method, path template (`/v2/workflows/:workflow_id/`) and handler. */
export interface Route {
  readonly method: string;
  readonly path: string;
  /** No authentication (only `/health/`). */
  readonly open?: boolean;
  readonly handle: (input: RouteInput) => EmulatorResponse | Promise<EmulatorResponse>;
}

/** How a request path relates to the routes. */
export type RouteMatch =
  | { readonly kind: "matched"; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: "redirect"; readonly location: string }
  | { readonly kind: "wrong_method" }
  | { readonly kind: "none" };

/**
 * Matches AnyFormat paths exactly as the API does: every path ends in `/`; a path that would
 * match with a trailing slash added answers 301 to the slashed path (query kept), before any
 * authentication, the way the real API's redirect does.
 *
 * @example
 * ```ts
 * const match = createPathMatcher(routes);
 * match("GET", "/v2/workflows", new URLSearchParams()); // { kind: "redirect", location: "/v2/workflows/" }
 * ```
 */
export function createPathMatcher(routes: readonly Route[]) {
  const compiled = routes.map((route) => ({ route, segments: splitPath(route.path) }));

  function find(method: string, segments: readonly string[]): RouteMatch {
    let pathMatched = false;
    for (const { route, segments: pattern } of compiled) {
      const params = matchSegments(pattern, segments);
      if (params === null) continue;
      if (route.method === method) return { kind: "matched", route, params };
      pathMatched = true;
    }
    return pathMatched ? { kind: "wrong_method" } : { kind: "none" };
  }

  return (method: string, path: string, query: URLSearchParams): RouteMatch => {
    const segments = splitPath(path);
    if (segments === null) return { kind: "none" };
    if (path.endsWith("/")) return find(method, segments);
    if (find(method, segments).kind === "none") return { kind: "none" };
    const search = query.toString();
    return { kind: "redirect", location: `${path}/${search === "" ? "" : `?${search}`}` };
  };
}

// "/v2/workflows/abc/" → ["v2", "workflows", "abc"]; null for an empty segment ("//").
function splitPath(path: string): string[] | null {
  const trimmed = path.replace(/^\//, "").replace(/\/$/, "");
  if (trimmed === "") return [];
  const segments = trimmed.split("/");
  return segments.some((segment) => segment === "") ? null : segments;
}

function matchSegments(
  pattern: readonly string[] | null,
  segments: readonly string[],
): Record<string, string> | null {
  if (pattern === null || pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index]!;
    const actual = segments[index]!;
    if (expected.startsWith(":")) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) return null;
  }
  return params;
}
