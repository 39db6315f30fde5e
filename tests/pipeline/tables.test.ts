/**
 * The editors' tables (content/taxonomy.json, owners.json, zones.json) are
 * pipeline input: read at the edge, checked with every problem at its
 * file:line, and passed to the stages, so a table of a test's own changes
 * what the stages decide. Bad tables: tests/fixtures/bad-tables/ (see its README).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTables, type TableFiles } from '../../scripts/pipeline/tables.ts';
import { readContent, readTables } from '../../scripts/read-content.ts';
import { expandAbbreviations, normalizeOwner } from '../../scripts/pipeline/owners.ts';
import { findPlaces } from '../../scripts/pipeline/places.ts';
import { SEEDS_DIR, contentTableFiles, contentTables } from '../helpers/seeds.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BAD = join('tests', 'fixtures', 'bad-tables');

/** The content tables with one table's text replaced. */
function withTable(name: keyof TableFiles, source: string): TableFiles {
  return { ...contentTableFiles(), [name]: { file: `content/${name}.json`, source } };
}

describe('the editable tables', () => {
  it('the project\'s tables are valid', () => {
    const { tables, problems } = parseTables(contentTableFiles());
    expect(problems).toEqual([]);
    expect(tables!.taxonomy.domains.length).toBeGreaterThan(0);
    expect(tables!.zones.places.get('广州开发区')?.[0]?.district?.name).toBe('黄埔区');
  });

  it('names every problem of every table in one run, at its line, with what is valid', () => {
    const { tables, problems } = parseTables(readTables(BAD));
    expect(tables).toBeUndefined();
    const where = (p: (typeof problems)[number]) => `${p.problem.file}:${p.problem.line}: ${p.problem.field}`;
    expect(problems.map(where).sort()).toEqual([
      `${BAD}/former-divisions.json:3: divisions[0].city`,
      `${BAD}/former-divisions.json:4: divisions[1].successors[0]`,
      `${BAD}/former-divisions.json:5: divisions[2].name`,
      `${BAD}/former-divisions.json:6: divisions[3].name`,
      `${BAD}/former-divisions.json:6: divisions[3].successors`,
      `${BAD}/former-divisions.json:6: divisions[3].year`,
      `${BAD}/owners.json:1: organisations`,
      `${BAD}/owners.json:2: abbreviations.卫健委`,
      `${BAD}/owners.json:3: prefixes[1]`,
      `${BAD}/owners.json:4: suffixes`,
      `${BAD}/owners.json:5: organisation`,
      `${BAD}/site.json:2: homeCity`,
      `${BAD}/taxonomy.json:2: titleFactor`,
      `${BAD}/taxonomy.json:3: fallback`,
      `${BAD}/taxonomy.json:5: domains[0].icon`,
      `${BAD}/taxonomy.json:5: domains[0].keywords.幼儿园`,
      `${BAD}/taxonomy.json:6: domains[1].name`,
      `${BAD}/zones.json:4: zones.知识城`,
      `${BAD}/zones.json:5: zones.南沙新区`,
    ]);
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toMatch(/fallback: Invalid value "其他"\. Expected: one of the domains: 教育/);
    expect(text).toMatch(/Unknown field "organisation"\. Did you mean "organisations"\?/);
    expect(text).toMatch(/zones\.南沙新区: Invalid value "999999"\. Expected: the code of a district in the gazetteer/);
    // What is wrong, then what is valid: the rules the schema cannot state say both in words.
    expect(text).toMatch(/divisions\[0\]\.city: "杭州" is not a city of the gazetteer\. Expected: a city of the gazetteer.*Did you mean "杭州市"\?/);
    expect(text).toMatch(/divisions\[1\]\.successors\[0\]: "黄浦区" is not a district of 广州市 in force\. Expected: a district in force in 广州市: .*Did you mean "黄埔区"\?/);
    expect(text).toMatch(/divisions\[2\]\.name: 广州市越秀区 is still in force\. Expected: a division no longer in force/);
    expect(text).toMatch(/homeCity: "广州" is not a city of the gazetteer\. Expected: a city of the gazetteer, in full.*Did you mean "广州市"\?/);
  });

  it('a JSON syntax error names its line and column', () => {
    const { problems } = parseTables(withTable('zones', '{\n  "zones": { "广州开发区": "440112", }\n}\n'));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^content\/zones\.json:2:\d+: Not valid JSON/)]);
  });

  it('a content folder without its tables is refused, naming each missing file', () => {
    const empty = mkdtempSync(join(tmpdir(), 'content-'));
    expect(() => readContent(empty)).toThrow(/has no taxonomy\.json, owners\.json, zones\.json, former-divisions\.json, site\.json/);
  });
});

describe('the stages decide with the tables they are given', () => {
  it('a zone added to the table is a place of its district', () => {
    const { tables } = parseTables(withTable('zones', JSON.stringify({ zones: { 长洲岛片区: '440112' } })));
    expect(findPlaces('推进长洲岛片区改革', { zones: tables!.zones })).toMatchObject([{ kind: 'zone', district: { name: '黄埔区' } }]);
    expect(findPlaces('推进长洲岛片区改革', { zones: contentTables().zones })).toEqual([]);
    // Without the project's zones, 广州开发区 is not read as 黄埔区.
    expect(normalizeOwner('广州开发区管委会', { city: '广州市', tables: tables! }).district).toBeNull();
  });

  it('an abbreviation added to the table is expanded', () => {
    const owners = JSON.parse(contentTableFiles().owners.source);
    const { tables } = parseTables(withTable('owners', JSON.stringify({ ...owners, abbreviations: { ...owners.abbreviations, 河长办: '河长制办公室' } })));
    expect(expandAbbreviations('市河长办', tables!.owners)).toBe('市河长制办公室');
    expect(expandAbbreviations('市河长办', contentTables().owners)).toBe('市河长办');
  });
});

describe('npm run extract with bad tables', () => {
  it('lists every table problem, writes nothing and exits 1, with no stack trace', { timeout: 120_000 }, () => {
    const content = mkdtempSync(join(tmpdir(), 'content-'));
    const out = join(mkdtempSync(join(tmpdir(), 'out-')), 'data');
    try {
      cpSync(join(ROOT, BAD), content, { recursive: true });
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.ts'), '--seeds', SEEDS_DIR, '--content', content, '--out', out, '--quiet'], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr.match(/^error: .*(taxonomy|owners|zones|former-divisions|site)\.json:\d+:\d+: /gm)).toHaveLength(19);
      expect(run.stderr).toMatch(/Nothing written to/);
      expect(run.stderr).not.toMatch(/\n\s+at |node:internal/);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
