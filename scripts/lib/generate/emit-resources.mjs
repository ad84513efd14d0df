// Writes one TypeScript file per resource (so unused resources tree-shake away) with one typed
// method per operation, calling @docrun/core's operation functions with data descriptors. The
// files import only @docrun/core and the package's own generated `schema.ts`.
import { waitNames } from "./model.mjs";

const HEADER = (specPath) =>
  `// generated from ${specPath} — do not edit.\n// Regenerate with \`pnpm generate\` after changing the spec or its overlay.\n`;

const q = (s) => JSON.stringify(s);
const pascal = (s) => s[0].toUpperCase() + s.slice(1);

function docText(text) {
  return String(text ?? "")
    .replace(/\*\//g, "*\\/")
    .replace(/\r/g, "")
    .trim();
}

/** The first paragraph of a description, as TSDoc lines. */
function docLines(o) {
  const lines = [];
  const summary = docText(o.summary);
  if (summary) lines.push(summary.endsWith(".") ? summary : `${summary}.`);
  const description = docText(o.description).split(/\n\s*\n/)[0];
  if (description && description !== summary) lines.push("", ...description.split("\n"));
  lines.push("", `\`${o.httpMethod.toUpperCase()} ${o.path}\``);
  if (o.deprecated) lines.push("", "@deprecated Deprecated by the provider.");
  return lines;
}

function jsdoc(lines, indent = "  ") {
  return [`${indent}/**`, ...lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)), `${indent} */`].join(
    "\n",
  );
}

function opType(o) {
  return `paths[${q(o.path)}][${q(o.httpMethod)}]`;
}

function schemaType(model, schema, fallback) {
  const name = model.refName(schema);
  return name ? `components["schemas"][${q(name)}]` : fallback;
}

function resultType(model, o) {
  const r = o.response;
  if (!r.mediaType) return "void";
  if (r.mediaType === "application/json")
    return schemaType(
      model,
      r.schema,
      `${opType(o)}["responses"][${q(r.status)}]["content"]["application/json"]`,
    );
  if (/stream/.test(r.mediaType)) return "ReadableStream<Uint8Array>";
  return "string";
}

function itemType(model, o) {
  const name = model.refName(o.itemSchema);
  if (name) return `components["schemas"][${q(name)}]`;
  const path = o.pagination.items
    .split(".")
    .map((k) => `[${q(k)}]`)
    .join("");
  return `NonNullable<${resultType(model, o)}${path}>[number]`;
}

function bodyType(model, o) {
  const b = o.body;
  const base = schemaType(
    model,
    b.schema,
    `NonNullable<${opType(o)}["requestBody"]>["content"][${q(b.mediaType)}]`,
  );
  if (b.binaryFields.length === 0) return base;
  const files = b.binaryFields.map((f) => `${q(f.name)}: ${f.array ? "Blob[]" : "Blob"}`).join("; ");
  return `Omit<${base}, ${b.binaryFields.map((f) => q(f.name)).join(" | ")}> & { ${files} }`;
}

const queryType = (o) => `NonNullable<${opType(o)}["parameters"]["query"]>`;

function paramName(name) {
  const n = name.replace(/[^A-Za-z0-9]+(.)/g, (_, c) => c.toUpperCase());
  return /^[0-9]/.test(n) ? `_${n}` : n;
}

function cursorType(p) {
  return p.style === "id-cursor" ? "IdCursor" : p.style === "token" ? "string" : "number";
}

function descriptor(o, resource) {
  const fields = [
    `name: ${q(`${resource}.${o.name}`)}`,
    `method: ${q(o.httpMethod.toUpperCase())}`,
    `path: ${q(o.path)}`,
    `pathParams: ${q(o.pathParams)}`,
  ];
  if (o.idempotent) fields.push("idempotent: true");
  if (o.body?.mediaType === "multipart/form-data") fields.push(`bodyType: "multipart/form-data"`);
  const media = o.response.mediaType;
  if (media && media !== "application/json")
    fields.push(`parseAs: ${q(/stream/.test(media) ? "stream" : "text")}`);
  if (o.responseShape && !o.pagination) fields.push(`shape: ${JSON.stringify(o.responseShape)}`);
  if (o.pagination) fields.push(`pagination: ${JSON.stringify(o.pagination)}`);
  return `{ ${fields.join(", ")} }`;
}

/** Signature parts (parameters in order, as declared in the interface) and the call expression. */
function method(model, o, resource, clientName) {
  const path = o.pathParams.map((p) => ({ name: paramName(p), type: "string" }));
  const args = `[${path.map((p) => p.name).join(", ")}]`;
  const hasQuery = o.query.length > 0;
  const queryRequired = o.query.some((p) => p.required);
  const opsRef = `OPERATIONS.${o.name}`;
  const example = (call) => ["@example", "```ts", call, "```"];
  const pathExample = o.pathParams.map((p) => q(`<${p}>`)).join(", ");
  if (o.pagination) {
    const cursorParams = [o.pagination.request.after, o.pagination.request.before, o.pagination.request.token]
      .filter(Boolean)
      .map(q)
      .join(" | ");
    const filters = cursorParams ? `Omit<${queryType(o)}, ${cursorParams}>` : queryType(o);
    const optional = queryRequired ? "" : "?";
    return {
      signature: `${o.name}(${[...path.map((p) => `${p.name}: string`), `options${optional}: ${filters} & ListCallOptions`].join(", ")}): Paginator<${itemType(model, o)}, ${cursorType(o.pagination)}>`,
      impl: `${o.name}: (${[...path.map((p) => p.name), "options"].join(", ")}) => listOperation(ctx, ${opsRef}, ${args}, options)`,
      docs: [
        ...docLines(o),
        "",
        "Every item across pages (`for await`), or `.pages()` / `.toArray({ limit })`; filters and listing options in one object.",
        "",
        ...example(
          `for await (const item of ${clientName}.${resource}.${o.name}(${[pathExample, ""].filter(Boolean).join(", ")})) console.log(item);`,
        ),
      ],
    };
  }
  const result = resultType(model, o);
  const optionsType = o.idempotent ? "CallOptions" : "RequestOptions";
  if (o.body) {
    const optional = o.body.required ? "" : "?";
    const opts = hasQuery ? `${optionsType} & { query?: ${queryType(o)} }` : optionsType;
    const impl = hasQuery
      ? `${o.name}: (${[...path.map((p) => p.name), "body", "options = {}"].join(", ")}) => { const { query, ...rest } = options; return callOperation(ctx, ${opsRef}, ${args}, { body, query }, rest); }`
      : `${o.name}: (${[...path.map((p) => p.name), "body", "options"].join(", ")}) => callOperation(ctx, ${opsRef}, ${args}, { body }, options)`;
    return {
      signature: `${o.name}(${[...path.map((p) => `${p.name}: string`), `body${optional}: ${bodyType(model, o)}`, `options?: ${opts}`].join(", ")}): Promise<${result}>`,
      impl,
      docs: [
        ...docLines(o),
        "",
        ...example(
          `const result = await ${clientName}.${resource}.${o.name}(${[pathExample, "body"].filter(Boolean).join(", ")});`,
        ),
      ],
    };
  }
  if (hasQuery) {
    const optional = queryRequired ? "" : "?";
    return {
      signature: `${o.name}(${[...path.map((p) => `${p.name}: string`), `query${optional}: ${queryType(o)}`, `options?: ${optionsType}`].join(", ")}): Promise<${result}>`,
      impl: `${o.name}: (${[...path.map((p) => p.name), "query", "options"].join(", ")}) => callOperation(ctx, ${opsRef}, ${args}, { query }, options)`,
      docs: [
        ...docLines(o),
        "",
        ...example(`const result = await ${clientName}.${resource}.${o.name}(${pathExample});`),
      ],
    };
  }
  return {
    signature: `${o.name}(${[...path.map((p) => `${p.name}: string`), `options?: ${optionsType}`].join(", ")}): Promise<${result}>`,
    impl: `${o.name}: (${[...path.map((p) => p.name), "options"].join(", ")}) => callOperation(ctx, ${opsRef}, ${args}, {}, options)`,
    docs: [
      ...docLines(o),
      "",
      ...example(`const result = await ${clientName}.${resource}.${o.name}(${pathExample});`),
    ],
  };
}

function waitMethods(model, o, resource, clientName) {
  const names = waitNames(o.name);
  const pollOp = o.pollOperation;
  const state = resultType(model, pollOp);
  const path = o.pathParams.map(paramName);
  const waitRef = `WAITS.${o.name}`;
  const bodyOptional = o.body?.required ? "" : "?";
  const statusList = (list) => list.map((s) => `\`${s}\``).join(", ");
  return [
    {
      signature: `${names.andPoll}(${[...path.map((p) => `${p}: string`), `body${bodyOptional}: ${bodyType(model, o)}`, `options?: WaitOptions<${state}> & Pick<CallOptions, "idempotencyKey">`].join(", ")}): Promise<${state}>`,
      impl: `${names.andPoll}: (${[...path, "body", "options"].join(", ")}) => createAndPollOperation(ctx, OPERATIONS.${o.name}, POLL_OPERATIONS.${o.name}, ${waitRef}, ${q(resource)}, [${path.join(", ")}], body, options)`,
      docs: [
        `\`${o.name}\`, then waits until \`${o.wait.status}\` is ${statusList(o.wait.succeeded)} (returned) or ${statusList(o.wait.failed)} (\`RunFailedError\`).`,
        o.wait.request
          ? `Sends ${Object.entries(o.wait.request)
              .map(([k, v]) => `\`${k}: ${JSON.stringify(v)}\``)
              .join(
                ", ",
              )} unless the body says otherwise; \`timeoutMs\` bounds the whole call (default 10 minutes, then \`PollTimeoutError\`).`
          : "`timeoutMs` bounds the whole call (default 10 minutes, then `PollTimeoutError`).",
        "",
        "@example",
        "```ts",
        `const done = await ${clientName}.${resource}.${names.andPoll}(${[...o.pathParams.map((p) => q(`<${p}>`)), "body"].join(", ")}, { timeoutMs: 120_000 });`,
        "```",
      ],
    },
    {
      signature: `${names.poll}(${pollOp.pathParams.map(paramName)[0]}: string, options?: WaitOptions<${state}>): Promise<${state}>`,
      impl: `${names.poll}: (id, options) => pollOperation(ctx, POLL_OPERATIONS.${o.name}, ${waitRef}, ${q(resource)}, id, options)`,
      docs: [
        `Waits on an existing one (\`${pollOp.operationId}\`) until \`${o.wait.status}\` is ${statusList(o.wait.succeeded)} or ${statusList(o.wait.failed)} (\`RunFailedError\`).`,
        "",
        "@example",
        "```ts",
        `const done = await ${clientName}.${resource}.${names.poll}(${q(`<${pollOp.pathParams[0]}>`)}, { timeoutMs: 120_000 });`,
        "```",
      ],
    },
  ];
}

/**
 * @returns {Record<string, string>} file name (relative to src/generated/resources/) → contents
 */
export function emitResources(model, { specPath, clientName, providerTitle }) {
  const files = {};
  const names = [...model.resources.keys()].sort();
  for (const resource of names) {
    const ops = model.resources.get(resource);
    const iface = pascal(resource);
    const members = [];
    const impls = [];
    for (const o of ops) {
      const m = method(model, o, resource, clientName);
      members.push(`${jsdoc(m.docs)}\n  ${m.signature};`);
      impls.push(`    ${m.impl},`);
      if (o.wait)
        for (const w of waitMethods(model, o, resource, clientName)) {
          members.push(`${jsdoc(w.docs)}\n  ${w.signature};`);
          impls.push(`    ${w.impl},`);
        }
    }
    const waits = ops.filter((o) => o.wait);
    const usesList = ops.some((o) => o.pagination);
    const usesCall = ops.some((o) => !o.pagination);
    const coreValues = [
      ...(usesCall ? ["callOperation"] : []),
      ...(usesList ? ["listOperation"] : []),
      ...(waits.length ? ["createAndPollOperation", "pollOperation"] : []),
    ];
    const coreTypes = [
      ...(ops.some((o) => o.idempotent) || waits.length ? ["CallOptions"] : []),
      ...(usesList ? ["IdCursor", "ListCallOptions", "Paginator"] : []),
      "Operation",
      ...(ops.some((o) => !o.idempotent && !o.pagination) ? ["RequestOptions"] : []),
      ...(waits.length ? ["WaitDeclaration", "WaitOptions"] : []),
      "WaitContext",
    ];
    const usesComponents = true;
    const body = [
      HEADER(specPath),
      `import { ${coreValues.join(", ")}, ${coreTypes.map((t) => `type ${t}`).join(", ")} } from "@docrun/core";`,
      `import type { ${usesComponents ? "components, " : ""}paths } from "../schema.js";`,
      "",
      `const OPERATIONS = {`,
      ...ops.map((o) => `  ${o.name}: ${descriptor(o, resource)},`),
      `} satisfies Record<string, Operation>;`,
      ...(waits.length
        ? [
            "",
            "const POLL_OPERATIONS = {",
            ...waits.map((o) => `  ${o.name}: ${descriptor(o.pollOperation, resource)},`),
            "} satisfies Record<string, Operation>;",
            "",
            "const WAITS = {",
            ...waits.map((o) => {
              const { poll: _poll, ...rest } = o.wait;
              return `  ${o.name}: ${JSON.stringify(rest)},`;
            }),
            "} satisfies Record<string, WaitDeclaration>;",
          ]
        : []),
      "",
      jsdoc(
        [
          `\`${clientName}.${resource}\`: ${ops.length} operation${ops.length === 1 ? "" : "s"} of the ${providerTitle} API (${[...new Set(ops.map((o) => o.raw.tags?.at(-1)).filter(Boolean))].join(", ")}).`,
          "",
          "@example",
          "```ts",
          `const ${resource} = ${clientName}.${resource};`,
          "```",
        ],
        "",
      ),
      `export interface ${iface} {`,
      members.join("\n"),
      "}",
      "",
      jsdoc(
        [
          `Builds \`${resource}\` on a client's operation context (the client factory does this).`,
          "",
          "@example",
          "```ts",
          `const ${resource} = create${iface}(ctx);`,
          "```",
        ],
        "",
      ),
      `export function create${iface}(ctx: WaitContext): ${iface} {`,
      "  return {",
      ...impls,
      "  };",
      "}",
      "",
    ].join("\n");
    files[`${resource}.ts`] = body;
  }
  files["index.ts"] = [
    HEADER(specPath),
    `import type { WaitContext } from "@docrun/core";`,
    ...names.map((r) => `import { create${pascal(r)}, type ${pascal(r)} } from "./${r}.js";`),
    "",
    ...names.map((r) => `export { create${pascal(r)}, type ${pascal(r)} } from "./${r}.js";`),
    "",
    jsdoc(
      [
        `Every generated resource of the ${providerTitle} API.`,
        "",
        "@example",
        "```ts",
        `const { ${names[0]} }: GeneratedResources = createGeneratedResources(ctx);`,
        "```",
      ],
      "",
    ),
    "export interface GeneratedResources {",
    ...names.map((r) => `  readonly ${r}: ${pascal(r)};`),
    "}",
    "",
    jsdoc(
      [
        `Builds every generated resource on one operation context.`,
        "",
        "@example",
        "```ts",
        "const resources = createGeneratedResources(ctx);",
        "```",
      ],
      "",
    ),
    "export function createGeneratedResources(ctx: WaitContext): GeneratedResources {",
    "  return {",
    ...names.map((r) => `    ${r}: create${pascal(r)}(ctx),`),
    "  };",
    "}",
    "",
  ].join("\n");
  return files;
}
