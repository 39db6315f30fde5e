/** The bench's peak-RSS and CPU probes count the whole process tree, not only the process it started. */
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/bench/process-tree.ts';

const GRANDCHILD = "const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b.length, 1500);";
const CHILD = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}], { stdio: 'inherit' });`;

describe('measure', () => {
  it('sees the memory of a grandchild', async () => {
    const m = await measure(process.execPath, ['-e', CHILD], { cwd: process.cwd() });
    expect(m.peakRss).toBeGreaterThan(200 * 1024 * 1024);
  });

  it('counts the CPU time of a grandchild, and not the time a command sleeps', async () => {
    // The grandchild works for a while, then prints the CPU time it used itself.
    const busy = "let x = 0; for (let i = 0; i < 4e8; i++) x ^= i; const u = process.cpuUsage(); console.log(JSON.stringify({ cpuMs: (u.user + u.system) / 1000, x }));";
    const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify('BUSY')}], { stdio: 'inherit' });`.replace('"BUSY"', JSON.stringify(busy));
    const m = await measure(process.execPath, ['-e', child], { cwd: process.cwd() });
    const own = (JSON.parse(m.stdout) as { cpuMs: number }).cpuMs;
    // /proc counts in clock ticks (10 ms): the tree's time includes the grandchild's, plus two Node start-ups.
    expect(m.cpuMs).toBeGreaterThanOrEqual(own - 20);
    const sleeper = await measure(process.execPath, ['-e', 'setTimeout(() => {}, 1500)'], { cwd: process.cwd() });
    expect(sleeper.ms).toBeGreaterThan(1400);
    expect(sleeper.cpuMs).toBeLessThan(sleeper.ms / 2);
  });

  it('rejects with the output of a failing command', async () => {
    await expect(measure(process.execPath, ['-e', 'console.error("boom"); process.exit(3)'], { cwd: process.cwd() })).rejects.toThrow(/failed \(3\)[\s\S]*boom/);
  });
});
