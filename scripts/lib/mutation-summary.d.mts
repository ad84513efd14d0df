// Types for mutation-summary.mjs, so the TypeScript tests can import it.
export interface MutantResult {
  status: string;
  mutatorName?: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}
export interface MutationReport {
  files: Record<string, { mutants: MutantResult[] }>;
}
export interface FileScore {
  file: string;
  mutants: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Mutation score in %. */
  score: number;
}
export interface Survivor {
  file: string;
  line: number;
  status: string;
  mutator: string | undefined;
  replacement: string;
}
export declare function mutationScores(report: MutationReport): { rows: FileScore[]; total: FileScore };
export declare function survivors(report: MutationReport): Survivor[];
export declare function mutationSummaryMarkdown(
  report: MutationReport,
  run?: { durationSeconds?: number; command?: string; source?: "groups" },
): string;
