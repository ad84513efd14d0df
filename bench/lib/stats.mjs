// Small statistics helpers: the bench reports medians (robust to a noisy neighbour) and tail
// percentiles for latencies.

/** Median of a list of numbers (NaN for an empty list). */
export const median = (values) => percentile(values, 50);

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** A number for a table: `digits` decimals, thousands separated. */
export const fmt = (value, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "–";

/** A ratio for a table, e.g. `1.07×`. */
export const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");

/** Arithmetic mean (NaN for an empty list). */
export const mean = (values) =>
  values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
