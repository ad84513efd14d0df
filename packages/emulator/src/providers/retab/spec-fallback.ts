// Serves every operation of Retab's spec that the hand-written routes do not, through the
// generic spec engine (framework/spec-engine), driven by the spec's x-docrun-pagination and
// x-docrun-wait declarations. Retab's quirks live here: FastAPI's 422 body, `{detail}` errors,
// id prefixes, and the objects the hand-written routes own (workflows, runs, uploaded files)
// shown to the engine's item operations.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
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
 * Retab's spec as docrun ships it: Retab's published document with docrun's overlay applied
 * (`specs/retab.openapi.yaml`, written by `pnpm generate`), read from the repository.
 *
 * @example
 * ```ts
 * retabSpecDocument().paths["/v1/extractions"].get["x-docrun-pagination"]; // "id-cursor-list"
 * ```
 */
export function retabSpecDocument(): Record<string, any> {
  const path = new URL("../../../../../specs/retab.openapi.yaml", import.meta.url);
  return parseYaml(readFileSync(path, "utf8")) as Record<string, any>;
}

/**
 * Requests the hand-written routes answer, told apart without loading the spec (parsing it costs
 * seconds on a busy machine, and the workflow-run traffic the bench measures never needs it).
 * The negative look-aheads are the spec's literal paths that win over a route's id segment; a
 * test checks this table against the engine's own matching for every operation.
 */
const HAND_WRITTEN_ROUTES: readonly [method: string, path: RegExp][] = [
  ["GET", /^\/v1\/workflows\/runs$/],
  ["POST", /^\/v1\/workflows\/runs$/],
  ["GET", /^\/v1\/workflows\/runs\/(?!export$)[^/]+$/],
  ["DELETE", /^\/v1\/workflows\/runs\/(?!export$)[^/]+$/],
  ["POST", /^\/v1\/workflows\/runs\/[^/]+\/cancel$/],
  ["GET", /^\/v1\/workflows\/steps$/],
  ["GET", /^\/v1\/workflows\/steps\/[^/]+$/],
  ["GET", /^\/v1\/workflows\/blocks$/],
  ["GET", /^\/v1\/workflows$/],
  [
    "GET",
    /^\/v1\/workflows\/(?!(artifacts|blocks|edges|evals|experiments|reviews|runs|spec|steps|versions)$)[^/]+$/,
  ],
  ["POST", /^\/v1\/files\/upload$/],
  ["POST", /^\/v1\/files\/upload\/[^/]+\/complete$/],
];

/**
 * Whether a request goes to a hand-written route (without loading the spec).
 *
 * @example
 * ```ts
 * isHandWrittenRoute("GET", "/v1/workflows/runs"); // true
 * ```
 */
export function isHandWrittenRoute(method: string, path: string): boolean {
  return HAND_WRITTEN_ROUTES.some(([routeMethod, pattern]) => routeMethod === method && pattern.test(path));
}

let engine: SpecEngine<Call> | null | undefined;
const stores = new WeakMap<RetabState, ResourceStore>();

function retabEngine(): SpecEngine<Call> | null {
  if (engine !== undefined) return engine;
  let document: Record<string, any>;
  try {
    document = retabSpecDocument();
  } catch {
    // An installed package has no specs/ folder: only the hand-written routes answer there.
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
  if (isHandWrittenRoute(request.method, request.path)) return handWritten();
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
