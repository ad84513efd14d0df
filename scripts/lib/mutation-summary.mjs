// Turns Stryker's JSON report (mutation-testing-report-schema) into the committed Markdown summary:
// a score per mutated file, the overall score, and where the survivors are.

/** Statuses that count towards the score; compile and runtime errors and ignored mutants do not. */
const CAUGHT = new Set(["Killed", "Timeout"]);
const MISSED = new Set(["Survived", "NoCoverage"]);

/**
 * Counts per file and overall. `score` is Stryker's mutation score: caught / (caught + missed), in %.
 *
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} report
 */
export function mutationScores(report) {
  const rows = Object.entries(report.files)
    .map(([file, { mutants }]) => tally(file, mutants))
    .sort((a, b) => a.file.localeCompare(b.file));
  const total = tally(
    "all files",
    Object.values(report.files).flatMap((f) => f.mutants),
  );
  return { rows, total };
}

function tally(file, mutants) {
  const count = (status) => mutants.filter((m) => m.status === status).length;
  const caught = mutants.filter((m) => CAUGHT.has(m.status)).length;
  const missed = mutants.filter((m) => MISSED.has(m.status)).length;
  return {
    file,
    mutants: mutants.length,
    killed: count("Killed"),
    timeout: count("Timeout"),
    survived: count("Survived"),
    noCoverage: count("NoCoverage"),
    score: caught + missed ? (100 * caught) / (caught + missed) : 100,
  };
}

/** The survivors and uncovered mutants, as `file:line mutator → replacement`. */
export function survivors(report) {
  return Object.entries(report.files)
    .flatMap(([file, { mutants }]) =>
      mutants
        .filter((m) => MISSED.has(m.status))
        .map((m) => ({
          file,
          line: m.location.start.line,
          status: m.status,
          mutator: m.mutatorName,
          replacement: (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 80),
        })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * The Markdown summary committed as docs/mutation-report.md.
 *
 * @param {object} report Stryker's JSON report.
 * @param {{ durationSeconds?: number, command?: string, source?: "groups" }} run
 */
export function mutationSummaryMarkdown(report, run = {}) {
  const { rows, total } = mutationScores(report);
  const pct = (n) => `${n.toFixed(1)} %`;
  const line = (r) =>
    `| ${r.file === "all files" ? "**all files**" : `\`${r.file}\``} | ${r.mutants} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r === total ? `**${pct(r.score)}**` : pct(r.score)} |`;
  const missed = survivors(report);
  return [
    "# Mutation testing of @docrun/core",
    "",
    "Written by `pnpm mutation` (StrykerJS over `packages/core/src`, killed by core's unit tests plus",
    "`tests/core` and `tests/hardening`; see `stryker.config.mjs`). Score = (killed + timed out) /",
    "(killed + timed out + survived + not covered). The full HTML report is in `reports/mutation/`",
    "(not committed).",
    "",
    ...(run.source === "groups"
      ? [
          "These scores come from group runs (`pnpm mutation --mutate <group>`, each against the tests",
          "written for that group, a lower bound of the full suite's score), merged with",
          "`pnpm mutation --summary-from-groups`.",
          "",
        ]
      : []),
    ...(run.durationSeconds == null
      ? []
      : [
          `Last full run: ${Math.round(run.durationSeconds / 60)} min (\`${run.command ?? "pnpm mutation"}\`).`,
          "",
        ]),
    "| File | Mutants | Killed | Timed out | Survived | No coverage | Score |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(line),
    line(total),
    "",
    `## Survivors (${missed.length})`,
    "",
    ...(missed.length
      ? missed.map((s) => `- \`${s.file}:${s.line}\` ${s.status} ${s.mutator}: \`${s.replacement}\``)
      : ["None."]),
    "",
  ].join("\n");
}
