/** Small shared pieces of the benchmarks: timing, sizes, the markdown table. */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Run a node script (Node 24 from node_modules) in the project; throws with its output on failure. */
export function runNode(args: string[], env: Record<string, string> = {}): { ms: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
  return { ms: performance.now() - start, stdout: r.stdout };
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
