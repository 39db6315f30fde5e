/**
 * The desk's endpoints, as middleware of the Astro dev server (added by
 * scripts/live-data.ts in `npm run dev` only; nothing of it is ever built):
 *
 *   POST <base>desk/api/decide/        { document, decision }  → writes content/reviews/<document>.yaml
 *   GET  <base>desk/api/review/<id>/   → that file's text and its decisions, for the desk's list and undo
 *
 * (Paths end in a slash like every URL of the site: trailingSlash 'always'.)
 *
 * A write is refused unless it comes from a page of this server (Origin),
 * is JSON, names a report of the current datasets, stays inside the reviews
 * folder, and leaves a file the pipeline accepts (scripts/desk/decisions.ts).
 * The live preview notices the saved file like any other edit, re-runs the
 * pipeline and reloads the page.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { type Decision, DecisionError, applyDecision, decisionSchema } from './decisions.ts';
import { parseReview } from '../pipeline/reviews.ts';
import type { PlaceTables } from '../pipeline/places.ts';
import { parseTables } from '../pipeline/tables.ts';
import { readTables } from '../read-content.ts';

export interface DeskApiOptions {
  /** content/reviews (or a test's copy): the only folder the desk writes to. */
  reviewsDir: string;
  /** The datasets folder: the report ids a decision may name come from its documents.json. */
  dataDir: string;
  /** The site's base path ('/' or '/sub/'). */
  base: string;
  /** The content folder: districts in decisions are checked against its place tables (site.json, former-divisions.json …). */
  contentDir: string;
}

let placesCache: { key: string; zones: PlaceTables | null } | undefined;

/** The place tables as the content folder holds them now (an editor may change them while the desk runs); null while a table is invalid. */
function placeTables(contentDir: string): PlaceTables | null {
  const files = readTables(contentDir);
  const key = JSON.stringify(files);
  if (placesCache?.key !== key) placesCache = { key, zones: parseTables(files).tables?.zones ?? null };
  return placesCache.zones;
}

/** Enough for any decision (a title, an owner, a reason); a larger body is not one. */
const MAX_BODY = 64 * 1024;
const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]*$/;
const requestSchema = z.object({ document: z.string().regex(DOCUMENT_ID, 'a report id: lower-case letters, digits and hyphens'), decision: decisionSchema }).strict();

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** True when the request was sent by a page of this very server (a browser always sends Origin with a POST). */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin || !req.headers.host) return false;
  try {
    return new URL(origin).host === req.headers.host && req.headers['sec-fetch-site'] !== 'cross-site';
  } catch {
    return false;
  }
}

/** The request's body, or null when it is longer than a decision can be (the rest is read and dropped). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done, fail) => {
    let body: string | null = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      if (body !== null) body = body.length + chunk.length > MAX_BODY ? null : body + chunk;
    });
    req.on('end', () => done(body));
    req.on('error', fail);
  });
}

function reportIds(dataDir: string): string[] {
  try {
    return (JSON.parse(readFileSync(join(dataDir, 'documents.json'), 'utf8')) as { id: string }[]).map((d) => d.id);
  } catch {
    return [];
  }
}

/** The review file of a report, refusing any path that would leave the reviews folder. */
function reviewPath(reviewsDir: string, document: string): string | null {
  const folder = resolve(reviewsDir);
  const path = resolve(folder, `${document}.yaml`);
  return dirname(path) === folder && !relative(folder, path).startsWith('..') ? path : null;
}

/** Write beside the file and rename: the pipeline, watching the folder, never reads half a file. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

async function decide(req: IncomingMessage, res: ServerResponse, options: DeskApiOptions): Promise<void> {
  if (!sameOrigin(req)) return send(res, 403, { error: 'The desk only accepts decisions from its own pages (Origin).' });
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, { error: 'Send the decision as application/json.' });
  const body = await readBody(req);
  if (body === null) return send(res, 413, { error: `A decision is at most ${MAX_BODY} bytes.` });
  let parsed: z.infer<typeof requestSchema>;
  try {
    parsed = requestSchema.parse(JSON.parse(body));
  } catch (error) {
    const message = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : 'not JSON';
    return send(res, 400, { error: `Not a decision: ${message}.` });
  }
  const { document, decision } = parsed as { document: string; decision: Decision };
  if (!reportIds(options.dataDir).includes(document)) return send(res, 404, { error: `No report has the id "${document}".` });
  const path = reviewPath(options.reviewsDir, document);
  if (!path) return send(res, 400, { error: `"${document}" is not a file name inside the reviews folder.` });
  const zones = placeTables(options.contentDir);
  if (!zones) return send(res, 409, { error: '内容文件夹中的表格有错误（npm run check 会列出），改好之前编辑台不能保存决定。' });
  try {
    const text = applyDecision(document, existsSync(path) ? readFileSync(path, 'utf8') : null, decision, zones);
    writeAtomically(path, text);
    send(res, 200, { file: relative(process.cwd(), path) });
  } catch (error) {
    if (!(error instanceof DecisionError)) throw error;
    send(res, 422, { error: error.message });
  }
}

function review(res: ServerResponse, document: string, options: DeskApiOptions): void {
  const path = DOCUMENT_ID.test(document) ? reviewPath(options.reviewsDir, document) : null;
  if (!path) return send(res, 400, { error: `"${document}" is not a report id.` });
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) return send(res, 200, { file, source: null, review: null });
  const source = readFileSync(path, 'utf8');
  const zones = placeTables(options.contentDir);
  if (!zones) return send(res, 409, { error: '内容文件夹中的表格有错误（npm run check 会列出）。' });
  const { review: parsed, problems } = parseReview({ file, source }, zones);
  send(res, 200, { file, source, review: parsed, problems: problems.map((p) => p.message) });
}

export function deskApi(options: DeskApiOptions): Handler {
  const prefix = `${options.base.replace(/\/?$/, '/')}desk/api/`;
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://desk').pathname;
    if (!path.startsWith(prefix)) return next();
    const route = path.slice(prefix.length).replace(/\/$/, '');
    if (route === 'decide' && req.method === 'POST') {
      decide(req, res, options).catch((error: Error) => send(res, 500, { error: error.message }));
    } else if (route.startsWith('review/') && req.method === 'GET') {
      review(res, decodeURIComponent(route.slice('review/'.length)), options);
    } else {
      send(res, 405, { error: `${req.method} ${path} is not a desk endpoint.` });
    }
  };
}
