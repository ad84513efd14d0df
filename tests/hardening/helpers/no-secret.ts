import { inspect } from "node:util";

/**
 * Every rendering of `value` a user might log: message, stack, `String()`, `JSON.stringify`, and
 * `util.inspect` deep, with and without hidden properties, for the value and its `cause` chain.
 */
export function renderings(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  for (
    let current = value;
    current != null && !seen.has(current);
    current = (current as { cause?: unknown }).cause
  ) {
    seen.add(current);
    if (current instanceof Error) out.push(current.message, current.stack ?? "", String(current));
    out.push(JSON.stringify(current) ?? "");
    out.push(inspect(current, { depth: Infinity }));
    out.push(inspect(current, { depth: Infinity, showHidden: true }));
    if (typeof current !== "object") break;
  }
  return out;
}

/** Names the rendering that contains `secret`, or returns undefined when none does. */
export function findSecret(value: unknown, secret: string): string | undefined {
  return renderings(value).find((text) => text.includes(secret));
}
