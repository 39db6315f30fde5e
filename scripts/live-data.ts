/**
 * Live preview of everything editors touch, in `npm run dev` (an Astro
 * integration; astro.config.mjs adds it). Astro reloads a story by itself; the
 * datasets are the pipeline's output, so a change to a report, the manifest,
 * the corrections, a write-up or a review file re-runs the pipeline in this
 * process (its modules stay loaded, so a run takes well under a second),
 * writes the datasets when the input is clean, drops the server's cached
 * modules and content, and reloads the open page. A change to an editable
 * table (content/*.json, read when the pipeline's modules load) runs
 * `npm run check -- --write` in a fresh process instead. Problems are shown
 * in the dev server's error overlay with the text `npm run check` prints.
 */
import { spawn } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkPipeline, formatReport } from './check.ts';
import { writeDatasets } from './writer.ts';

/** What the pipeline reads, relative to the project root. */
const INPUTS = ['seeds', 'content/cases', 'content/reviews'];
const INPUT_FILE = /^(?:seeds\/|content\/(?:cases|reviews)\/)/;
const TABLE_FILE = /^content\/[^/]+\.json$/;
/** Saves within this many ms are one change (editors' tools often write a file twice). */
const SETTLE_MS = 50;

/** `npm run check -- --write` in a fresh process, for changes the loaded modules cannot see. */
function checkInChild(root: string, out: string): Promise<string | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'check.ts'), '--write', out, '--quiet'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done(code === 0 ? null : stderr.trim()));
  });
}

/** The pipeline in this process; the problems as `npm run check` prints them, or null when clean. */
async function checkInProcess(root: string, out: string): Promise<string | null> {
  // Paths relative to the project, as `npm run check` gives them: they appear in messages and in cases.json.
  const { problems, datasets } = await checkPipeline(relative(process.cwd(), join(root, 'seeds')) || '.', relative(process.cwd(), join(root, 'content')) || '.');
  if (problems.length) return formatReport(problems);
  if (datasets) await writeDatasets(out, datasets);
  return null;
}

export function liveData(): AstroIntegration {
  return {
    name: 'live-data',
    hooks: {
      // The editors' desk is a tool, not content: its routes exist only in the dev server, never in dist/.
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/desk/', entrypoint: './src/desk/index.astro' });
        injectRoute({ pattern: '/desk/[doc]/', entrypoint: './src/desk/report.astro' });
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const root = server.config.root;
        const out = join(root, 'build', 'data');
        server.watcher.add(INPUTS.map((dir) => join(root, dir)));
        let timer: NodeJS.Timeout | undefined;
        let running: Promise<void> | undefined;
        let pending = false;
        let tableChanged = false;
        /** The last run's report: shown again to every page that connects until a run is clean. */
        let problems: string | null = null;
        const showProblems = () => problems && server.ws.send({ type: 'error', err: { message: problems, stack: '', plugin: 'npm run check' } });
        server.ws.on('connection', showProblems);

        const update = async () => {
          const started = performance.now();
          const fresh = tableChanged;
          tableChanged = false;
          const report = fresh ? await checkInChild(root, out) : await checkInProcess(root, out);
          problems = report;
          if (report) {
            logger.error(`npm run check found problems:\n${report}`);
            showProblems();
            return;
          }
          // The datasets module notices new files by itself; the content collections are reloaded here,
          // and Astro is told to forget the pages' getStaticPaths props (they hold dataset records).
          await refreshContent?.({});
          for (const [name, env] of Object.entries(server.environments)) if (name !== 'client') env.hot.send('astro:content-changed', {});
          server.ws.send({ type: 'full-reload', path: '*' });
          logger.info(`datasets updated, page reloaded (${Math.round(performance.now() - started)} ms)`);
        };
        const schedule = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (running) return void (pending = true);
            running = update().finally(() => {
              running = undefined;
              if (pending) (pending = false), schedule();
            });
          }, SETTLE_MS);
        };
        server.watcher.on('all', (_event, file) => {
          const path = relative(root, file).split(sep).join('/');
          if (!INPUT_FILE.test(path) && !TABLE_FILE.test(path)) return;
          tableChanged ||= TABLE_FILE.test(path);
          logger.info(`${path} changed: re-running the pipeline`);
          schedule();
        });
      },
    },
  };
}
