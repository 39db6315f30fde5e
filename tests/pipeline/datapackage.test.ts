/**
 * datapackage.json over the seeds: every resource path is a file the
 * pipeline writes, with the right hash and size; each CSV header matches its
 * table schema field for field, every field has a description; the version is
 * the hash of the contents.
 */
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { emit } from '../../scripts/pipeline/emit.ts';
import { seedResult } from '../helpers/seeds.ts';
import { createHash } from 'node:crypto';
import { DATASET_SCHEMAS } from '../../scripts/datasets/schema.ts';

type Resource = { name: string; path: string | string[]; bytes: number; hash: string; format: string; jsonSchema?: string; schema?: { fields: { name: string; type: string; description: string }[] } };

const files = emit(seedResult());
const pkg = JSON.parse(files['datapackage.json']!) as { version: string; resources: Resource[]; sources: { title: string; publisher: string | null; published: string | null }[]; licenses: unknown[] };

describe('datapackage.json', () => {
  it('describes every CSV and JSON dataset, and each resource path is a file written beside it', () => {
    const data = Object.keys(files).filter((f) => Object.keys(DATASET_SCHEMAS).some((name) => f === `${name}.json` || f === `${name}.csv`)).sort();
    const single = pkg.resources.filter((r): r is Resource & { path: string } => typeof r.path === 'string');
    expect(single.map((r) => r.path).sort()).toEqual(data);
    for (const r of single) {
      expect(files[r.path], r.path).toBeDefined();
      expect(r.bytes).toBe(Buffer.byteLength(files[r.path]!));
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(files[r.path]!).digest('hex')}`);
    }
    for (const r of pkg.resources) if (r.jsonSchema) expect(files[r.jsonSchema], r.jsonSchema).toBeDefined();
  });

  it("lists the reports' texts as one resource of one file per report, each written", () => {
    const texts = pkg.resources.filter((r) => Array.isArray(r.path));
    expect(texts.map((r) => r.name)).toEqual(['document-texts']);
    expect([...texts[0]!.path].sort()).toEqual(Object.keys(files).filter((f) => f.startsWith('documents/')).sort());
    expect(texts[0]!.path).toHaveLength(seedResult().documents.length);
  });

  it('each CSV header matches its table schema, with a type and a description for every field', () => {
    const csvs = pkg.resources.filter((r): r is Resource & { path: string } => r.format === 'csv' && typeof r.path === 'string');
    expect(csvs.length).toBe(3);
    for (const r of csvs) {
      const [head] = csvParseRows(files[r.path]!);
      expect(r.schema!.fields.map((f) => f.name), r.path).toEqual(head);
      for (const f of r.schema!.fields) {
        expect(['string', 'integer', 'number', 'boolean']).toContain(f.type);
        expect(f.description, `${r.path} ${f.name}`).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('names the reports as sources, the licence, and a version that follows the contents', () => {
    expect(pkg.sources).toHaveLength(seedResult().documents.length);
    expect(pkg.sources.some((s) => s.publisher)).toBe(true);
    expect(pkg.licenses).toHaveLength(1);
    expect(JSON.parse(emit(seedResult())['datapackage.json']!).version).toBe(pkg.version);
    const changed = emit({ ...seedResult(), cases: seedResult().cases.slice(1) });
    expect(JSON.parse(changed['datapackage.json']!).version).not.toBe(pkg.version);
    // A report's text is in no single-file resource: its change still gives a new version.
    const [first, ...rest] = seedResult().documents;
    // Same length, so documents.csv (its character count) stays the same too.
    const edited = emit({ ...seedResult(), documents: [{ ...first!, text: `${first!.text.slice(0, -1)}〇` }, ...rest] });
    for (const name of ['documents.json', 'documents.csv']) expect(edited[name], name).toBe(files[name]);
    expect(JSON.parse(edited['datapackage.json']!).version).not.toBe(pkg.version);
  });
});
