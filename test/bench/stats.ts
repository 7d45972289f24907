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
 * Times passes interleaved (a, b, c, a, b, c, ...) after one warm-up of each, so that a
 * burst of load from the other processes on a shared machine hits them alike.
 */
export function timeAll(runs: number, passes: (() => unknown)[]): Timing[] {
  for (const pass of passes) pass();
  const samples: number[][] = passes.map(() => []);
  for (let i = 0; i < runs; i++) {
    passes.forEach((pass, index) => {
      settle();
      samples[index].push(time(pass));
    });
  }
  return samples.map(summarise);
}

export function timePair(
  runs: number,
  a: () => unknown,
  b: () => unknown,
): { a: Timing; b: Timing } {
  const [first, second] = timeAll(runs, [a, b]);
  return { a: first, b: second };
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
