/**
 * Live preview of everything editors touch, in `npm run dev` (an Astro
 * integration; astro.config.mjs adds it). Astro reloads a story by itself; the
 * datasets are the pipeline's output, so a change to a report, the manifest,
 * the corrections, an editable table (content/*.json), a write-up or a
 * review file re-runs the pipeline in this process (its modules stay loaded
 * and it reads every input afresh; only the reports whose inputs changed are
 * extracted again, the others come from the report cache),
 * writes the datasets when the input is clean, drops the server's cached
 * modules and content, and reloads the open page. Problems are shown in the
 * dev server's error overlay with the text `npm run check` prints.
 *
 * It also serves the editors' desk: its pages (src/desk/) and the endpoints
 * that write its decisions (scripts/desk/api.ts), in the dev server only.
 * SEEDS_DIR, CONTENT_DIR and DATA_DIR point it at other folders than seeds/,
 * content/ and build/data/ (the desk's browser test works on a copy).
 */
import { join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ReportCache } from './report-cache.ts';

// The pipeline, the desk's API and the report cache are imported by the dev server's hook, not here:
// astro.config.mjs loads this module for every `astro build` too, and loading the pipeline's modules
// there cost about 1.5 s of CPU for code a build never runs (bench/README, session 7).
const devModules = async () => {
  const [{ checkPipeline, formatReport }, { writeDatasets }, { deskApi }, { cliReportCache }] = await Promise.all([
    import('./check.ts'),
    import('./writer.ts'),
    import('./desk/api.ts'),
    import('./report-cache.ts'),
  ]);
  return { checkPipeline, formatReport, writeDatasets, deskApi, cliReportCache };
};
type DevModules = Awaited<ReturnType<typeof devModules>>;

/** What the pipeline reads: the seeds folder, and these folders of the content folder. */
const CONTENT_INPUTS = ['cases', 'reviews'];
const CONTENT_INPUT_FILE = /^(?:cases|reviews)\//;
/** The editable tables (content/*.json): read on every run, like the write-ups. */
const TABLE_FILE = /^[^/]+\.json$/;
/** Saves within this many ms are one change (editors' tools often write a file twice). */
const SETTLE_MS = 50;

interface Folders {
  seeds: string;
  content: string;
  /** Where the datasets are written (the site reads them from there: lib/data.ts reads DATA_DIR too). */
  out: string;
}

function folders(root: string): Folders {
  return {
    seeds: resolve(root, process.env.SEEDS_DIR ?? 'seeds'),
    content: resolve(root, process.env.CONTENT_DIR ?? 'content'),
    out: resolve(root, process.env.DATA_DIR ?? join('build', 'data')),
  };
}

/** A path as `npm run check` names it: relative to the working folder. */
const shown = (path: string) => relative(process.cwd(), path) || '.';

/** The pipeline in this process; the problems as `npm run check` prints them, or null when clean. */
async function checkInProcess(dev: DevModules, dirs: Folders, cache: ReportCache | undefined): Promise<string | null> {
  const { checkPipeline, formatReport, writeDatasets } = dev;
  // Paths relative to the project, as `npm run check` gives them: they appear in messages and in cases.json.
  const { problems, datasets } = await checkPipeline(shown(dirs.seeds), shown(dirs.content), cache);
  if (problems.length) return formatReport(problems);
  if (datasets) await writeDatasets(dirs.out, datasets);
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
      'astro:server:setup': async ({ server, logger, refreshContent }) => {
        const dev = await devModules();
        const root = server.config.root;
        const dirs = folders(root);
        // Opened once: a save re-extracts only the report whose inputs it changed (report-cache.ts).
        const cache = dev.cliReportCache(false);
        server.middlewares.use(dev.deskApi({ reviewsDir: join(dirs.content, 'reviews'), dataDir: dirs.out, base: server.config.base, contentDir: dirs.content }));
        server.watcher.add([dirs.seeds, ...CONTENT_INPUTS.map((dir) => join(dirs.content, dir))]);
        let timer: NodeJS.Timeout | undefined;
        let running: Promise<void> | undefined;
        let pending = false;
        /** The last run's report: shown again to every page that connects until a run is clean. */
        let problems: string | null = null;
        const showProblems = () => problems && server.ws.send({ type: 'error', err: { message: problems, stack: '', plugin: 'npm run check' } });
        server.ws.on('connection', showProblems);

        const update = async () => {
          const started = performance.now();
          const report = await checkInProcess(dev, dirs, cache);
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
        /** A path inside a folder, with forward slashes; null when it is not inside. */
        const inside = (folder: string, file: string) => {
          const path = relative(folder, file).split(sep).join('/');
          return path.startsWith('..') ? null : path;
        };
        server.watcher.on('all', (_event, file) => {
          const inContent = inside(dirs.content, file);
          const table = inContent !== null && TABLE_FILE.test(inContent);
          if (inside(dirs.seeds, file) === null && !table && !(inContent !== null && CONTENT_INPUT_FILE.test(inContent))) return;
          logger.info(`${shown(file)} changed: re-running the pipeline`);
          schedule();
        });
      },
    },
  };
}
