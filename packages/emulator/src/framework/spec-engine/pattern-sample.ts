/**
 * A string matching a simple regular expression: anchors, literals, escapes (`\d`, `\w`, `\.`),
 * character classes with ranges, and the quantifiers `?`, `*`, `+`, `{n}`, `{n,m}`. Enough for the
 * identifier, prefix-plus-alphabet and hex patterns API documents use; undefined for anything else
 * (groups, alternation), so the caller can say so instead of answering an invalid value.
 *
 * @example
 * ```ts
 * samplePattern("^rvr_[A-Z2-7]{26}$"); // "rvr_AAAAAAAAAAAAAAAAAAAAAAAAAA"
 * ```
 */
export function samplePattern(pattern: string): string | undefined {
  let out = "";
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (char === "^" || char === "$") {
      index += 1;
      continue;
    }
    if ("()|".includes(char)) return undefined;
    let atom: string;
    if (char === "[") {
      const end = pattern.indexOf("]", index + 1);
      if (end === -1) return undefined;
      const body = pattern.slice(index + 1, end);
      if (body.startsWith("^")) return undefined;
      atom = body.startsWith("\\") ? escapeSample(body[1]!) : body[0]!;
      index = end + 1;
    } else if (char === "\\") {
      atom = escapeSample(pattern[index + 1] ?? "");
      index += 2;
    } else if (char === ".") {
      atom = "a";
      index += 1;
    } else {
      atom = char;
      index += 1;
    }
    const quantifier = /^(\{(\d+)(,(\d*))?\}|[?*+])/.exec(pattern.slice(index));
    let count = 1;
    if (quantifier !== null) {
      index += quantifier[0].length;
      if (quantifier[0] === "?" || quantifier[0] === "*") count = 0;
      else if (quantifier[0] === "+") count = 1;
      else count = Number(quantifier[2]);
    }
    out += atom.repeat(count);
  }
  return out;
}

function escapeSample(letter: string): string {
  if (letter === "d") return "0";
  if (letter === "w") return "a";
  if (letter === "s") return " ";
  return letter;
}
