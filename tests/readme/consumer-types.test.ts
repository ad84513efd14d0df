// A consumer's view of the published types (issue 18, item 4): a project with `lib: ["ES2022"]`
// and @types/node (no DOM) type-checks every package, .d.ts files included; editors show the
// named types (`Workflow`), not `components["schemas"]["…"]`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const workDir = mkdtempSync(join(root, "tests", "readme", ".consumer-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const consumer = `
import { createAnyformatClient, ConnectionError, RunFailedError as AnyformatRunFailed } from "@docrun/anyformat";
import { createExtendClient, withResponse } from "@docrun/extend";
import { createRetabClient } from "@docrun/retab";
import { createTransport, type Logger } from "@docrun/core";
import { startEmulator } from "@docrun/emulator";

const af = createAnyformatClient({ apiKey: "k" });
const extend = createExtendClient({ apiKey: "k", logger: console satisfies Logger });
const retab = createRetabClient({ apiKey: "k" });
export const afWorkflow = af.workflows.get("w");
export const extendRun = extend.workflowRuns.get("r");
export const retabRun = retab.workflowRuns.get("r");
export const raw = withResponse((o) => extend.workflowRuns.get("r", o));
export const transport = createTransport();
export const emulator = startEmulator({ provider: "extend" });
export function why(error: unknown): string | undefined {
  if (error instanceof ConnectionError) return error.code;
  if (error instanceof AnyformatRunFailed) return error.run.status;
  return undefined;
}
`;

function program(lib: string[]) {
  const file = join(workDir, "consumer.ts");
  writeFileSync(file, consumer);
  return {
    file,
    program: ts.createProgram([file], {
      target: ts.ScriptTarget.ES2022,
      lib,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: false, // the packages' .d.ts must stand on ES2022 + @types/node alone
      types: ["node"],
      typeRoots: [join(root, "node_modules", "@types")],
    }),
  };
}

describe("a consumer project", () => {
  it('with lib ["ES2022"] and @types/node (no DOM) type-checks every package', () => {
    const { program: checked } = program(["lib.es2022.d.ts"]);
    const errors = ts
      .getPreEmitDiagnostics(checked)
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(errors).toEqual([]);
  });

  it('sees named types where it hovers, not components["schemas"][…]', () => {
    const { program: checked, file } = program(["lib.es2022.d.ts"]);
    const checker = checked.getTypeChecker();
    const source = checked.getSourceFile(file)!;
    const shown: Record<string, string> = {};
    source.forEachChild((node) => {
      if (!ts.isVariableStatement(node)) return;
      for (const declaration of node.declarationList.declarations)
        shown[declaration.name.getText()] = checker.typeToString(checker.getTypeAtLocation(declaration.name));
    });
    expect(shown).toMatchObject({
      afWorkflow: "Promise<Workflow>",
      extendRun: "Promise<WorkflowRun>",
      retabRun: "Promise<WorkflowRun>",
      raw: "Promise<{ data: WorkflowRun; response: Response; }>",
    });
  });
});
