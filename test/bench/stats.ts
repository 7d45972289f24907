/** Timings of repeated runs: the median is the figure, min and max show the noise. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Collects garbage between runs when node was started with --expose-gc. */
export function settle(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Times two passes interleaved (a, b, a, b, ...) after one warm-up of each, so that a
 * burst of load from the other processes on a shared machine hits both alike.
 */
export function timePair(
  runs: number,
  a: () => unknown,
  b: () => unknown,
): { a: Timing; b: Timing } {
  a();
  b();
  const aSamples: number[] = [];
  const bSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    aSamples.push(time(a));
    settle();
    bSamples.push(time(b));
  }
  return { a: summarise(aSamples), b: summarise(bSamples) };
}

export function time(pass: () => unknown): number {
  const start = performance.now();
  pass();
  return performance.now() - start;
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function formatTiming(timing: Timing): string {
  return `${ms(timing.median)} (${ms(timing.min)}–${ms(timing.max)})`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A plain-text table with aligned columns, readable in a log and pasteable as Markdown. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => r[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
