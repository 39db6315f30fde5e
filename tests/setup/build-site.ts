/**
 * Global setup of the "site" test project: run the pipeline and build the
 * site once (at the root and under a sub-path) before any test that reads
 * dist/, so those tests never run two Astro builds at the same time.
 */
import type { TestProject } from 'vitest/node';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SUB_SITE, TEST_RENDER_CACHE, buildSite } from '../helpers/site.ts';
import { freezeCharts } from '../../scripts/freeze-charts.ts';

export default function setup(project: TestProject) {
  // Cold: the root build draws everything, and "again" (built from the cache) must match it byte for byte.
  rmSync(TEST_RENDER_CACHE, { recursive: true, force: true });
  // The seeds plus a report full of HTML and markdown, to prove it is escaped everywhere.
  const hostileSeeds = mkdtempSync(join(tmpdir(), 'hostile-seeds-'));
  cpSync(join(ROOT, 'seeds'), hostileSeeds, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'hostile', 'hostile-report.txt'), join(hostileSeeds, 'hostile-report.txt'));
  // The editors' content plus a fixture correction (no real error is being corrected on the site), to see it reach every copy.
  const fixtureContent = mkdtempSync(join(tmpdir(), 'fixture-content-'));
  cpSync(join(ROOT, 'content'), fixtureContent, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'corrections'), join(fixtureContent, 'corrections'), { recursive: true });
  const root = buildSite('root', '/');
  // The chart versions the root build published, frozen as a published build keeps them: the hostile build changes
  // the data of some charts and must still serve these versions as they were.
  const archive = mkdtempSync(join(tmpdir(), 'chart-archive-'));
  freezeCharts(root, archive);
  project.provide('siteDirs', {
    root,
    // Built as a published site at a host (.test is reserved: it never resolves), to cover absolute URLs.
    sub: buildSite('sub', '/sub/path/', undefined, SUB_SITE),
    // Also carries the fixture correction, and a host so that its feeds are written.
    // And serves the root build's chart versions from the archive.
    hostile: buildSite('hostile', '/', hostileSeeds, SUB_SITE, fixtureContent, archive),
    // The same input built a second time: the build must be byte-for-byte deterministic.
    again: buildSite('again', '/'),
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDirs: { root: string; sub: string; hostile: string; again: string };
  }
}
