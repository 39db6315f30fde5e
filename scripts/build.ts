/**
 * `npm run build`: the editors' check and the pipeline (one run), Astro and Pagefind, published atomically.
 *
 * The new site is built beside the old one (dist.next/) and swapped in only
 * when every step succeeded, so a failed, interrupted or killed build leaves
 * the previous dist/ whole. The swap is two renames on one file system
 * (dist → dist.old, dist.next → dist); if a build dies between them, the next
 * run puts dist.old back first.
 *
 * A lock file (build/.build.lock, holding the builder's pid) stops a second
 * build in the same checkout: two Astro builds share .astro/ and would break
 * each other. A lock left by a killed build (its pid is gone) is taken over.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statfsSync, writeSync, closeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fsErrorMessage } from './fs-errors.ts';
import { indexSite } from './search-index.ts';
import { freezeCharts } from './freeze-charts.ts';

export interface PublishOptions {
  /** The checkout: dist/, dist.next/, dist.old/ and build/.build.lock live here. */
  root: string;
  /** Each step gets the folder the new site is built into; a step returns false when it failed. */
  steps: { name: string; run: (outDir: string) => boolean }[];
  log?: (line: string) => void;
}

export class BuildError extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Take the checkout's build lock, or throw a BuildError naming the build that holds it. */
export function acquireLock(lock: string): () => void {
  mkdirSync(join(lock, '..'), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new BuildError(`another build (pid ${pid}) is running in this checkout (lock file ${lock}). Wait for it to finish; if no build is running, delete the lock file.`);
      }
      rmSync(lock, { force: true }); // left by a build that was killed
    }
  }
  throw new BuildError(`could not take the build lock ${lock}.`);
}

/** Run the steps into dist.next/ and swap it in; the previous dist/ stays whole on any failure. */
export function publish({ root, steps, log = (l) => process.stdout.write(`${l}\n`) }: PublishOptions): void {
  const dist = join(root, 'dist');
  const next = join(root, 'dist.next');
  const old = join(root, 'dist.old');
  // No signal handlers: a killed build simply stops; its lock (dead pid) and dist.next/ are cleaned up by the next one.
  const release = acquireLock(join(root, 'build', '.build.lock'));
  try {
    // A build killed between the two renames left dist.old and no dist: restore it.
    if (!existsSync(dist) && existsSync(old)) renameSync(old, dist);
    rmSync(old, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
    for (const step of steps) {
      log(`build: ${step.name}`);
      const started = performance.now();
      const ok = step.run(next);
      log(`build: ${step.name} ${ok ? 'done' : 'failed'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      if (!ok) {
        throw new BuildError(`${step.name} failed (see above); ${existsSync(dist) ? `the previous ${relative(process.cwd(), dist) || 'dist'}/ is unchanged` : 'nothing was published'}.${diskHint(root)}`);
      }
    }
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(next, dist);
    rmSync(old, { recursive: true, force: true });
    log(`build: published ${relative(process.cwd(), dist) || dist}/`);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
}

/** A step that failed on a full disk says so (Astro's own message is a stack trace). */
function diskHint(root: string): string {
  try {
    const s = statfsSync(root);
    return s.bavail * s.bsize < 16 * 1024 * 1024 ? ` The disk holding ${root} is full (${Math.round((s.bavail * s.bsize) / 1024)} KB free): free some space and run again.` : '';
  } catch {
    return '';
  }
}

/** `npm run build -- --seeds <dir> --content <dir> --out <dir>` (extract's options) as check's: --out becomes --write, default build/data. */
export function pipelineArgs(argv: string[]): string[] {
  const args = argv.map((a) => a.replace(/^--out(?==|$)/, '--write'));
  return args.some((a) => /^--write(=|$)/.test(a)) ? args : [...args, '--write', join('build', 'data')];
}

function node(args: string[]): boolean {
  return spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const bin = (...p: string[]) => join(root, 'node_modules', ...p);
  // The build's machine-readable summary: each step records what it reused (scripts/datasets/build-summary.ts).
  process.env.BUILD_SUMMARY ||= join(root, 'build', 'last-build.json');
  rmSync(process.env.BUILD_SUMMARY, { force: true });
  try {
    publish({
      root,
      steps: [
        // One pipeline run both checks everything editors touch and writes the datasets (extract's --out is check's --write).
        { name: 'check and pipeline (npm run check -- --write)', run: () => node([join(root, 'scripts', 'check.ts'), ...pipelineArgs(process.argv.slice(2))]) },
        { name: 'astro build', run: (out) => node([bin('astro', 'bin', 'astro.mjs'), 'build', '--outDir', out]) },
        { name: 'pagefind', run: (out) => indexSite(out) },
        // A site with a host offers frozen embed URLs: keep every version it publishes (see scripts/freeze-charts.ts).
        ...(process.env.SITE
          ? [{ name: 'freeze chart versions', run: (out: string) => {
              const added = freezeCharts(out, process.env.CHART_ARCHIVE || join(root, 'archive', 'charts'));
              if (added.length) process.stdout.write(`build: ${added.length} new chart version(s) in archive/charts/: commit them\n`);
              return true;
            } }]
          : []),
      ],
    });
  } catch (error) {
    const message = error instanceof BuildError ? error.message : fsErrorMessage(error, root);
    if (!message) throw error;
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = 1;
  }
}
