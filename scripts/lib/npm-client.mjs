// npm pointed at one local registry through a throwaway userconfig, so nothing the developer
// configured (~/.npmrc, a company registry, a token) is read or touched.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "./processes.mjs";

/**
 * An npm runner bound to `registryUrl`, with its config and cache inside `dir`.
 * @example const npm = createNpmClient(tmp, registry.url); await npm(["install", "@docrun/extend"], { cwd });
 */
export function createNpmClient(dir, registryUrl) {
  mkdirSync(join(dir, "npm-cache"), { recursive: true });
  const userconfig = join(dir, "npmrc");
  const globalconfig = join(dir, "npmrc-global");
  const hostPath = registryUrl.replace(/^https?:/, "");
  // A dummy token: verdaccio lets anonymous users publish here, npm just wants one to send.
  writeFileSync(
    userconfig,
    [`registry=${registryUrl}`, `${hostPath}:_authToken=release-e2e-dummy-token`, ""].join("\n"),
  );
  writeFileSync(globalconfig, "");
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
  Object.assign(env, {
    npm_config_userconfig: userconfig,
    npm_config_globalconfig: globalconfig,
    npm_config_registry: registryUrl,
    npm_config_cache: join(dir, "npm-cache"),
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    npm_config_loglevel: "error",
  });
  return async function npm(args, { cwd }) {
    const result = await runCommand("npm", args, { cwd, env, timeoutMs: 180_000 });
    if (result.status !== 0) {
      throw new Error(
        `npm ${args.join(" ")} failed (${result.status ?? result.signal}) in ${cwd}:\n${result.stdout}${result.stderr}`,
      );
    }
    return result.stdout;
  };
}
