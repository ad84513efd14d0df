import { describe, expect, it } from "vitest";
import { exportsWithoutExample } from "../../../test-support/public-docs.js";

describe("public API documentation", () => {
  it("gives every public export TSDoc with an @example", () => {
    expect(exportsWithoutExample(import.meta.url)).toEqual([]);
  });
});
