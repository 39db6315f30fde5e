/**
 * Run a command and measure its wall time and the peak resident memory of its
 * whole process tree (the command and every process it starts: Astro's
 * workers, Pagefind's native binary). Linux only: /proc is sampled every
 * 50 ms and the RSS of the live processes summed (shared pages count once
 * per process, so the sum slightly over-states; a spike shorter than the
 * interval can be missed). CPU time is the tree's user + system time, read
 * from this process's counters of waited-for children (/proc/self/stat
 * cutime, cstime): on a machine shared with other builds it moves far less
 * than wall time, which stretches with the load.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  ms: number;
  /** User + system CPU time of the command and every process it started and waited for, in ms. */
  cpuMs: number;
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

/** Clock ticks per second of /proc's times (getconf CLK_TCK; 100 on Linux unless the kernel says otherwise). */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** CPU time of this process's waited-for children so far (cutime + cstime), in ms. */
export function childrenCpuMs(): number {
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat(5) (cutime, cstime) are at 13 and 14 counted from field 3.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
}

/** Run `command args` in `cwd`; rejects with its output when it fails. */
export function measure(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; intervalMs?: number }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const cpuStart = childrenCpuMs();
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
      const cpuMs = childrenCpuMs() - cpuStart;
      if (code !== 0) reject(new Error(`${[command, ...args].join(' ')} failed (${code}):\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`));
      else resolve({ ms, cpuMs, peakRss, stdout });
    });
  });
}
