// Applies a provider's OpenAPI Overlay (specs/<provider>.overlay.yaml) to the document it extends,
// with openapi-format's overlay engine. Stricter than the engine on purpose: an action without a
// `description` (the "why") or an action that matches nothing fails, so the overlay cannot go
// stale silently when the provider's document changes.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { openapiOverlay } from "openapi-format";
import { parse } from "yaml";

/**
 * @param {string} overlayFile absolute path of the overlay
 * @returns {Promise<{ document: object, base: string }>} the merged document and the base's path
 */
export async function applyOverlay(overlayFile) {
  // `merge: true`: YAML merge keys (`<<: *anchor`) keep repeated declarations short.
  const overlay = parse(readFileSync(overlayFile, "utf8"), { merge: true });
  if (typeof overlay?.extends !== "string")
    throw new Error(`${overlayFile}: \`extends\` must name the document the overlay applies to`);
  const base = join(dirname(overlayFile), overlay.extends);
  // YAML is a superset of JSON: the vendored document may be either.
  const document = parse(readFileSync(base, "utf8"));
  const actions = overlay.actions ?? [];
  const undescribed = actions.filter((a) => typeof a.description !== "string" || a.description.trim() === "");
  if (undescribed.length > 0)
    throw new Error(
      `${overlayFile}: every action must say why in \`description\`; missing on ${undescribed.map((a) => a.target).join(", ")}`,
    );
  const errors = [];
  const originalError = console.error;
  console.error = (...args) => errors.push(args.join(" "));
  let result;
  try {
    result = await openapiOverlay(document, { overlaySet: overlay });
  } finally {
    console.error = originalError;
  }
  if (errors.length > 0) throw new Error(`${overlayFile}: ${errors.join("; ")}`);
  const unused = result.resultData.unusedActions ?? [];
  if (unused.length > 0)
    throw new Error(
      `${overlayFile}: ${unused.length} action(s) match nothing in ${overlay.extends} (stale after a document update?):\n  ${unused.map((a) => a.target).join("\n  ")}`,
    );
  return { document: result.data, base };
}
