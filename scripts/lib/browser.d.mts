// Types for browser.mjs, so the TypeScript tests can import it.
export interface FoundBrowser {
  path: string;
  from: string;
}
export type BrowserPlan =
  | { action: "use"; path: string; from: string }
  | { action: "install" }
  | { action: "skip"; hint: string }
  | { action: "fail"; reason: string };
export declare const BROWSER_ENV_VARS: readonly string[];
export declare const BROWSER_COMMANDS: readonly string[];
export declare const HOW_TO_ENABLE: string;
export declare function findBrowser(env?: NodeJS.ProcessEnv): FoundBrowser | undefined;
export declare function browserPlan(input: {
  found: FoundBrowser | undefined;
  canInstall: boolean;
  ci: boolean;
}): BrowserPlan;
export declare function canInstallBrowser(env?: NodeJS.ProcessEnv): boolean;
export declare function installChromium(): boolean;
export declare function ensureBrowser(options: {
  ci: boolean;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}): Exclude<BrowserPlan, { action: "install" }>;
