// Finds a Chromium or Chrome for the real-browser tests where people usually have one, and
// installs Debian's `chromium` where the machine allows it (root with apt-get). Never downloads a
// browser build of its own: `playwright install` does not work on machines without the network.
import { spawnSync } from "node:child_process";
import { accessSync, constants, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

/** Environment variables people point at a browser, most specific first. */
export const BROWSER_ENV_VARS = [
  "DOCRUN_CHROMIUM",
  "CHROME_PATH",
  "CHROMIUM_PATH",
  "PUPPETEER_EXECUTABLE_PATH",
];
/** Executable names looked up on PATH. */
export const BROWSER_COMMANDS = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "chrome",
];
const MAC_APPS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command, env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

/** Chromium builds in Playwright's browser cache, newest revision first. */
function inPlaywrightCache(env) {
  const roots = [
    env.PLAYWRIGHT_BROWSERS_PATH,
    join(homedir(), ".cache", "ms-playwright"),
    join(homedir(), "Library", "Caches", "ms-playwright"),
  ].filter(Boolean);
  const layouts = [
    ["chrome-linux", "chrome"],
    ["chrome-linux64", "chrome"],
    ["chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"],
    ["chrome-linux", "headless_shell"],
    ["chrome-headless-shell-linux64", "chrome-headless-shell"],
  ];
  for (const root of roots) {
    let entries;
    try {
      entries = readdirSync(root);
    } catch {
      continue;
    }
    const builds = entries.filter((name) => /^chromium(_headless_shell)?-\d+$/.test(name));
    builds.sort((a, b) => Number(b.split("-").pop()) - Number(a.split("-").pop()));
    for (const build of builds) {
      for (const layout of layouts) {
        const path = join(root, build, ...layout);
        if (isExecutable(path)) return path;
      }
    }
  }
  return undefined;
}

/**
 * The first browser found: an environment variable, a command on PATH, Playwright's cache, the
 * usual macOS application folders.
 *
 * @example
 * const found = findBrowser(process.env); // { path: "/usr/bin/chromium", from: "PATH (chromium)" }
 */
export function findBrowser(env = process.env) {
  for (const name of BROWSER_ENV_VARS) {
    const value = env[name];
    if (value && isExecutable(value)) return { path: value, from: `$${name}` };
  }
  for (const command of BROWSER_COMMANDS) {
    const path = onPath(command, env);
    if (path) return { path, from: `PATH (${command})` };
  }
  const cached = inPlaywrightCache(env);
  if (cached) return { path: cached, from: "Playwright's browser cache" };
  for (const path of MAC_APPS) if (isExecutable(path)) return { path, from: "Applications" };
  return undefined;
}

/**
 * What to do about the browser suite, from what was found and what the machine allows.
 * `use`: run it with `path`; `install`: try apt-get, then look again; `skip`: leave it out and say
 * how to enable it; `fail`: under CI a missing browser is a failure, never a skip.
 *
 * @example
 * browserPlan({ found: undefined, canInstall: false, ci: false }); // { action: "skip", … }
 */
export function browserPlan({ found, canInstall, ci }) {
  if (found) return { action: "use", path: found.path, from: found.from };
  if (canInstall) return { action: "install" };
  if (ci) return { action: "fail", reason: "no Chromium or Chrome was found and none could be installed" };
  return { action: "skip", hint: HOW_TO_ENABLE };
}

export const HOW_TO_ENABLE =
  "browser suite skipped: no Chromium/Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) " +
  "or point CHROME_PATH at a Chrome or Chromium executable, then run `pnpm test` again.";

/** Root with apt-get, and the user has not opted out with DOCRUN_INSTALL_BROWSER=0. */
export function canInstallBrowser(env = process.env) {
  if (env.DOCRUN_INSTALL_BROWSER === "0") return false;
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return false;
  return onPath("apt-get", env) !== undefined;
}

/** Installs Debian's `chromium` with apt-get; true when it succeeded. */
export function installChromium() {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore", env });
  if (update.status !== 0) return false;
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "ignore", env });
  return install.status === 0;
}

/**
 * Finds a browser, installing Debian's chromium first where the machine allows it, and returns
 * the plan the test command follows.
 *
 * @example
 * const plan = ensureBrowser({ ci: process.env.CI === "true", log: console.log });
 */
export function ensureBrowser({ ci, log = () => {}, env = process.env }) {
  const plan = browserPlan({ found: findBrowser(env), canInstall: canInstallBrowser(env), ci });
  if (plan.action !== "install") return plan;
  log(
    "No Chromium/Chrome found: installing Debian's chromium with apt-get (once; DOCRUN_INSTALL_BROWSER=0 opts out)",
  );
  if (!installChromium()) log("apt-get could not install chromium");
  const after = findBrowser(env);
  if (after) return { action: "use", path: after.path, from: `${after.from}, just installed` };
  return browserPlan({ found: undefined, canInstall: false, ci });
}
