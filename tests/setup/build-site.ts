/**
 * Global setup of the "site" test project: run the pipeline and build the
 * site once (at the root and under a sub-path) before any test that reads
 * dist/, so those tests never run two Astro builds at the same time.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/site.ts';

export default function setup(project: TestProject) {
  project.provide('siteDirs', { root: buildSite('root', '/'), sub: buildSite('sub', '/sub/path/') });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDirs: { root: string; sub: string };
  }
}
