/**
 * Synthetic corpora for benchmarks that grow the way real ones do. Size Nx
 * holds 5·N reports: the five seeds, then N−1 new reports made from each seed.
 * A new report keeps its template's structure (so the recognizers find its
 * cases) but:
 * - is set in a city drawn from the gazetteer across China (a quarter stay in
 *   the home city), its districts renamed to that city's districts, so new
 *   districts, cities and lists appear as the corpus grows;
 * - has its years shifted (2012–2026), so new years appear;
 * - has half of its prose sentences replaced by sentences of other reports
 *   (the seeds and tests/fixtures/reports), and its counted values scaled, so
 *   its text, figures and search index are its own.
 * Deterministic: report k of template t depends only on (k, t), so the 10x
 * corpus is the first part of the 100x one and the same size gives the same bytes.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { listCities, listDistricts } from '../pipeline/places.ts';
import { parseTables } from '../pipeline/tables.ts';
import { readTables } from '../read-content.ts';
import { type Random, STRUCTURAL, jitterNumbers, pick, prng, recombine, rename, sentences, shiftYears, shuffle } from './corpus-text.ts';

interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  publisher: string | null;
  published: string | null;
  region: { city: string; district: string | null };
  period: { start: string; end: string; label: string };
  year: number | null;
  script: 'simplified' | 'traditional';
  list: string | null;
  [key: string]: unknown;
}

export interface Template {
  file: string;
  text: string;
  entry: ManifestEntry;
}

/** The home city of the project's settings (content/site.json), as the pipeline reads it. */
const HOME_CITY = (() => {
  const { tables, problems } = parseTables(readTables(join(import.meta.dirname, '..', '..', 'content')));
  if (!tables) throw new Error(problems.map((p) => p.message).join('\n'));
  return tables.zones.home.name;
})();

/** Share of new reports set in the home city (new years and districts of the same city). */
const HOME_SHARE = 0.25;
/** Years are shifted by -6..+2: templates from 2018–2024 become 2012–2026. */
const SHIFT_MIN = -6;
const SHIFT_SPAN = 9;

const cityShort = (city: string) => city.replace(/市$/, '');
const districtsOf = (city: string) => listDistricts(city).filter((d) => d.short !== d.name);
/** Cities a new report may be set in: named …市, with at least three districts that have a proper name. */
const TARGET_CITIES = listCities().filter((c) => c.endsWith('市') && districtsOf(c).length >= 3);

/** Old name -> new name for a city and its districts (full and short names). */
function cityNames(from: string, to: string, random: Random): Map<string, string> {
  const names = new Map<string, string>([[from, to]]);
  if (cityShort(from).length >= 2) names.set(cityShort(from), cityShort(to));
  const targets = shuffle(random, districtsOf(to));
  districtsOf(from).forEach((d, i) => {
    const t = targets[i % targets.length]!;
    names.set(d.name, t.name);
    names.set(d.short, t.short);
  });
  return names;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** One new report: template t, copy k (k >= 1), with its manifest entry. */
export function newReport(template: Template, k: number, t: number, donors: readonly string[]): { file: string; text: string; entry: ManifestEntry } {
  const random = prng(k * 7919 + t * 104_729 + 1);
  const { entry } = template;
  const city = random() < HOME_SHARE ? HOME_CITY : pick(random, TARGET_CITIES);
  // The template's own city becomes `city`; the home city (when it is not the template's) another one.
  const names = cityNames(entry.region.city, city, random);
  if (entry.region.city !== HOME_CITY) for (const [a, b] of cityNames(HOME_CITY, pick(random, TARGET_CITIES), random)) if (!names.has(a)) names.set(a, b);
  const shift = SHIFT_MIN + Math.floor(random() * SHIFT_SPAN);
  const traditional = entry.script === 'traditional';
  const local = traditional ? new Map([...names].map(([a, b]) => [toTraditional(a), toTraditional(b)])) : names;
  const own = (s: string) => shiftYears(rename(s, local), shift);
  const donorPool = traditional ? donors.map(toTraditional) : donors;
  const text = own(jitterNumbers(recombine(template.text, donorPool, random), random));
  // A list named without a place becomes the new city's own list (武汉十大改革创新案例); the home city keeps its lists.
  const renamedList = entry.list === null ? null : rename(entry.list, names);
  const list = renamedList === entry.list && city !== entry.region.city ? `${cityShort(city)}${entry.list}` : renamedList;
  const year = (s: string | null) => (s === null ? null : s.replace(/^\d{4}/, (y) => String(Number(y) + shift)));
  const file = `x${String(k).padStart(3, '0')}_${template.file}`;
  return {
    file,
    text,
    entry: {
      ...entry,
      id: `${entry.id}-x${k}`,
      file,
      title: shiftYears(rename(entry.title, names), shift),
      publisher: entry.publisher === null ? null : rename(entry.publisher, names),
      published: year(entry.published),
      region: { city: names.get(entry.region.city) ?? entry.region.city, district: entry.region.district === null ? null : (names.get(entry.region.district) ?? entry.region.district) },
      period: { start: year(entry.period.start)!, end: year(entry.period.end)!, label: shiftYears(rename(entry.period.label, names), shift) },
      year: entry.year === null ? null : entry.year + shift,
      list,
      note: `Synthetic benchmark report: ${entry.id} set in ${city}, years shifted by ${shift}, half its prose from other reports.`,
    },
  };
}

/** Donor sentences: every sentence of 12–160 characters of the simplified seeds and fixture reports. */
export function donorSentences(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => t.split('\n').filter((line) => !STRUCTURAL.test(line)).flatMap(sentences))
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && s.length <= 160 && /^\p{Script=Han}/u.test(s) && /[。！？!?]$/.test(s));
}

export async function readTemplates(seedsDir: string): Promise<{ templates: Template[]; corrections: { file: string; original: string }[] }> {
  const manifest = JSON.parse(await readFile(join(seedsDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const corrections = JSON.parse(await readFile(join(seedsDir, 'corrections.json'), 'utf8')) as { file: string; original: string }[];
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const templates: Template[] = [];
  for (const file of files) {
    const entry = manifest.find((m) => m.file === file);
    if (!entry) throw new Error(`${seedsDir}/${file} has no manifest entry: the corpus generator needs each template's region and years.`);
    templates.push({ file, text: await readFile(join(seedsDir, file), 'utf8'), entry });
  }
  return { templates, corrections };
}

async function fixtureTexts(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt') && !f.includes('-trad')).sort();
  return Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
}

export async function makeCorpus(seedsDir: string, fixturesDir: string, outDir: string, factor: number): Promise<{ files: number; bytes: number }> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const { templates, corrections } = await readTemplates(seedsDir);
  const simplified = templates.filter((t) => t.entry.script === 'simplified').map((t) => t.text);
  const donors = donorSentences([...simplified, ...(await fixtureTexts(fixturesDir))]);
  const manifest: ManifestEntry[] = [];
  const outCorrections: unknown[] = [];
  let bytes = 0;
  for (let k = 0; k < factor; k++) {
    for (const [t, template] of templates.entries()) {
      const report = k === 0 ? template : newReport(template, k, t, donors);
      await writeFile(join(outDir, report.file), report.text);
      bytes += Buffer.byteLength(report.text);
      manifest.push(report.entry);
      // An erratum travels with its passage, when recombination kept it.
      for (const c of corrections) if (c.file === template.file && report.text.includes(c.original)) outCorrections.push({ ...c, file: report.file });
    }
  }
  await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(outDir, 'corrections.json'), JSON.stringify(outCorrections, null, 2));
  return { files: templates.length * factor, bytes };
}
