/** What the Node side hands a page, and what the page hands back (both JSON). */
export interface ScenarioInput {
  /** The emulator's base URL (another origin than the page: CORS applies). */
  baseUrl: string;
  apiKey: string;
  /** Page size to list with: small, so the listing spans several pages. */
  pageSize: number;
  /** A webhook delivery signed in Node with the provider's scheme. */
  webhook: { body: string; headers: Record<string, string>; secret: string };
}

/** What a page reports back. */
export interface ScenarioResult {
  listedIds: string[];
  pages: number;
  /** The terminal status of a run created and waited for in the page. */
  waitedStatus: string;
  /** "accepted", or the error's name and reason. */
  webhookHonest: string;
  webhookTampered: string;
}

/** A page registers its scenario here; the test calls it through `page.evaluate`. */
export type Scenario = (input: ScenarioInput) => Promise<ScenarioResult>;

declare global {
  interface Window {
    docrunScenario?: Scenario;
  }
}

/** How a verification attempt ended, as plain text for the Node side. */
export async function verdict(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return "accepted";
  } catch (error) {
    const { name, reason } = error as { name?: string; reason?: string };
    return `${name}:${reason ?? ""}`;
  }
}
