// Reads a merged OpenAPI document into the model the emitters write from: one entry per operation
// with its SDK resource and method name, parameters, body and result, and its resolved
// `x-docrun-pagination` / `x-docrun-wait` declarations. Every declaration is checked against the
// document here, so a declaration that points at a missing field or operation fails
// `pnpm generate` with a message naming the operation and the field.

const METHODS = ["get", "post", "put", "patch", "delete"];

/** `"Workflow Eval Runs"` → `"workflowEvalRuns"`. */
export function camelCase(words) {
  const parts = String(words)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  return parts.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join("");
}

function wordForms(text) {
  const out = new Set();
  for (const word of String(text)
    .split(/[^A-Za-z0-9]+|(?=[A-Z])/)
    .filter(Boolean)) {
    const w = word.toLowerCase();
    out.add(w);
    out.add(w.endsWith("s") ? w.slice(0, -1) : `${w}s`);
  }
  return out;
}

/** The method name an operationId reads as once the resource's own words are dropped. */
export function deriveMethodName(operationId, resource, tag) {
  const drop = new Set([...wordForms(resource), ...wordForms(tag ?? "")]);
  const words = operationId.split("_").filter((w) => !drop.has(w.toLowerCase()));
  return camelCase(words.join(" ")) || camelCase(operationId);
}

function resolveRef(doc, ref) {
  let node = doc;
  for (const part of ref.replace(/^#\//, "").split("/"))
    node = node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

function deref(doc, schema) {
  let s = schema;
  for (let i = 0; s && typeof s.$ref === "string" && i < 20; i++) s = resolveRef(doc, s.$ref);
  return s;
}

/** The schema at a dot path of a response body, or undefined when a field is missing. */
function schemaAt(doc, schema, path) {
  let node = deref(doc, schema);
  for (const key of path.split(".")) {
    const candidates = [node, ...(node?.anyOf ?? []), ...(node?.oneOf ?? []), ...(node?.allOf ?? [])].map(
      (s) => deref(doc, s),
    );
    const found = candidates.find((s) => s?.properties && Object.hasOwn(s.properties, key));
    if (!found) return undefined;
    node = deref(doc, found.properties[key]);
  }
  return node;
}

const refName = (schema) =>
  typeof schema?.$ref === "string" && schema.$ref.startsWith("#/components/schemas/")
    ? schema.$ref.slice("#/components/schemas/".length)
    : undefined;

function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}

function resolvePagination(doc, op, where, response) {
  let decl = op["x-docrun-pagination"];
  if (decl === undefined) return undefined;
  if (typeof decl === "string") {
    const preset = doc["x-docrun"]?.pagination?.[decl];
    if (!preset)
      fail(where, `x-docrun-pagination names preset "${decl}", which x-docrun.pagination does not define`);
    decl = preset;
  }
  const styles = { "id-cursor": ["after", "before"], token: ["token"], "page-number": ["page", "pageSize"] };
  const responseFields = { "id-cursor": ["after", "before"], token: ["next"], "page-number": ["total"] };
  if (!styles[decl.style])
    fail(where, `x-docrun-pagination.style must be one of ${Object.keys(styles).join(", ")}`);
  const queryNames = new Set(
    (op.parameters ?? [])
      .map((p) => deref(doc, p))
      .filter((p) => p.in === "query")
      .map((p) => p.name),
  );
  for (const key of [...styles[decl.style], ...(decl.request?.limit ? ["limit"] : [])]) {
    const name = decl.request?.[key];
    if (typeof name !== "string")
      fail(where, `x-docrun-pagination.request.${key} is required for style ${decl.style}`);
    if (!queryNames.has(name))
      fail(
        where,
        `x-docrun-pagination.request.${key} names query parameter "${name}", which the operation does not have`,
      );
  }
  if (!response?.schema) fail(where, "x-docrun-pagination on an operation without a JSON success body");
  const items = schemaAt(doc, response.schema, decl.items);
  if (!items || items.type !== "array")
    fail(where, `x-docrun-pagination.items "${decl.items}" is not an array field of the response`);
  for (const key of responseFields[decl.style]) {
    const path = decl.response?.[key];
    if (typeof path !== "string")
      fail(where, `x-docrun-pagination.response.${key} is required for style ${decl.style}`);
    if (!schemaAt(doc, response.schema, path))
      fail(where, `x-docrun-pagination.response.${key} "${path}" is not a field of the response`);
  }
  const limitName = decl.style === "page-number" ? decl.request.pageSize : decl.request.limit;
  const limitParam = (op.parameters ?? []).map((p) => deref(doc, p)).find((p) => p.name === limitName);
  const limitSchema = limitParam && deref(doc, limitParam.schema);
  const out = { ...decl, request: { ...decl.request }, response: { ...decl.response } };
  if (typeof limitSchema?.maximum === "number") out.maxLimit = limitSchema.maximum;
  if (decl.style === "page-number") out.defaultPageSize = decl.defaultPageSize ?? limitSchema?.default ?? 20;
  return { declaration: out, itemsSchema: items.items };
}

function resolveWait(doc, op, where, response, byOperationId) {
  const decl = op["x-docrun-wait"];
  if (decl === undefined) return undefined;
  for (const key of ["poll", "id", "status"])
    if (typeof decl[key] !== "string") fail(where, `x-docrun-wait.${key} must be a string`);
  for (const key of ["pending", "succeeded", "failed"])
    if (!Array.isArray(decl[key]) || decl[key].some((s) => typeof s !== "string"))
      fail(where, `x-docrun-wait.${key} must be a list of statuses`);
  const target = byOperationId.get(decl.poll);
  if (!target)
    fail(where, `x-docrun-wait.poll names operation "${decl.poll}", which the document does not have`);
  if (target.httpMethod !== "get" || target.pathParams.length !== 1)
    fail(where, `x-docrun-wait.poll "${decl.poll}" must be a GET with exactly one path parameter`);
  if (!response?.schema || !schemaAt(doc, response.schema, decl.id))
    fail(where, `x-docrun-wait.id "${decl.id}" is not a field of the response`);
  if (!schemaAt(doc, target.response.schema, decl.status))
    fail(where, `x-docrun-wait.status "${decl.status}" is not a field of ${decl.poll}'s response`);
  return { declaration: { ...decl }, pollOperationId: decl.poll };
}

function successResponse(doc, op) {
  const entries = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  for (const [status, raw] of entries) {
    const response = deref(doc, raw);
    const json = response.content?.["application/json"];
    if (json) return { status, mediaType: "application/json", schema: json.schema };
  }
  for (const [status, raw] of entries) {
    const response = deref(doc, raw);
    const [mediaType] = Object.keys(response.content ?? {});
    if (mediaType) return { status, mediaType, schema: response.content[mediaType].schema };
  }
  return { status: entries[0]?.[0] ?? "200", mediaType: undefined, schema: undefined };
}

/**
 * @param {object} doc the merged OpenAPI document
 * @returns {{ operations: object[], resources: Map<string, object[]> }}
 */
export function readModel(doc) {
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const httpMethod of METHODS) {
      const op = item[httpMethod];
      if (!op) continue;
      const where = `${httpMethod.toUpperCase()} ${path} (${op.operationId ?? "no operationId"})`;
      if (typeof op.operationId !== "string") fail(where, "every operation needs an operationId");
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const query = parameters.filter((p) => p.in === "query");
      const headers = parameters.filter((p) => p.in === "header");
      const tags = op.tags ?? [];
      const tag = tags[tags.length - 1];
      const resource =
        op["x-docrun-resource"] ?? (tag ? camelCase(tag) : fail(where, "no tag and no x-docrun-resource"));
      const name = op["x-docrun-method"] ?? deriveMethodName(op.operationId, resource, tag);
      const requestBody = op.requestBody ? deref(doc, op.requestBody) : undefined;
      const [bodyType] = Object.keys(requestBody?.content ?? {});
      operations.push({
        operationId: op.operationId,
        where,
        path,
        httpMethod,
        resource,
        name,
        summary: op.summary,
        description: op.description,
        deprecated: op.deprecated === true,
        pathParams,
        query: query.map((p) => ({ name: p.name, required: p.required === true })),
        idempotent: headers.some((p) => p.name.toLowerCase() === "idempotency-key"),
        body: requestBody
          ? {
              mediaType: bodyType,
              required: requestBody.required === true,
              schema: requestBody.content[bodyType].schema,
              binaryFields: binaryFields(doc, requestBody.content[bodyType].schema),
            }
          : undefined,
        response: successResponse(doc, op),
        raw: op,
      });
    }
  }
  const byOperationId = new Map(operations.map((o) => [o.operationId, o]));
  for (const o of operations) {
    const pagination = resolvePagination(doc, o.raw, o.where, o.response);
    if (pagination) {
      o.pagination = pagination.declaration;
      o.itemSchema = pagination.itemsSchema;
    }
    const wait = resolveWait(doc, o.raw, o.where, o.response, byOperationId);
    if (wait) {
      o.wait = wait.declaration;
      o.pollOperation = byOperationId.get(wait.pollOperationId);
    }
    o.responseShape = responseShape(doc, o.response.schema);
  }
  const resources = new Map();
  for (const o of operations) {
    if (!resources.has(o.resource)) resources.set(o.resource, []);
    resources.get(o.resource).push(o);
  }
  for (const [resource, ops] of resources) {
    const seen = new Map();
    for (const o of ops) {
      const names = [o.name, ...(o.wait ? [waitNames(o.name).andPoll, waitNames(o.name).poll] : [])];
      for (const n of names) {
        if (seen.has(n))
          fail(
            o.where,
            `method name ${resource}.${n} is also used by ${seen.get(n)}; set x-docrun-method on one of them`,
          );
        seen.set(n, o.operationId);
      }
    }
  }
  return { operations, resources, refName, deref: (s) => deref(doc, s) };
}

/** `create` → `createAndPoll`/`poll`; `createRun` → `createRunAndPoll`/`pollRun`. */
export function waitNames(method) {
  const suffix = method.replace(/^create/, "");
  return { andPoll: `${method}AndPoll`, poll: `poll${suffix}` };
}

function binaryFields(doc, schema) {
  const s = deref(doc, schema);
  return Object.entries(s?.properties ?? {})
    .filter(([, p]) => {
      const d = deref(doc, p);
      const items = d?.items ? deref(doc, d.items) : undefined;
      return (
        d?.format === "binary" || d?.contentMediaType || items?.format === "binary" || items?.contentMediaType
      );
    })
    .map(([name, p]) => ({ name, array: deref(doc, p)?.type === "array" }));
}

/** What the SDK relies on in a JSON success body: an object, and its `id` when the schema requires one. */
function responseShape(doc, schema) {
  const s = deref(doc, schema);
  if (!s || (s.type !== "object" && !s.properties)) return undefined;
  const id = s.properties?.id && deref(doc, s.properties.id);
  return (s.required ?? []).includes("id") && id?.type === "string" ? { id: "string" } : {};
}
