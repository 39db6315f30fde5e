/**
 * Global setup of the "site" test project: starts the site builds
 * (tests/setup/site-builds.ts) in a background process and returns at once,
 * so the unit tests (sequence.groupOrder 0 in vitest.config.ts) run while the
 * site is built. Every site test file first waits for the builds to finish
 * (tests/setup/wait-for-site.ts, a setup file of the project), then reads the
 * folders with inject('siteDirs'). When a build fails, each site test file
 * fails with its output.
 */
import type { TestProject } from 'vitest/node';
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SITE_CACHE } from '../helpers/site.ts';
import { SITE_DIRS, type SiteDirs } from './site-builds.ts';

/** Written when the builds are over: { ok } and, on failure, what they printed. */
export const STATUS = join(SITE_CACHE, 'status.json');
const LOG = join(SITE_CACHE, 'builds.log');

export interface BuildStatus {
  ok: boolean;
  log?: string;
}

export default function setup(project: TestProject) {
  mkdirSync(SITE_CACHE, { recursive: true });
  rmSync(STATUS, { force: true });
  const log = openSync(LOG, 'w');
  // Its own process group, so that the teardown can stop the builds it started along with their children.
  const child = spawn(process.execPath, [join(import.meta.dirname, 'site-builds.ts')], { cwd: ROOT, stdio: ['ignore', log, log], detached: true });
  const done = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      closeSync(log);
      const status: BuildStatus = code === 0 ? { ok: true } : { ok: false, log: `exit ${code ?? signal}\n${readFileSync(LOG, 'utf8')}` };
      writeFileSync(STATUS, JSON.stringify(status));
      resolve();
    });
  });
  project.provide('siteDirs', SITE_DIRS);
  project.provide('siteStatus', STATUS);
  // After the tests (or when the run is cut short): never leave a build running.
  return async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
    await done;
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDirs: SiteDirs;
    /** The file tests/setup/build-site.ts writes when the builds are over. */
    siteStatus: string;
  }
}
