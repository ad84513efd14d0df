// Renders the results as Markdown: the machine first, then one section per question with its
// goal, whether it was met, how it was measured, and its table.

const verdictWord = (met) => (met === true ? "**met**" : met === false ? "**not met**" : "**not judged**");

const numeric = (cell) => /^[-–>< \d.,×]*$/.test(String(cell ?? ""));

function table({ headers, rows }) {
  const escape = (cell) => String(cell ?? "").replace(/\|/g, "\\|");
  // Numbers align right, words left.
  const right = headers.map(
    (_, i) =>
      i > 0 && rows.every((row) => numeric(row[i])) && rows.some((row) => String(row[i] ?? "") !== ""),
  );
  return [
    `| ${headers.map(escape).join(" | ")} |`,
    `|${right.map((r) => (r ? "---:" : "---")).join("|")}|`,
    ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
  ].join("\n");
}

/**
 * @param {{ machine: ReturnType<import("./machine.mjs").describeMachine>, quick: boolean, seconds: number,
 *   results: any[], chartFile: string }} input
 */
export function renderMarkdown({ machine, quick, seconds, results, chartFile }) {
  const lines = [
    "# docrun benchmarks",
    "",
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.platform} · Node ${machine.node} · ${machine.date} · ${quick ? "`pnpm bench --quick` (tiny sizes: the numbers mean nothing)" : "`pnpm bench`"} · ${Math.round(seconds)} s`,
    "",
    "Contenders run side by side in one process, taking turns round by round, so a noisy moment hits",
    "them alike; each figure is a median unless it says otherwise. Regenerate with `pnpm bench`.",
    "",
    "| question | goal | result |",
    "|---|---|---|",
    ...results.map((r) => `| ${r.title} | ${r.goal} | ${verdictWord(r.met)} |`),
    "",
    `![Each bar is a measurement divided by its goal](${chartFile})`,
    "",
  ];
  for (const result of results) {
    lines.push(
      `## ${result.title}`,
      "",
      `Goal: ${result.goal}. Result: ${verdictWord(result.met)} — ${result.verdict}.`,
      "",
    );
    if (result.error) lines.push(`This question failed to run: \`${result.error}\``, "");
    if (result.table) lines.push(table(result.table), "");
    for (const extra of result.extraTables ?? []) lines.push(`${extra.title}:`, "", table(extra), "");
    lines.push(`How: ${result.method}`, "");
    for (const note of result.notes ?? []) lines.push(`- ${note}`);
    if (result.notes?.length) lines.push("");
  }
  return lines.join("\n");
}
