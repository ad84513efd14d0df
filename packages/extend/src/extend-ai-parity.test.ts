// Lists every method of Extend's official SDK (`extend-ai`, the devDependency the spec is derived
// from) and every method of docrun's Extend client, and diffs them: each extend-ai method must have
// a docrun counterpart. Prints the mapping so a review sees which names differ and why.
import { ExtendClient } from "extend-ai";
import { describe, expect, it } from "vitest";
import { createExtendClient } from "./index.js";

/** Public methods on an object's prototype chain (not its helpers: `_…`, `convert…`). */
function methodsOf(target: object): string[] {
  const out = new Set<string>();
  for (let p = Object.getPrototypeOf(target); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) {
      const descriptor = Object.getOwnPropertyDescriptor(p, name);
      if (name === "constructor" || name.startsWith("_") || /^convert/.test(name)) continue;
      if (typeof descriptor?.value === "function") out.add(name);
    }
  }
  return [...out].sort();
}

function resourcesOf(target: object): string[] {
  const out = new Set<string>();
  for (let p = Object.getPrototypeOf(target); p && p !== Object.prototype; p = Object.getPrototypeOf(p))
    for (const name of Object.getOwnPropertyNames(p))
      if (!name.startsWith("_") && Object.getOwnPropertyDescriptor(p, name)?.get) out.add(name);
  return [...out].sort();
}

/** docrun's name for an extend-ai method: `retrieve` reads `get`; the root client's live in `sync`. */
function counterpart(resource: string | undefined, method: string): string {
  if (resource === undefined) return `sync.${method}`;
  return `${resource}.${method === "retrieve" ? "get" : method}`;
}

function extendAiMethods(): string[] {
  const official = new ExtendClient({ token: "unused" }) as unknown as Record<string, object>;
  return [
    ...methodsOf(official).map((m) => `.${m}`),
    ...resourcesOf(official).flatMap((r) => methodsOf(official[r]!).map((m) => `${r}.${m}`)),
  ];
}

describe("docrun's Extend client and extend-ai 1.17.0", () => {
  const docrun = createExtendClient({
    apiKey: "sk_unused",
    baseUrl: "http://127.0.0.1:1",
  }) as unknown as Record<string, Record<string, unknown>>;
  const has = (name: string) => {
    const [resource, method] = name.split(".") as [string, string];
    return typeof docrun[resource]?.[method] === "function";
  };

  it("has a counterpart for every extend-ai method (the mapping is printed)", () => {
    const official = extendAiMethods();
    const mapping = official.map((name) => {
      const [resource, method] = name.split(".") as [string, string];
      const ours = counterpart(resource === "" ? undefined : resource, method);
      return { extendAi: resource === "" ? method : name, docrun: ours, present: has(ours) };
    });
    console.log(
      mapping
        .map((m) => `${m.present ? "ok " : "MISSING"} extend.${m.extendAi} → extend.${m.docrun}`)
        .join("\n"),
    );
    expect(mapping.filter((m) => !m.present).map((m) => m.extendAi)).toEqual([]);
    // 103 API methods over 28 resources, 6 on the root client, 6 polling wrappers.
    expect(official.filter((n) => !n.endsWith("AndPoll"))).toHaveLength(109);
    expect(new Set(official.filter((n) => !n.startsWith(".")).map((n) => n.split(".")[0])).size).toBe(28);
  });

  it("keeps the public names of earlier releases", () => {
    for (const name of [
      "workflowRuns.list",
      "workflowRuns.get",
      "workflowRuns.create",
      "workflowRuns.createAndPoll",
      "workflowRuns.poll",
      "workflowRuns.update",
      "workflowRuns.cancel",
      "workflowRuns.delete",
      "workflowRuns.batchCreate",
      "workflowRuns.runMany",
      "workflows.list",
      "workflows.get",
      "files.upload",
      "files.get",
      "files.list",
      "webhooks.verify",
    ])
      expect(has(name), name).toBe(true);
  });

  it("gives every async family createAndPoll and poll, beyond what extend-ai wraps", () => {
    for (const resource of [
      "workflowRuns",
      "extractRuns",
      "parseRuns",
      "classifyRuns",
      "splitRuns",
      "editRuns",
      "formDetectionRuns",
      "evaluationSetRuns",
      "processorRun",
    ])
      for (const method of ["createAndPoll", "poll"])
        expect(has(`${resource}.${method}`), `${resource}.${method}`).toBe(true);
    for (const resource of ["extractRuns", "parseRuns", "classifyRuns", "splitRuns"])
      for (const method of ["createBatchAndPoll", "pollBatch"])
        expect(has(`${resource}.${method}`), `${resource}.${method}`).toBe(true);
  });
});
