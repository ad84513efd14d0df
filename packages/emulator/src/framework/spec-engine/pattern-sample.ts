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
export function samplePattern(pattern: string, random: () => number = () => 0): string | undefined {
  let out = "";
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (char === "^" || char === "$") {
      index += 1;
      continue;
    }
    if ("()|".includes(char)) return undefined;
    let atom: () => string;
    if (char === "[") {
      const end = pattern.indexOf("]", index + 1);
      if (end === -1) return undefined;
      const body = pattern.slice(index + 1, end);
      if (body.startsWith("^")) return undefined;
      const choices = expandClass(body);
      atom = () => choices[Math.floor(random() * choices.length)] ?? "";
      index = end + 1;
    } else if (char === "\\") {
      const escaped = escapeSample(pattern[index + 1] ?? "");
      atom = () => escaped;
      index += 2;
    } else if (char === ".") {
      atom = () => "a";
      index += 1;
    } else {
      atom = () => char;
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
    for (let repeat = 0; repeat < count; repeat += 1) out += atom();
  }
  return out;
}

// `A-Z2-7` → every character it allows (escapes count as themselves, `\d`/`\w` as one).
function expandClass(body: string): string[] {
  const out: string[] = [];
  for (let index = 0; index < body.length; index += 1) {
    let char = body[index]!;
    if (char === "\\") {
      char = escapeSample(body[index + 1] ?? "");
      index += 1;
    }
    if (body[index + 1] === "-" && index + 2 < body.length) {
      const end = body.charCodeAt(index + 2);
      for (let code = char.charCodeAt(0); code <= end; code += 1) out.push(String.fromCharCode(code));
      index += 2;
    } else out.push(char);
  }
  return out;
}

function escapeSample(letter: string): string {
  if (letter === "d") return "0";
  if (letter === "w") return "a";
  if (letter === "s") return " ";
  return letter;
}
