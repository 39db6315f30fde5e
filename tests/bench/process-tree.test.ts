/** The bench's peak-RSS probe counts the whole process tree, not only the process it started. */
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/bench/process-tree.ts';

const GRANDCHILD = "const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b.length, 1500);";
const CHILD = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}], { stdio: 'inherit' });`;

describe('measure', () => {
  it('sees the memory of a grandchild', async () => {
    const m = await measure(process.execPath, ['-e', CHILD], { cwd: process.cwd() });
    expect(m.peakRss).toBeGreaterThan(200 * 1024 * 1024);
  });

  it('rejects with the output of a failing command', async () => {
    await expect(measure(process.execPath, ['-e', 'console.error("boom"); process.exit(3)'], { cwd: process.cwd() })).rejects.toThrow(/failed \(3\)[\s\S]*boom/);
  });
});
