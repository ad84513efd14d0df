/**
 * The value at a dot path (`"list_metadata.after"`) of a parsed JSON body, own properties only,
 * so a server cannot reach `__proto__` or `constructor` through a declared path.
 *
 * @example
 * ```ts
 * readPath({ list_metadata: { after: "ext_2" } }, "list_metadata.after"); // "ext_2"
 * ```
 */
export function readPath(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
