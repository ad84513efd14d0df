// Every public export of a provider package (what src/index.ts exports, re-exports of core and the
// generated schema aside) must carry TSDoc with an @example, as the conventions require.
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/**
 * Names exported by `src/index.ts` of the package holding `testFileUrl` whose declaration (in the
 * package's own code) has no TSDoc comment with an `@example` tag.
 *
 * @example
 * ```ts
 * expect(exportsWithoutExample(import.meta.url)).toEqual([]);
 * ```
 */
export function exportsWithoutExample(testFileUrl: string): string[] {
  const srcDir = dirname(fileURLToPath(testFileUrl));
  const index = join(srcDir, "index.ts");
  const program = ts.createProgram([index], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  const ownCode = (fileName: string) =>
    fileName.startsWith(srcDir.split(sep).join("/")) && !fileName.includes("/generated/");
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = (symbol.declarations ?? []).filter((d) => ownCode(d.getSourceFile().fileName));
    if (declarations.length === 0) continue;
    const documented = declarations.some((declaration) => {
      const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      return ts.getJSDocTags(node).some((tag) => tag.tagName.text === "example");
    });
    if (!documented) missing.push(exported.name);
  }
  return missing.sort();
}
