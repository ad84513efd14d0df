import { describe, expect, it } from "vitest";
import { seededId, seededRow } from "./id-codec.js";
import { seededRandom } from "./ids.js";
import { isoTime } from "../../framework/iso-time.js";
import { seedTable, seedWorkflows } from "./seed.js";
import { RUN_STATUSES } from "./model.js";

describe("extend seeded ids", () => {
  it("turn back into their row, for every row of a large seed", () => {
    for (let row = 0; row < 100_000; row += 997) {
      const id = seededId("workflow_run", 42, row);
      expect(id).toMatch(/^workflow_run_[A-Za-z0-9_-]{21}$/);
      expect(seededRow("workflow_run", 42, id, 100_000)).toBe(row);
    }
  });

  it("reject ids of another seed, prefix, size or with any character changed", () => {
    const id = seededId("file", 7, 1234);
    expect(seededRow("file", 8, id, 100_000)).toBe(-1);
    expect(seededRow("workflow_run", 7, id, 100_000)).toBe(-1);
    expect(seededRow("file", 7, id, 1000)).toBe(-1);
    for (let i = 5; i < id.length; i++) {
      const changed = id.slice(0, i) + (id[i] === "a" ? "b" : "a") + id.slice(i + 1);
      expect(seededRow("file", 7, changed, 100_000)).toBe(-1);
    }
  });
});

describe("extend seed table", () => {
  const workflows = seedWorkflows(6, seededRandom(3));

  it("is identical for the same seed", () => {
    const a = seedTable({ runs: 500, seed: 3 }, workflows);
    const b = seedTable({ runs: 500, seed: 3 }, workflows);
    expect(Array.from(a.createdAt)).toEqual(Array.from(b.createdAt));
    expect(Array.from(a.status)).toEqual(Array.from(b.status));
    expect(a.batchIds).toEqual(b.batchIds);
  });

  it("has a realistic status mix, increasing creation times and batches", () => {
    const table = seedTable({ runs: 20_000, seed: 1 }, workflows);
    const share = (status: string) =>
      table.status.filter((code) => RUN_STATUSES[code] === status).length / table.rows;
    expect(share("PROCESSED")).toBeGreaterThan(0.7);
    expect(share("PROCESSED")).toBeLessThan(0.85);
    expect(share("FAILED")).toBeGreaterThan(0.04);
    for (const status of ["NEEDS_REVIEW", "REJECTED", "CANCELLED", "PENDING", "PROCESSING"])
      expect(share(status)).toBeGreaterThan(0);
    for (let row = 1; row < table.rows; row++) {
      if (!(table.createdAt[row]! > table.createdAt[row - 1]!))
        throw new Error(`createdAt not increasing at ${row}`);
      if (!(table.fileCreatedAt[row]! > table.fileCreatedAt[row - 1]!))
        throw new Error(`file createdAt not increasing at ${row}`);
      if (!(table.updatedAt[table.byUpdated[row]!]! >= table.updatedAt[table.byUpdated[row - 1]!]!))
        throw new Error(`byUpdated out of order at ${row}`);
    }
    expect(table.batchIds.length).toBeGreaterThan(10);
  });

  it("builds 100,000 runs", () => {
    const table = seedTable({ runs: 100_000, seed: 2 }, workflows);
    expect(table.rows).toBe(100_000);
    expect(new Set(Array.from(table.byUpdated)).size).toBe(100_000);
  });
});

describe("extend timestamp formatting (the shared formatter)", () => {
  it("matches Date.prototype.toISOString across eras, leap days and millisecond edges", () => {
    const random = seededRandom(99);
    const samples = [
      0, -1, 951_782_400_000, 951_868_799_999, 4_107_542_399_999, -62_135_596_800_000, 253_402_300_799_999,
    ];
    for (let i = 0; i < 20_000; i++) samples.push(Math.floor((random() * 2 - 1) * 62_000_000_000_000));
    for (const ms of samples) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });
});
