import { defineProject } from "vitest/config";

/**
 * The vitest project every package uses: unit and loopback tests beside the code (`*.test.ts`),
 * type tests (`*.test-d.ts`) checked by vitest's typecheck mode against the package's tsconfig.
 */
export function packageProject(name: string) {
  return defineProject({
    test: {
      name,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      typecheck: {
        enabled: true,
        include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
        tsconfig: "./tsconfig.json",
      },
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  });
}
