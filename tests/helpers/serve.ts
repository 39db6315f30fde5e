/**
 * A tiny static file server for browser tests: serves a built dist folder
 * under a base path ('/' or '/sub/path/') on 127.0.0.1 and a free port, with
 * the content types the site and Pagefind need (.wasm must be
 * application/wasm for streaming compilation), directory indexes, a redirect
 * from /dir to /dir/, and the site's 404 page (status 404) for every miss.
 * Start it twice to get two different origins (a host page and an embed).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Pagefind's index chunks (.pf_meta, .pf_index, .pf_fragment, .pf_filter) are gzipped binaries it decompresses itself. */
function contentType(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext.startsWith('.pf_')) return 'application/octet-stream';
  return TYPES[ext] ?? 'application/octet-stream';
}

export interface Served {
  /** Origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Origin plus base path, always ending in '/'. */
  url: string;
  /** Every path requested, in order (for debugging and assertions). */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Base path the site was built with; default '/'. */
  base?: string;
  /** Extra in-memory pages by exact path (e.g. a host page for embeds): path -> HTML. */
  extra?: Record<string, string>;
  /**
   * Serve as a production host would (for benchmarks): gzip text when the client
   * accepts it, and cacheable responses instead of no-store.
   */
  production?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export async function serve(dir: string, options: ServeOptions = {}): Promise<Served> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const extra = options.extra ?? {};
  const root = normalize(dir);
  const requests: string[] = [];
  const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('<!doctype html><title>404</title>');

  let acceptsGzip = false;
  const send = (res: ServerResponse, status: number, type: string, body: Buffer | string, head: boolean) => {
    const gzip = options.production && acceptsGzip && COMPRESSIBLE.test(type);
    const payload = gzip ? gzipSync(body) : body;
    res.writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(payload),
      'cache-control': options.production ? 'public, max-age=600' : 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(head ? undefined : payload);
  };
  const miss = (res: ServerResponse, head: boolean) => send(res, 404, TYPES['.html']!, notFound, head);

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (req.method !== 'GET' && !head) return send(res, 405, 'text/plain', 'method not allowed', head);
    const { pathname: raw } = new URL(req.url ?? '/', 'http://localhost');
    requests.push(raw);
    let pathname: string;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      return send(res, 400, 'text/plain', 'bad request', head);
    }
    const page = extra[pathname];
    if (page !== undefined) return send(res, 200, TYPES['.html']!, page, head);
    if (pathname === base.slice(0, -1) && base !== '/') {
      res.writeHead(301, { location: base });
      return res.end();
    }
    if (!pathname.startsWith(base)) return miss(res, head);
    const file = normalize(join(root, pathname.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return miss(res, head);
    if (!existsSync(file)) return miss(res, head);
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${raw}/` });
        return res.end();
      }
      const index = join(file, 'index.html');
      if (!existsSync(index)) return miss(res, head);
      return send(res, 200, TYPES['.html']!, readFileSync(index), head);
    }
    return send(res, 200, contentType(file), readFileSync(file), head);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      if (!res.headersSent) send(res, 500, 'text/plain', String(e), false);
      else res.destroy();
    }
  });
  // Clients here (Chromium, Playwright's route.fetch) keep sockets open between pages: Node's 5 s idle
  // close raced a request sent on a socket it was closing (ECONNRESET). A test server can keep them longer.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
