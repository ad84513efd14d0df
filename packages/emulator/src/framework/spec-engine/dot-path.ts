/**
 * Reads a dot path (`list_metadata.after`) in a JSON value; undefined when any step is missing.
 *
 * @example
 * ```ts
 * getPath({ a: { b: 1 } }, "a.b"); // 1
 * ```
 */
export function getPath(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Writes a dot path, creating intermediate objects.
 *
 * @example
 * ```ts
 * const body = {};
 * setPath(body, "list_metadata.after", null); // body = { list_metadata: { after: null } }
 * ```
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}
