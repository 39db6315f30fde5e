/**
 * `npm run dev` for tests and benchmarks: the editors' check writes the
 * datasets, then the Astro dev server (live preview and desk) starts on a free
 * port. With `folders`, it works on copies of seeds/ and content/ and writes
 * its datasets elsewhere (SEEDS_DIR, CONTENT_DIR, DATA_DIR), so nothing in the
 * checkout changes.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, cleanEnv } from './site.ts';

export interface DevFolders {
  seeds: string;
  content: string;
  data: string;
}

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export async function startDevServer(folders?: DevFolders, timeoutMs = 180_000): Promise<DevServer> {
  const env = cleanEnv(folders ? { SEEDS_DIR: folders.seeds, CONTENT_DIR: folders.content, DATA_DIR: folders.data } : {});
  const args = folders ? ['--seeds', folders.seeds, '--content', folders.content, '--write', folders.data] : ['--write', join('build', 'data')];
  const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), ...args, '--quiet'], { cwd: ROOT, env, encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`npm run check failed before the dev server:\n${check.stderr}`);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const end = Date.now() + timeoutMs;
  while (!log.includes('watching for file changes')) {
    if (child.exitCode !== null || Date.now() > end) {
      child.kill();
      throw new Error(`the dev server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
