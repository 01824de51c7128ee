/** A share of 0..1 drawn as a row of cells, e.g. `███░░░░░░░` for 0.31. */
export function bar(share: number, cells = 10): string {
  const filled = Math.round(clamp(share) * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

/** A share of 0..1 as a whole percentage, right-aligned to four columns: ` 31%`. */
export function percent(share: number): string {
  return `${Math.round(clamp(share) * 100)}%`.padStart(4);
}

/** Rounds a share to three decimals, so JSON output does not change with float noise. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function clamp(share: number): number {
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}
