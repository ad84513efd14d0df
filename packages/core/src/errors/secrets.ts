// The API keys of live clients, so that every error core builds can be scrubbed of them wherever
// the text came from (a server echoing the key, a key in the base URL, a run that repeats it).
// Errors are built far from the client that knows the key (poll, pagination, provider helpers),
// hence one registry; a key is forgotten when the last transport holding it is garbage collected.

const counts = new Map<string, number>();
let find: RegExp | undefined;
let replace: RegExp | undefined;

const forget = (secret: string) => {
  const left = counts.get(secret)! - 1;
  if (left) counts.set(secret, left);
  else counts.delete(secret);
  find = replace = undefined;
};
const finalizer = typeof FinalizationRegistry == "function" ? new FinalizationRegistry(forget) : undefined;

/**
 * Makes every `DocrunError` created while `owner` is alive scrub `secret` (and its URL-encoded
 * form) from its message, stack, fields and cause chain.
 */
export function registerSecret(secret: string, owner: object): void {
  for (const form of new Set([secret, encodeURIComponent(secret)]).values())
    if (form) {
      counts.set(form, (counts.get(form) ?? 0) + 1);
      finalizer?.register(owner, form);
      find = replace = undefined;
    }
}

// A long key is redacted wherever it appears; a short one only as a whole token, so that a key
// like `abc1` does not blank out every word containing it.
const source = () =>
  [...counts.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => {
      const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return s.length > 7 ? escaped : `(?<![\\w-])${escaped}(?![\\w-])`;
    })
    .join("|");

const has = (text: string): boolean => (find ??= new RegExp(source())).test(text);

/** `text` with every registered key replaced by `[redacted]`. */
export const redactSecrets = (text: string): string =>
  counts.size && has(text) ? text.replace((replace ??= new RegExp(source(), "g")), "[redacted]") : text;

type Node = Record<PropertyKey, unknown>;

// What a node holds that may carry text: its own enumerable keys, plus an error's hidden
// message, stack and cause. Bytes are skipped (they are not text, and may be huge).
const entriesOf = (node: Node): [key: string, value: unknown, enumerable: boolean][] => {
  if (ArrayBuffer.isView(node)) return [];
  const keys = Object.keys(node);
  const entries = keys.map((key): [string, unknown, boolean] => [key, node[key], true]);
  if (node instanceof Error)
    for (const key of ["message", "stack", "cause"])
      if (key in node && !keys.includes(key)) entries.push([key, node[key], false]);
  return entries;
};

/**
 * `value` with every registered key redacted: the same value when it holds none (the usual case,
 * nothing is copied), else a copy of just the objects on the way to a key. Iterative, so a
 * hostile body nested thousands of levels deep cannot overflow the stack.
 */
export function scrubSecrets<T>(value: T): T {
  if (!counts.size) return value;
  if (typeof value == "string") return redactSecrets(value) as T;
  if (typeof value != "object" || !value) return value;
  const parents = new Map<object, object | null>([[value, null]]);
  const dirty = new Set<object>();
  for (const stack: object[] = [value]; stack.length;) {
    const node = stack.pop()!;
    for (const [key, child] of entriesOf(node as Node)) {
      if (has(key) || (typeof child == "string" && has(child)))
        for (let at: object | null = node; at && !dirty.has(at); at = parents.get(at)!) dirty.add(at);
      if (typeof child == "object" && child && !parents.has(child))
        (parents.set(child, node), stack.push(child));
    }
  }
  if (!dirty.size) return value;
  const copies = new Map<object, Node>();
  const work: object[] = [];
  const copyOf = (node: object) => {
    let copy = copies.get(node);
    if (!copy) {
      copy = Array.isArray(node) ? ([] as unknown as Node) : Object.create(Object.getPrototypeOf(node));
      copies.set(node, copy!);
      work.push(node);
    }
    return copy!;
  };
  const root = copyOf(value);
  while (work.length) {
    const node = work.pop()!;
    const copy = copies.get(node)!;
    for (const [key, child, enumerable] of entriesOf(node as Node))
      Object.defineProperty(copy, redactSecrets(key), {
        value:
          typeof child == "string"
            ? redactSecrets(child)
            : typeof child == "object" && child && dirty.has(child)
              ? copyOf(child)
              : child,
        enumerable,
        writable: true,
        configurable: true,
      });
    if (Array.isArray(node)) (copy as unknown as unknown[]).length = node.length;
  }
  return root as T;
}
