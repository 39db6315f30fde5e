/**
 * Atomic publishing (scripts/build.ts): steps run into dist.next/ and dist/
 * is replaced only when all succeeded. A failing or killed build leaves the
 * previous dist/ whole; a second build in one checkout is stopped by the lock
 * with a clear message; file-system failures name the path. The steps here
 * are small stand-ins for the pipeline, Astro and Pagefind.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock, pipelineArgs, publish } from '../../scripts/build.ts';
import { fsErrorMessage } from '../../scripts/fs-errors.ts';

/** A checkout whose dist/ holds a complete previous build. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'checkout-'));
  mkdirSync(join(root, 'dist', 'stories'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), 'old home');
  writeFileSync(join(root, 'dist', 'stories', 'index.html'), 'old stories');
  return root;
}
const write = (name: string, text: string) => (out: string) => (mkdirSync(out, { recursive: true }), writeFileSync(join(out, name), text), true);
const quiet = () => {};
const ROOT = join(import.meta.dirname, '..', '..');

describe('atomic publishing', () => {
  it('a failing step leaves the previous dist/ whole and no dist.next/ behind', () => {
    const root = checkout();
    expect(() => publish({ root, log: quiet, steps: [{ name: 'astro build', run: write('index.html', 'half') }, { name: 'pagefind', run: () => false }] })).toThrow(/pagefind failed \(see above\); the previous .*dist\/ is unchanged/);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('old home');
    expect(readFileSync(join(root, 'dist', 'stories', 'index.html'), 'utf8')).toBe('old stories');
    expect(readdirSync(root).sort()).toEqual(['build', 'dist']);
    expect(existsSync(join(root, 'build', '.build.lock'))).toBe(false);
  });

  it('a successful build replaces dist/ as a whole (no file of the old build survives)', () => {
    const root = checkout();
    publish({ root, log: quiet, steps: [{ name: 'astro build', run: write('index.html', 'new home') }] });
    expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new home');
  });

  it('a build killed mid-step leaves dist/ whole, and the next build takes over its lock', async () => {
    const root = checkout();
    const script = `import { publish } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'scripts', 'build.ts'))};
      import { mkdirSync, writeFileSync } from 'node:fs';
      publish({ root: ${JSON.stringify(root)}, log: () => {}, steps: [{ name: 'slow', run: (out) => { mkdirSync(out); writeFileSync(out + '/index.html', 'partial'); console.log('started'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000); return true; } }] });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(() => acquireLock(join(root, 'build', '.build.lock'))).toThrow(new RegExp(`another build \\(pid ${child.pid}\\) is running in this checkout \\(lock file .*build/\\.build\\.lock\\)`));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('old home');
    publish({ root, log: quiet, steps: [{ name: 'astro build', run: write('index.html', 'new home') }] });
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new home');
    expect(readdirSync(root).sort()).toEqual(['build', 'dist']);
  });

  it('a build that died between the two renames is repaired: dist.old/ goes back to dist/', () => {
    const root = checkout();
    renameSync(join(root, 'dist'), join(root, 'dist.old'));
    expect(() => publish({ root, log: quiet, steps: [{ name: 'astro build', run: () => false }] })).toThrow(/unchanged/);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('old home');
  });

  it('disk-full and read-only errors become one line naming the path', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code, path: '/repo/build/data/documents.json' });
    expect(fsErrorMessage(error('ENOSPC'), '/repo')).toBe('cannot write /repo/build/data/documents.json: the disk is full. Free some space and run again (ENOSPC).');
    expect(fsErrorMessage(error('EROFS'), '/repo')).toMatch(/^cannot write \/repo\/build\/data\/documents\.json: the file system is read-only/);
    expect(fsErrorMessage(error('EACCES'), '/repo')).toMatch(/permission denied/);
    expect(fsErrorMessage(new Error('other'), '/repo')).toBeNull();
  });

  it('extract into a folder it may not write says so, naming the path, without a stack trace', () => {
    // sysfs refuses new folders to everyone (root included), like a read-only mount.
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.ts'), '--quiet', '--out', '/sys/gz-reform-test'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: cannot write \/sys\/\.?gz-reform-test[^:]*: (permission denied|operation not permitted|the file system is read-only)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the pipeline step of npm run build', () => {
  it('runs the pipeline once, through the check, with extract\'s options (--out is check\'s --write)', () => {
    expect(pipelineArgs([])).toEqual(['--write', join('build', 'data')]);
    expect(pipelineArgs(['--seeds', 's', '--content', 'c', '--out', 'o'])).toEqual(['--seeds', 's', '--content', 'c', '--write', 'o']);
    expect(pipelineArgs(['--out=o'])).toEqual(['--write=o']);
    // Not a prefix match: another option that starts with "out" is left alone.
    expect(pipelineArgs(['--outline'])).toEqual(['--outline', '--write', join('build', 'data')]);
  });
});
