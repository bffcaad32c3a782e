/** Percentiles over measured samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export async function timeEach(times: number, run: () => unknown | Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface Row {
  benchmark: string;
  figure: string;
  baseline?: string;
  ratio?: string;
  target?: string;
  /** Whether the figure meets the target, for rows that have one. */
  met?: boolean;
}

export const ms = (n: number): string => `${n.toFixed(1)} ms`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function printTable(rows: Row[]): void {
  const headers = ['benchmark', 'figure', 'baseline', 'ratio', 'target', 'met'] as const;
  const metCell = (met?: boolean) => (met === undefined ? '' : met ? 'yes' : 'NO');
  const cells = rows.map((r) => headers.map((h) => (h === 'met' ? metCell(r.met) : (r[h] ?? ''))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}
