// Serves every operation of Retab's document that the hand-written routes do not, through the
// generic spec engine (framework/spec-engine). Retab's quirks live here: FastAPI's 422 body,
// `{detail}` errors, id prefixes, and the objects the hand-written routes own (workflows, runs,
// uploaded files) shown to the engine's item operations.
//
// TEMPORARY until the merged spec (Retab's document + docrun's overlay, issue #15) is on main:
// the document is read from specs/upstream/retab.openapi.json and annotated below with the
// x-docrun-pagination / x-docrun-wait declarations the overlay will carry. When the merged spec
// lands, load it instead and delete `annotate`.
import { readFileSync } from "node:fs";
import type { EmulatorRequest, EmulatorResponse, ProviderContext } from "../../framework/types.js";
import { createSpecEngine, type SpecEngine } from "../../framework/spec-engine/engine.js";
import type { RequestIssue } from "../../framework/spec-engine/request-validation.js";
import type { ResourceStore, StoredObject } from "../../framework/spec-engine/resource-store.js";
import { authenticate } from "./auth.js";
import { detailError, validationError, type ValidationIssue } from "./errors.js";
import { retabId } from "./ids.js";
import type { RetabState } from "./state.js";

/** Operations the hand-written routes answer (workflow runs, steps, workflows, blocks, uploads). */
export const HAND_WRITTEN_OPERATIONS = [
  "list_workflow_runs",
  "create_workflow_run",
  "get_workflow_run",
  "delete_workflow_run",
  "cancel_workflow_run",
  "list_workflow_run_steps",
  "get_workflow_step",
  "list_workflows",
  "get_workflow",
  "list_blocks",
  "upload_file",
  "complete_upload_file",
] as const;

interface Call {
  readonly retab: RetabState;
  readonly handWritten: () => EmulatorResponse;
}

const PRIMITIVE_JOB = {
  status: "status",
  pending: ["pending", "queued", "in_progress"],
  succeeded: ["completed"],
  failed: ["failed", "cancelled"],
};
const WORKFLOW_JOB = {
  status: "lifecycle.status",
  pending: ["pending", "queued", "running"],
  succeeded: ["completed"],
  failed: ["error", "cancelled"],
};
/** Collections whose create starts an async job, with where its status is and what it can be. */
const ASYNC_FAMILIES: Record<string, typeof PRIMITIVE_JOB> = {
  classifications: PRIMITIVE_JOB,
  edits: PRIMITIVE_JOB,
  extractions: PRIMITIVE_JOB,
  "files/blueprints": PRIMITIVE_JOB,
  parses: PRIMITIVE_JOB,
  partitions: PRIMITIVE_JOB,
  splits: PRIMITIVE_JOB,
  "workflows/evals/runs": WORKFLOW_JOB,
  "workflows/experiments/runs": WORKFLOW_JOB,
};
const ID_PREFIXES: Record<string, string> = {
  extractions: "extr_",
  parses: "prs_",
  classifications: "cls_",
  splits: "spl_",
  edits: "edit_",
  partitions: "prt_",
  templates: "tpl_",
  blueprints: "bp_",
  tables: "tbl_",
  workflows: "wf_",
  evals: "eval_",
  experiments: "exp_",
  runs: "run_",
};

/**
 * Retab's document with docrun's declarations (TEMPORARY, see the top of this file): id-cursor
 * pagination on every list taking `before`/`after`/`limit`, and a wait on every async job family.
 *
 * @example
 * ```ts
 * const document = annotatedRetabDocument();
 * document.paths["/v1/extractions"].get["x-docrun-pagination"]; // "id-cursor-list"
 * ```
 */
export function annotatedRetabDocument(): Record<string, any> {
  const path = new URL("../../../../../specs/upstream/retab.openapi.json", import.meta.url);
  const document = JSON.parse(readFileSync(path, "utf8")) as Record<string, any>;
  document["x-docrun"] = {
    pagination: {
      "id-cursor-list": {
        style: "id-cursor",
        items: "data",
        request: { after: "after", before: "before", limit: "limit" },
        response: { after: "list_metadata.after", before: "list_metadata.before" },
      },
    },
  };
  for (const item of Object.values(document["paths"] as Record<string, any>)) {
    const names = new Set(((item.get?.parameters ?? []) as { name: string }[]).map((p) => p.name));
    if (["before", "after", "limit"].every((name) => names.has(name)))
      item.get["x-docrun-pagination"] = "id-cursor-list";
  }
  for (const [family, job] of Object.entries(ASYNC_FAMILIES)) {
    const create = document["paths"][`/v1/${family}`]?.post;
    const itemPath = Object.keys(document["paths"]).find((p) =>
      new RegExp(`^/v1/${family}/\\{[^}/]+\\}$`).test(p),
    );
    if (create === undefined || itemPath === undefined) continue;
    create["x-docrun-wait"] = { poll: document["paths"][itemPath].get.operationId, id: "id", ...job };
  }
  return document;
}

let engine: SpecEngine<Call> | null | undefined;
const stores = new WeakMap<RetabState, ResourceStore>();

function retabEngine(): SpecEngine<Call> | null {
  if (engine !== undefined) return engine;
  let document: Record<string, any>;
  try {
    document = annotatedRetabDocument();
  } catch {
    // A published package has no specs/ folder (TEMPORARY): only the hand-written routes answer.
    return (engine = null);
  }
  const handWritten = Object.fromEntries(
    HAND_WRITTEN_OPERATIONS.map((id) => [id, (_request: EmulatorRequest, call: Call) => call.handWritten()]),
  );
  return (engine = createSpecEngine<Call>({
    document,
    overrides: handWritten,
    errors: {
      validation: (issues) => validationError(issues.map(toFastApiIssue)),
      notFound: (collection) => detailError(404, `${singular(collection)} not found`),
      badRequest: (message) => detailError(400, message),
      methodNotAllowed: (allowed) => detailError(405, "Method Not Allowed", { allow: allowed.join(", ") }),
    },
    authenticate: (request, _call, ctx) => authenticate(request, ctx),
    createId: (collection, random) => {
      const last = collection.split("/").pop() ?? "";
      return retabId(ID_PREFIXES[last] ?? `${last.slice(0, 4)}_`, random);
    },
    findExternal: (call, collection, id) => ownedObject(call.retab, collection, id),
  }));
}

/**
 * Answers a request through the spec engine, or calls `handWritten` for the operations the
 * hand-written routes own and for paths the document does not have.
 *
 * @example
 * ```ts
 * return answerFromSpec(request, state, ctx, () => routeHandWritten(request, state, ctx));
 * ```
 */
export function answerFromSpec(
  request: EmulatorRequest,
  state: RetabState,
  ctx: ProviderContext,
  handWritten: () => EmulatorResponse,
): EmulatorResponse {
  const spec = retabEngine();
  if (spec === null) return handWritten();
  return spec.handle(request, { retab: state, handWritten }, ctx, specStoreOf(state)) ?? handWritten();
}

/**
 * The engine's store of one Retab emulator (for tests that need ids of seeded collections).
 *
 * @example
 * ```ts
 * retabSpecEngine()?.idsOf(specStoreOf(emulator.state.provider), "/v1/workflows/reviews");
 * ```
 */
export function specStoreOf(state: RetabState): ResourceStore {
  let store = stores.get(state);
  if (store === undefined) {
    store = retabEngine()!.createStore();
    stores.set(state, store);
  }
  return store;
}

/** The shared Retab engine, or null when the document is not available. */
export function retabSpecEngine(): SpecEngine<Call> | null {
  return retabEngine();
}

function ownedObject(state: RetabState, collection: string, id: string): StoredObject | undefined {
  if (collection === "/v1/workflows") {
    const workflow = state.workflows.get(id);
    if (workflow === undefined) return undefined;
    return {
      id: workflow.id,
      name: workflow.name,
      description: workflow.description,
      created_at: new Date(workflow.createdAt).toISOString(),
      updated_at: new Date(workflow.updatedAt).toISOString(),
    };
  }
  if (collection === "/v1/files") {
    const upload = state.uploads.get(id);
    if (upload === undefined || !upload.completed) return undefined;
    return { id: upload.fileId, filename: upload.filename, mime_type: upload.contentType };
  }
  if (collection === "/v1/workflows/runs") {
    const run = state.runs.get(id);
    return run === undefined ? undefined : { id: run.id };
  }
  return undefined;
}

const PYDANTIC_TYPES: Record<string, string> = {
  maximum: "less_than_equal",
  minimum: "greater_than_equal",
  exclusiveMaximum: "less_than",
  exclusiveMinimum: "greater_than",
  minLength: "string_too_short",
  maxLength: "string_too_long",
  pattern: "string_pattern_mismatch",
  enum: "enum",
  const: "literal_error",
  minItems: "too_short",
  maxItems: "too_long",
};
const TYPE_ERRORS: Record<string, string> = {
  integer: "int_parsing",
  number: "float_parsing",
  boolean: "bool_parsing",
  string: "string_type",
  object: "dict_type",
  array: "list_type",
};

// FastAPI + pydantic v2 name each failure with a `type` and put where it happened in `loc`.
function toFastApiIssue(issue: RequestIssue): ValidationIssue {
  const loc = [issue.location, ...issue.path];
  if (issue.keyword === "missing") return { type: "missing", loc, msg: "Field required", input: null };
  if (issue.keyword === "json_invalid")
    return {
      type: "json_invalid",
      loc: ["body", 0],
      msg: "JSON decode error",
      input: {},
      ctx: { ...issue.params },
    };
  const type =
    issue.keyword === "type"
      ? (TYPE_ERRORS[String(issue.params["type"]).split(",")[0]!] ?? "value_error")
      : (PYDANTIC_TYPES[issue.keyword] ?? "value_error");
  return {
    type,
    loc,
    msg: `Input should be valid: ${issue.message}`,
    input: issue.value ?? null,
    ctx: { ...issue.params },
  };
}

function singular(collection: string): string {
  const last = collection.split("/").pop() ?? "resource";
  const word = last.endsWith("s") ? last.slice(0, -1) : last;
  return word.charAt(0).toUpperCase() + word.slice(1);
}
