import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Retab's own published OpenAPI document (vendored in specs/upstream/), parsed fresh. */
export function readRetabDocument(): Record<string, any> {
  const path = fileURLToPath(new URL("../../../../../specs/upstream/retab.openapi.json", import.meta.url));
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, any>;
}
