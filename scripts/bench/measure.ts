/** Small shared pieces of the benchmarks: sizes, the markdown table, budgets. */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export interface Budget {
  name: string;
  value: number;
  limit: number;
  /** 'max': value must be <= limit; 'min': value must be >= limit. */
  kind: 'max' | 'min';
  unit: string;
}

export const withinBudget = (b: Budget) => (b.kind === 'max' ? b.value <= b.limit : b.value >= b.limit);
