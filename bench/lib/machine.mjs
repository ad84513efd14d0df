import { cpus, totalmem } from "node:os";

/** The facts a reader needs to weigh the numbers: CPU, cores, memory, Node, date. */
export function describeMachine() {
  const list = cpus();
  return {
    cpu: (list[0]?.model ?? "unknown CPU").trim(),
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
}
