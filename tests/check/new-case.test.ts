/**
 * `npm run new:case`: a new case citing a sentence inside an extracted case takes
 * that case's title and owner; `--from` on a case that already has a write-up
 * names that file and writes nothing. Needs build/data (npm run extract).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Case, type DocumentRow, type DocumentText, documentTextFile } from '../../scripts/datasets/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(ROOT, 'build', 'data', name), 'utf8')) as T;

function newCase(args: string[], out: string) {
  return spawnSync(process.execPath, ['scripts/new-case.ts', ...args, '--out', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('npm run new:case', () => {
  it('names the existing write-up instead of starting a second one', () => {
    const out = mkdtempSync(join(tmpdir(), 'cases-'));
    cpSync(join(ROOT, 'content', 'cases'), out, { recursive: true });
    const before = readdirSync(out).sort();
    const enriched = read<Case[]>('cases.json').find((c) => c.origin === 'extracted' && c.writeupFile);
    expect(enriched).toBeDefined();
    const run = newCase(['--from', enriched!.id], out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`already has a write-up: ${out}/`);
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it('takes title, owner, district and year from the case whose text holds the quoted sentence', () => {
    const cases = read<Case[]>('cases.json');
    const holder = cases.find((c) => c.origin === 'extracted' && c.end - c.start > 80)!;
    const { text } = read<DocumentText>(documentTextFile(holder.documentId));
    const quote = text.slice(holder.start, holder.end).split(/(?<=。)/).find((s) => s.length > 20 && text.indexOf(s) >= holder.start)!;
    const out = mkdtempSync(join(tmpdir(), 'cases-'));
    const run = newCase(['--id', 'editor-added-case', '--document', holder.documentId, '--quote', quote.trim()], out);
    expect(run.stderr).toBe('');
    const front = parse(readFileSync(join(out, 'editor-added-case.md'), 'utf8').split('---')[1]!) as Record<string, unknown>;
    expect(front).toMatchObject({ title: holder.title, owner: holder.owner, district: holder.district, year: holder.year });
  });

  it('asks for title and owner when the sentence is in no case, and says so when it cannot ask', () => {
    const row = read<DocumentRow[]>('documents.json')[0]!;
    const doc = { ...row, ...read<DocumentText>(documentTextFile(row.id)) };
    const cases = read<Case[]>('cases.json').filter((c) => c.documentId === doc.id);
    const outside = doc.text.split(/(?<=。)/).find((s) => s.length > 10 && cases.every((c) => doc.text.indexOf(s) >= c.end || doc.text.indexOf(s) < c.start))!;
    const run = newCase(['--id', 'editor-added-case', '--document', doc.id, '--quote', outside.trim()], mkdtempSync(join(tmpdir(), 'cases-')));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/title and owner are not known\. Expected: --title "<case title>" --owner/);
  });
});
