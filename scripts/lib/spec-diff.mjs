// Classifies the change between two versions of an OpenAPI document with api-smart-diff, seen
// from the generated TypeScript client's side, and says which semver bump it needs.
import { apiCompare } from "api-smart-diff";

/** Bump each change kind needs. "unclassified" are things like examples and tags: docs. */
const BUMP_FOR_KIND = {
  breaking: "major",
  "non-breaking": "minor",
  deprecated: "minor",
  annotation: "patch",
};
const KIND_ORDER = ["annotation", "deprecated", "non-breaking", "breaking"];
const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * Every change between `before` and `after` (parsed OpenAPI documents), and the bump it needs:
 * `"major"` for a breaking change, `"minor"` for an addition or a deprecation, `"patch"` for
 * descriptions and examples only, `"none"` when nothing changed.
 *
 * @example
 * classifySpecChange(oldSpec, newSpec)
 * // { required: "major", changes: [{ kind: "breaking", where: "GET /runs parameters.0", description: "[Removed] query parameter `status`" }] }
 */
export function classifySpecChange(before, after) {
  const { diffs } = apiCompare(before, after);
  const changes = diffs.map((diff) => ({
    kind: kindFor(diff),
    where: describePath(diff.path),
    description: describeChange(diff),
  }));
  let required = "none";
  for (const change of changes) {
    const bump = BUMP_FOR_KIND[change.kind];
    if (
      required === "none" ||
      ["patch", "minor", "major"].indexOf(bump) > ["patch", "minor", "major"].indexOf(required)
    ) {
      required = bump;
    }
  }
  changes.sort((a, b) => KIND_ORDER.indexOf(b.kind) - KIND_ORDER.indexOf(a.kind));
  return { required, changes };
}

function kindFor(diff) {
  const path = diff.path.map(String);
  // Removing a property removes a member from the generated type, so code that reads it (a
  // response field) or sets it (a request field) stops compiling. api-smart-diff judges the wire
  // contract and calls a removed optional response field non-breaking; for a typed SDK it is not.
  if (diff.action === "remove" && path.at(-2) === "properties") return "breaking";
  if (path[0] === "components" && path.length > 3) {
    // Changes inside a shared schema are classified again, in context, where paths use it; the
    // context-free verdict here only keeps a change to an unreferenced schema from going unnoticed.
    return diff.type === "annotation" || diff.type === "unclassified" ? "annotation" : "non-breaking";
  }
  if (path[0] === "components" && path.length === 3)
    return diff.action === "add" ? "non-breaking" : "breaking";
  if (diff.type === "unclassified") return "annotation";
  return diff.type;
}

function describeChange(diff) {
  const text = diff.description ?? `[${diff.action}] ${String(diff.path.at(-1))}`;
  // api-smart-diff 1.0.6 words every added parameter as "required"; say what the spec says.
  const added = diff.after;
  if (
    diff.action === "add" &&
    added &&
    typeof added === "object" &&
    "in" in added &&
    added.required !== true
  ) {
    return text.replace("required ", "optional ");
  }
  return text;
}

function describePath(path) {
  const parts = path.map(String);
  if (
    (parts[0] === "paths" || parts[0] === "webhooks") &&
    parts.length >= 3 &&
    HTTP_METHODS.has(parts[2] ?? "")
  ) {
    const rest = parts.slice(3).join(".");
    return `${(parts[2] ?? "").toUpperCase()} ${parts[1]}${rest ? ` ${rest}` : ""}`;
  }
  return parts.join(".");
}
