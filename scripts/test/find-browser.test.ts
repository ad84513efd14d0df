// How `pnpm test` finds its browser: the places people keep Chromium/Chrome, and what it does
// when there is none (install where allowed, skip with a hint on a laptop, fail under CI).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { browserPlan, canInstallBrowser, findBrowser, HOW_TO_ENABLE } from "../lib/browser.mjs";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function executable(...segments: string[]): string {
  const path = join(dir, ...segments);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, "#!/bin/sh\nexit 0\n");
  chmodSync(path, 0o755);
  return path;
}

function emptyEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // An empty PATH and an empty Playwright cache, so nothing on this machine is found by accident.
  return { PATH: join(dir, "nothing"), PLAYWRIGHT_BROWSERS_PATH: join(dir, "no-cache"), HOME: dir, ...extra };
}

describe("findBrowser", () => {
  it("takes CHROME_PATH when it names an executable", () => {
    dir = mkdtempSync(join(tmpdir(), "browser-"));
    const chrome = executable("opt", "chrome");
    expect(findBrowser(emptyEnv({ CHROME_PATH: chrome }))).toEqual({ path: chrome, from: "$CHROME_PATH" });
  });

  it("ignores an environment variable that names no executable and looks further", () => {
    dir = mkdtempSync(join(tmpdir(), "browser-"));
    const onPath = executable("bin", "chromium-browser");
    const found = findBrowser(emptyEnv({ CHROME_PATH: join(dir, "missing"), PATH: join(dir, "bin") }));
    expect(found).toEqual({ path: onPath, from: "PATH (chromium-browser)" });
  });

  it.each(["chromium", "chromium-browser", "google-chrome"])("finds %s on PATH", (command) => {
    dir = mkdtempSync(join(tmpdir(), "browser-"));
    const path = executable("bin", command);
    expect(findBrowser(emptyEnv({ PATH: join(dir, "bin") }))?.path).toBe(path);
  });

  it("finds the newest Chromium in Playwright's browser cache", () => {
    dir = mkdtempSync(join(tmpdir(), "browser-"));
    executable("cache", "chromium-1100", "chrome-linux", "chrome");
    const newest = executable("cache", "chromium-1200", "chrome-linux", "chrome");
    const found = findBrowser(emptyEnv({ PLAYWRIGHT_BROWSERS_PATH: join(dir, "cache") }));
    expect(found).toEqual({ path: newest, from: "Playwright's browser cache" });
  });

  it("finds nothing where there is nothing", () => {
    dir = mkdtempSync(join(tmpdir(), "browser-"));
    expect(findBrowser(emptyEnv())).toBeUndefined();
  });
});

describe("browserPlan", () => {
  const found = { path: "/opt/chrome", from: "$CHROME_PATH" };

  it("uses a browser that was found, under CI or not", () => {
    expect(browserPlan({ found, canInstall: true, ci: true })).toEqual({ action: "use", ...found });
    expect(browserPlan({ found, canInstall: false, ci: false })).toEqual({ action: "use", ...found });
  });

  it("installs when none was found and the machine allows it", () => {
    expect(browserPlan({ found: undefined, canInstall: true, ci: false })).toEqual({ action: "install" });
  });

  it("skips with a one-line hint on a machine that cannot install", () => {
    const plan = browserPlan({ found: undefined, canInstall: false, ci: false });
    expect(plan).toEqual({ action: "skip", hint: HOW_TO_ENABLE });
    expect(HOW_TO_ENABLE).not.toContain("\n");
    expect(HOW_TO_ENABLE).toContain("CHROME_PATH");
  });

  it("fails under CI instead of skipping", () => {
    expect(browserPlan({ found: undefined, canInstall: false, ci: true }).action).toBe("fail");
  });
});

describe("canInstallBrowser", () => {
  it("is off when the user opts out, and off without apt-get", () => {
    dir = mkdtempSync(join(tmpdir(), "browser-"));
    executable("bin", "apt-get");
    expect(canInstallBrowser({ PATH: join(dir, "bin"), DOCRUN_INSTALL_BROWSER: "0" })).toBe(false);
    expect(canInstallBrowser({ PATH: join(dir, "nothing") })).toBe(false);
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    expect(canInstallBrowser({ PATH: join(dir, "bin") })).toBe(isRoot);
  });
});
