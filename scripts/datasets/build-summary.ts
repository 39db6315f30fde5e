/**
 * The build's machine-readable summary: when BUILD_SUMMARY names a JSON file,
 * each step of a build records what it did under a section of its own — the
 * pipeline (its datasets reused whole or run, reports read and extracted), the
 * pages (rendered or copied from the previous build: src/integrations/page-reuse.ts)
 * and the search index (each part indexed or reused: scripts/search-index.ts).
 * `npm run build` writes build/last-build.json; tests read it instead of the
 * human log. It lives beside the dataset contract because the site's build
 * records into it too.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Set `section` of the summary file named by BUILD_SUMMARY (nothing when it is unset); the other sections stay. */
export function recordSummary(section: string, value: unknown, file = process.env.BUILD_SUMMARY): void {
  if (!file) return;
  let summary: Record<string, unknown> = {};
  try {
    summary = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // None yet (the first step), or not JSON: started afresh.
  }
  summary[section] = value;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(summary, null, 2)}\n`);
  renameSync(tmp, file);
}

/** The summary as the steps left it. */
export const readSummary = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
