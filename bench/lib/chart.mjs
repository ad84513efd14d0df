// A hand-written SVG bar chart: every bar is a measurement divided by its goal, so one scale fits
// µs, MB, ms and kB. Bars left of the goal line met their goal.

const escape = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * @param {{ label: string, value: number, goal: number, unit?: string, higherIsBetter?: boolean }[]} bars
 * @param {string} subtitle
 */
export function renderChart(bars, subtitle) {
  const rowHeight = 26;
  const labelWidth = 430;
  const plotWidth = 420;
  const top = 64;
  const height = top + Math.max(1, bars.length) * rowHeight + 40;
  const width = labelWidth + plotWidth + 150;
  // Normalized so that 1 is the goal and smaller is better, whatever the direction of the goal.
  const norm = (bar) => (bar.higherIsBetter ? bar.goal / bar.value : bar.value / bar.goal);
  const max = Math.max(2, ...bars.map(norm).filter(Number.isFinite));
  const x = (ratio) => labelWidth + (Math.min(ratio, max) / max) * plotWidth;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="600">docrun benchmarks: measurement ÷ goal (left of the line = goal met)</text>`,
    `<text x="16" y="44" fill="#555">${escape(subtitle)}</text>`,
  ];
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const ratio = norm(bar);
    const met = ratio <= 1;
    const shown = Number.isFinite(ratio) ? ratio : 0;
    const measured = `${bar.value.toFixed(bar.value < 10 ? 2 : 1)}${bar.unit ?? ""} (goal ${bar.higherIsBetter ? "≥" : "≤"} ${bar.goal}${bar.unit ?? ""})`;
    out.push(
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escape(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 5}" width="${Math.max(1, x(shown) - labelWidth).toFixed(1)}" height="${rowHeight - 10}" fill="${met ? "#2e8b57" : "#c0392b"}"/>`,
      `<text x="${(x(shown) + 6).toFixed(1)}" y="${y + 16}" fill="#333">${escape(measured)}</text>`,
    );
  });
  const goalX = x(1).toFixed(1);
  const bottom = top + bars.length * rowHeight;
  out.push(
    `<line x1="${goalX}" y1="${top - 6}" x2="${goalX}" y2="${bottom + 4}" stroke="#222" stroke-dasharray="4 3"/>`,
    `<text x="${goalX}" y="${bottom + 20}" text-anchor="middle" fill="#222">goal</text>`,
    `</svg>`,
    "",
  );
  return out.join("\n");
}
