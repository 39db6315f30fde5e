/**
 * Global setup of the "site" test project: run the pipeline and build the
 * site once (at the root and under a sub-path) before any test that reads
 * dist/, so those tests never run two Astro builds at the same time.
 */
import type { TestProject } from 'vitest/node';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SUB_SITE, buildSite } from '../helpers/site.ts';

export default function setup(project: TestProject) {
  // The seeds plus a report full of HTML and markdown, to prove it is escaped everywhere.
  const hostileSeeds = mkdtempSync(join(tmpdir(), 'hostile-seeds-'));
  cpSync(join(ROOT, 'seeds'), hostileSeeds, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'hostile', 'hostile-report.txt'), join(hostileSeeds, 'hostile-report.txt'));
  project.provide('siteDirs', {
    root: buildSite('root', '/'),
    // Built as a published site at a host (.test is reserved: it never resolves), to cover absolute URLs.
    sub: buildSite('sub', '/sub/path/', undefined, SUB_SITE),
    hostile: buildSite('hostile', '/', hostileSeeds),
    // The same input built a second time: the build must be byte-for-byte deterministic.
    again: buildSite('again', '/'),
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDirs: { root: string; sub: string; hostile: string; again: string };
  }
}
