/**
 * The desk's endpoint (scripts/desk/api.ts) on a plain HTTP server: it writes
 * a decision from a page of its own origin into the reviews folder, and
 * refuses everything else with a status and a reason, writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { deskApi } from '../../scripts/desk/api.ts';
import { CONTENT_DIR } from '../helpers/seeds.ts';

describe('the desk endpoint', () => {
  const work = mkdtempSync(join(tmpdir(), 'desk-api-'));
  const reviews = join(work, 'content', 'reviews');
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    writeFileSync(join(work, 'documents.json'), JSON.stringify([{ id: 'gz-2024-cases' }]));
    const handler = deskApi({ reviewsDir: reviews, dataDir: work, base: '/', contentDir: CONTENT_DIR });
    server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(work, { recursive: true, force: true });
  });

  const post = (body: unknown, headers: Record<string, string> = { origin: '', 'content-type': 'application/json' }) =>
    fetch(`${origin}/desk/api/decide/`, { method: 'POST', headers: { ...headers, origin: headers.origin || origin }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const decision = { document: 'gz-2024-cases', decision: { action: 'reject-case', id: 'gz-2024-cases-0123456789', reason: '荣誉' } };

  it('refuses a request from another origin, a body that is not JSON, an unknown report and a bad decision', async () => {
    expect((await post(decision, { origin: 'http://evil.test', 'content-type': 'application/json' })).status).toBe(403);
    expect((await post(decision, { origin: '', 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post('{not json')).status).toBe(400);
    expect((await post('x'.repeat(70 * 1024))).status).toBe(413);
    expect((await post({ ...decision, document: '../../seeds/manifest' })).status).toBe(400);
    expect((await post({ ...decision, document: 'gz-2099-nothing' })).status).toBe(404);
    const bad = await post({ document: 'gz-2024-cases', decision: { action: 'edit-case', id: 'gz-2024-cases-0123456789', year: 1800 } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/year/);
    expect(existsSync(reviews)).toBe(false);
  });

  it('writes a decision from its own origin into the report\'s review file, and serves the file back', async () => {
    const response = await post(decision);
    expect(response.status).toBe(200);
    expect(readFileSync(join(reviews, 'gz-2024-cases.yaml'), 'utf8')).toContain('- id: gz-2024-cases-0123456789\n    reason: 荣誉');
    expect(readdirSync(reviews)).toEqual(['gz-2024-cases.yaml']);
    const review = await (await fetch(`${origin}/desk/api/review/gz-2024-cases/`)).json();
    expect(review.review.reject).toEqual([{ id: 'gz-2024-cases-0123456789', reason: '荣誉' }]);
  });

  it('refuses a district it cannot place with the districts the editor may have meant, home city first, in Chinese', async () => {
    const before = readFileSync(join(reviews, 'gz-2024-cases.yaml'), 'utf8');
    const response = await post({ document: 'gz-2024-cases', decision: { action: 'edit-case', id: 'gz-2024-cases-0123456789', district: '黄铺区' } });
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatch(/可能是：黄埔区（网站主城市广州市的区）；/);
    expect(readFileSync(join(reviews, 'gz-2024-cases.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a decision the file cannot take, and leaves the file as it was', async () => {
    const path = join(reviews, 'gz-2024-cases.yaml');
    writeFileSync(path, 'reject: [\n');
    const response = await post(decision);
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatch(/not valid YAML/);
    expect(readFileSync(path, 'utf8')).toBe('reject: [\n');
  });
});
