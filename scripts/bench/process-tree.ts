/**
 * Run a command and measure its wall time and the peak resident memory of its
 * whole process tree (the command and every process it starts: Astro's
 * workers, Pagefind's native binary). Linux only: /proc is sampled every
 * 50 ms and the RSS of the live processes summed (shared pages count once
 * per process, so the sum slightly over-states; a spike shorter than the
 * interval can be missed).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  ms: number;
  /** Peak of the summed RSS of the tree, in bytes. */
  peakRss: number;
  stdout: string;
}

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return []; // the process ended between listing and reading
  }
}

function rss(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The summed RSS of a process and all its descendants, now. */
export function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss(pid);
    stack.push(...children(pid));
  }
  return total;
}

/** Run `command args` in `cwd`; rejects with its output when it fails. */
export function measure(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; intervalMs?: number }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-200_000)));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-200_000)));
    let peakRss = 0;
    const sample = () => (peakRss = Math.max(peakRss, treeRss(child.pid!)));
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${[command, ...args].join(' ')} failed (${code}):\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`));
      else resolve({ ms, peakRss, stdout });
    });
  });
}
