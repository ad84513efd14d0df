// Loads the docrun provider packages the way a user would (their built dist/). A package that is
// not built yet, or lacks a helper, is reported as missing instead of faked.

const EXPECTED = {
  anyformat: ["@docrun/anyformat", "createAnyformatClient"],
  extend: ["@docrun/extend", "createExtendClient"],
  retab: ["@docrun/retab", "createRetabClient"],
};

/**
 * @returns {Promise<Record<"anyformat"|"extend"|"retab", { create: Function | null, module: any, missing: string | null }>>}
 */
export async function loadDocrun() {
  const out = {};
  for (const [provider, [specifier, factory]] of Object.entries(EXPECTED)) {
    try {
      const module = await import(specifier);
      const create = typeof module[factory] === "function" ? module[factory] : null;
      out[provider] = {
        create,
        module,
        missing: create ? null : `${specifier} does not export ${factory} yet`,
      };
    } catch (error) {
      out[provider] = {
        create: null,
        module: null,
        missing: `${specifier} not importable (${error.code ?? error.message})`,
      };
    }
  }
  return out;
}

/** True when `object.path` (dotted) is a function. */
export const hasMethod = (object, path) =>
  typeof path.split(".").reduce((at, key) => (at == null ? undefined : at[key]), object) === "function";
