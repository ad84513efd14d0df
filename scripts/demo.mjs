#!/usr/bin/env node
// `pnpm demo`: what docrun is for, in about half a minute, with no keys and no network. It starts
// the AnyFormat, Extend and Retab emulators on loopback, seeds them, and then lists every run of a
// workflow, waits for new runs, shows retries, typed errors and verified webhooks.
//   --live   talk to the real APIs instead, for each provider whose key is set (EXTEND_API_KEY, …);
//            read-only there (listing and a lookup), the rest is skipped with a line saying why.
import { parseArgs } from "node:util";
import { ensureBuilt } from "./demo/ensure-built.mjs";
import { createOutput } from "./demo/output.mjs";

const { values } = parseArgs({ options: { live: { type: "boolean", default: false } } });
const out = createOutput();

if (!ensureBuilt((text) => out.line(text))) process.exit(1);
// Imported only now: the packages it uses exist once the build above has run.
const { runDemo } = await import("./demo/main.mjs");
await runDemo(out, { live: values.live });

// Everything is closed; if a stray handle kept the process alive this would say so, not hang.
setTimeout(() => {
  console.error("demo: something is still running after cleanup");
  process.exit(1);
}, 5_000).unref();
