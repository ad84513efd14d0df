// Writes packages/<provider>/reference.md: every resource and method the generated layer has, with
// its HTTP operation and what core adds (pagination, waiting, idempotency). Checked for drift by
// `pnpm generate:check` like the code.
import { waitNames } from "./model.mjs";

function firstLine(text) {
  return String(text ?? "")
    .trim()
    .split("\n")[0]
    .replace(/\|/g, "\\|");
}

export function emitReference(model, { specPath, clientName, providerTitle, packageName }) {
  const lines = [
    `# ${packageName} reference`,
    "",
    `<!-- generated from ${specPath} by \`pnpm generate\` — do not edit. -->`,
    "",
    `Every operation of the ${providerTitle} API as a typed method of \`${clientName}.<resource>\`. Path parameters come first, in`,
    "path order; then the query (GET, DELETE) or the body (POST, PUT, PATCH); then per-call options (`signal`,",
    "`timeoutMs`, `deadlineMs`, `maxRetries`, `headers`). Listings return core's `Paginator` (`for await`,",
    "`.pages()`, `.toArray()`), filters and listing options in one object. Operations that start work in the",
    "background also have `…AndPoll` and `poll…`, which wait with core's schedule and deadline.",
    "",
    `${model.operations.length} operations in ${model.resources.size} resources.`,
    "",
  ];
  for (const resource of [...model.resources.keys()].sort()) {
    const ops = model.resources.get(resource);
    lines.push(`## ${clientName}.${resource}`, "", "| method | operation | notes |", "| --- | --- | --- |");
    for (const o of ops) {
      const params = [
        ...o.pathParams,
        ...(o.pagination ? ["options"] : o.body ? ["body"] : o.query.length ? ["query"] : []),
      ];
      const notes = [];
      if (o.pagination) notes.push(`paginated (${o.pagination.style})`);
      if (o.idempotent) notes.push("`Idempotency-Key` per call");
      if (o.deprecated) notes.push("deprecated");
      notes.push(firstLine(o.summary));
      lines.push(
        `| \`${o.name}(${params.join(", ")})\` | \`${o.httpMethod.toUpperCase()} ${o.path}\` | ${notes.filter(Boolean).join("; ")} |`,
      );
      if (o.wait) {
        const w = waitNames(o.name);
        lines.push(
          `| \`${w.andPoll}(${[...o.pathParams, "body"].join(", ")})\` | \`${o.operationId}\` then \`${o.pollOperation.operationId}\` | waits for ${o.wait.succeeded.join(" / ")}; ${o.wait.failed.join(" / ")} → \`RunFailedError\` |`,
          `| \`${w.poll}(${o.pollOperation.pathParams[0]})\` | \`${o.pollOperation.operationId}\` until settled | same statuses |`,
        );
      }
    }
    lines.push("");
  }
  return lines.join("\n");
}
