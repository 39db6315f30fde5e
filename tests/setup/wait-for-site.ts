/**
 * Setup file of the "site" test project: before a test file is even
 * collected (its test list depends on the built pages), wait until the
 * background builds of tests/setup/build-site.ts are over; fail with their
 * output when they failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { BuildStatus } from './build-site.ts';

const status = inject('siteStatus');
while (!existsSync(status)) await new Promise((r) => setTimeout(r, 250));
const result = JSON.parse(readFileSync(status, 'utf8')) as BuildStatus;
if (!result.ok) throw new Error(`The site builds for the tests failed (tests/setup/site-builds.ts):\n${result.log}`);
