/**
 * The tables editors maintain in content/ — policy domains (taxonomy.json),
 * owner names (owners.json), zone aliases (zones.json), divisions abolished or
 * renamed since (former-divisions.json) and the site's home city (site.json) — as pipeline
 * input. The input edge reads the files (scripts/read-content.ts); here each
 * is checked against its documented shape, every problem of every table
 * becomes an InputError at its file:line, and the valid tables are handed to
 * the stages that decide with them (domains.ts, owners.ts, places.ts). No
 * stage imports a table when it loads, so a test can pass tables of its own.
 */
import { z } from 'zod';
import { InputError, jsonFieldPosition, parseJson } from '../datasets/errors.ts';
import { didYouMean } from '../datasets/suggest.ts';
import { type PlaceTables, type FormerDivision, districtByCode, homeCityOf, listCities, listDistricts, preparePlaces } from './places.ts';

import { TABLE_FILES, type TableFiles, type TableName } from './table-files.ts';

export { TABLE_FILES, type TableFiles, type TableName };

const comment = z.string().optional();
const words = (what: string) => z.array(z.string().min(1, { error: `${what}: a non-empty string` }), { error: `a list of ${what}` });

const taxonomySchema = z.strictObject({
  $comment: comment,
  titleFactor: z.number({ error: 'a number of at least 1 (how much more a keyword counts in the headline)' }).min(1, { error: 'a number of at least 1' }).default(3),
  fallback: z.string({ error: 'the name of one of the domains (used when no keyword matches)' }),
  domains: z
    .array(
      z.strictObject({
        name: z.string({ error: 'a domain name, e.g. "营商环境"' }).min(1, { error: 'a domain name, e.g. "营商环境"' }),
        label: z.string({ error: 'an English label, e.g. "business environment"' }).min(1).optional(),
        icon: z.string({ error: 'an Iconify tabler name such as "tabler:building-store"' }).startsWith('tabler:', { error: 'an Iconify tabler name such as "tabler:building-store"' }),
        keywords: z.record(z.string().min(1, { error: 'a non-empty keyword' }), z.number({ error: 'a positive weight: 1 weak, 3 decisive' }).positive({ error: 'a positive weight: 1 weak, 3 decisive' }), {
          error: 'an object of keyword: weight, e.g. { "营商环境": 3 }',
        }),
      }),
      { error: 'a list of domains: { "name", "label", "icon", "keywords" }' },
    )
    .min(1, { error: 'at least one domain' }),
});

/**
 * Problems zod cannot see field by field: each read from the raw table, so they are found even beside shape errors.
 * `message` is what is valid; `problem`, when given, says what is wrong better than "Invalid value".
 */
type Rule = (data: unknown) => { path: (string | number)[]; message: string; problem?: string }[];

const taxonomyRules: Rule = (data) => {
  const t = data as { fallback?: unknown; domains?: unknown };
  const names = Array.isArray(t?.domains) ? t.domains.map((d) => (d as { name?: unknown })?.name) : [];
  const out: ReturnType<Rule> = [];
  names.forEach((name, i) => {
    if (typeof name === 'string' && names.indexOf(name) < i) out.push({ path: ['domains', i, 'name'], message: `each domain once ("${name}" is listed twice)` });
  });
  if (typeof t?.fallback === 'string' && !names.includes(t.fallback)) out.push({ path: ['fallback'], message: `one of the domains: ${[...new Set(names.filter((n) => typeof n === 'string'))].join(', ')}` });
  return out;
};

const ownersSchema = z.strictObject({
  $comment: comment,
  abbreviations: z.record(z.string().min(1, { error: 'a non-empty abbreviation' }), z.string({ error: 'the full form as text, e.g. "发展和改革委员会"' }).min(1, { error: 'the full form, e.g. "发展和改革委员会"' }), {
    error: 'an object of abbreviation: full form, e.g. { "发改委": "发展和改革委员会" }',
  }),
  prefixes: words('prefixes an owner name may start with (中共, 国家)'),
  suffixes: words('endings of an organisation (局, 委员会)'),
  organisations: words('endings strong enough to mark an owner with no place in front (公司, 医院)'),
});

const zonesSchema = z.strictObject({
  $comment: comment,
  zones: z.record(
    z.string().min(2, { error: 'a zone name of at least two characters' }),
    z.string({ error: 'a six-digit district code, e.g. "440112" (黄埔区)' }).regex(/^\d{6}$/, { error: 'a six-digit district code, e.g. "440112" (黄埔区)' }),
    { error: 'an object of zone name: district code, e.g. { "广州开发区": "440112" }' },
  ),
});

const zoneRules: Rule = (data) => {
  const zones = (data as { zones?: unknown })?.zones;
  if (!zones || typeof zones !== 'object') return [];
  return Object.entries(zones)
    .filter(([, code]) => typeof code === 'string' && /^\d{6}$/.test(code) && !districtByCode(code))
    .map(([name]) => ({ path: ['zones', name], message: 'the code of a district in the gazetteer, e.g. "440112" (黄埔区); no district has this code' }));
};

const THIS_YEAR_LIMIT = 2100;
const formerSchema = z.strictObject({
  $comment: comment,
  divisions: z.array(
    z.strictObject({
      name: z.string({ error: 'the old name in full, e.g. "江干区"' }).regex(/^\p{Script=Han}+[区县市旗]$/u, { error: 'the old name in full, ending in 区, 县, 市 or 旗, e.g. "江干区"' }),
      city: z.string({ error: 'the city it belonged to, as named today, e.g. "杭州市"' }),
      year: z.number({ error: 'the year of the change, e.g. 2021' }).int({ error: 'a year, e.g. 2021' }).min(1949, { error: 'a year from 1949 on' }).max(THIS_YEAR_LIMIT, { error: 'a year, e.g. 2021' }),
      successors: z.array(z.string(), { error: 'the districts in force that took it over, e.g. ["上城区", "钱塘区"]' }).min(1, { error: 'at least one district in force that took it over' }),
      code: z.string().regex(/^\d{6}$/, { error: 'its six-digit code before the change, e.g. "330104"' }).optional(),
    }),
    { error: 'a list of { "name", "city", "year", "successors", "code" }' },
  ),
});

/** Every former division names a city of the gazetteer, successors in force in that city, and a name that is not in force there. */
const formerRules: Rule = (data) => {
  const list = (data as { divisions?: unknown })?.divisions;
  if (!Array.isArray(list)) return [];
  const cities = listCities();
  const out: ReturnType<Rule> = [];
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const f = raw as Partial<FormerDivision>;
    if (typeof f?.city !== 'string' || typeof f.name !== 'string') return;
    if (!cities.includes(f.city)) return out.push({ path: ['divisions', i, 'city'], problem: `"${f.city}" is not a city of the gazetteer.`, message: `a city of the gazetteer, in full, as named today (杭州市, 广州市).${didYouMean(f.city, cities)}` });
    const inForce = listDistricts(f.city).map((d) => d.name);
    if (inForce.includes(f.name)) out.push({ path: ['divisions', i, 'name'], problem: `${f.city}${f.name} is still in force.`, message: 'a division no longer in force (list only abolished or renamed ones; those in force are in the gazetteer)' });
    if (seen.has(f.city + f.name)) out.push({ path: ['divisions', i, 'name'], problem: `${f.city}${f.name} is listed twice.`, message: 'each division once' });
    seen.add(f.city + f.name);
    (Array.isArray(f.successors) ? f.successors : []).forEach((s, k) => {
      if (!inForce.includes(s)) out.push({ path: ['divisions', i, 'successors', k], problem: `"${s}" is not a district of ${f.city} in force.`, message: `a district in force in ${f.city}: ${inForce.join(', ')}.${didYouMean(String(s), inForce)}` });
    });
    const inUse = typeof f.code === 'string' ? districtByCode(f.code) : null;
    if (inUse) out.push({ path: ['divisions', i, 'code'], problem: `${f.code} is the code of ${inUse.city}${inUse.name}, in force.`, message: "the division's own code before the change, or no code when it is not known" });
    const cityCode = listDistricts(f.city)[0]?.code.slice(0, 4);
    if (typeof f.code === 'string' && cityCode && !f.code.startsWith(cityCode)) out.push({ path: ['divisions', i, 'code'], problem: `${f.code} is not a code of ${f.city}.`, message: `a code of ${f.city} (starting ${cityCode})` });
  });
  return out;
};

const siteSchema = z.strictObject({
  $comment: comment,
  homeCity: z.string({ error: 'a city of the gazetteer, in full, e.g. "广州市"' }),
});

const siteRules: Rule = (data) => {
  const home = (data as { homeCity?: unknown })?.homeCity;
  if (typeof home !== 'string' || homeCityOf(home)) return [];
  return [{ path: ['homeCity'], problem: `"${home}" is not a city of the gazetteer.`, message: `a city of the gazetteer, in full, e.g. "广州市".${didYouMean(home, listCities())}` }];
};

export type Taxonomy = Omit<z.output<typeof taxonomySchema>, '$comment' | 'domains'> & { domains: Domain[] };
export interface Domain {
  name: string;
  /** English label, for alt texts and the data dictionary. */
  label: string;
  /** Iconify icon name from the tabler set: tabler:building-store. */
  icon: string;
  /** Keyword -> weight (1 weak, 3 decisive). */
  keywords: Record<string, number>;
}

/** The owner-name table, ordered for matching: longest abbreviation and prefix first. */
export interface OwnerTable {
  abbreviations: readonly (readonly [string, string])[];
  prefixes: readonly string[];
  suffixes: readonly string[];
  organisations: readonly string[];
}

export interface EditableTables {
  taxonomy: Taxonomy;
  owners: OwnerTable;
  /** The place tables: zones, former divisions and the home city (content/site.json), ready to search. */
  zones: PlaceTables;
}

const longestFirst = (a: string, b: string) => b.length - a.length;

/** `domains[3].keywords.审批` from a zod path, as jsonFieldPosition reads it. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** One table's text checked against its schema: the value, or every problem at its line. */
function check<S extends z.ZodType>(table: { file: string; source: string }, schema: S, shape: string, rules: Rule = () => []): { value?: z.output<S>; problems: InputError[] } {
  let data: unknown;
  try {
    data = parseJson(table.file, table.source, shape);
  } catch (error) {
    if (error instanceof InputError) return { problems: [error] };
    throw error;
  }
  const result = schema.safeParse(data);
  const found: { path: readonly PropertyKey[]; expected: string; problem?: string; unknown?: boolean }[] = [
    ...(result.success ? [] : result.error.issues).flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => ({ path: [...issue.path, k], expected: '', unknown: true })) : [{ path: issue.path, expected: issue.message }],
    ),
    ...rules(data).map((r) => ({ path: r.path, expected: r.message, problem: r.problem })),
  ];
  const problems = found.map(({ path, expected, problem, unknown }) => {
    const field = fieldOf(path) || '(file)';
    // A field missing at the top of the table has no line of its own: the table starts at line 1.
    const at = path.length ? (jsonFieldPosition(table.source, field) ?? { line: 1, column: 1 }) : undefined;
    return new InputError(
      unknown
        ? { file: table.file, ...at, field, problem: `Unknown field "${String(path.at(-1))}".${didYouMean(String(path.at(-1)), known(schema, path))}`, expected: `only the documented fields (see the "$comment" at the top of the file and the README, "For editors")` }
        : { file: table.file, ...at, field, problem: problem ?? (path.length && valueAt(data, path) !== undefined ? `Invalid value ${JSON.stringify(valueAt(data, path))}.` : 'Missing.'), expected },
    );
  });
  return problems.length ? { problems } : { value: (result as { data: z.output<S> }).data, problems };
}

/** The fields a strict object of the schema allows at a path (top level only: deeper objects are named in the message). */
function known(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return path.length === 1 && schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/** Every table checked; `tables` only when all are valid (a stage deciding with half a table would publish wrong data). */
export function parseTables(files: TableFiles): { tables?: EditableTables; problems: InputError[] } {
  const taxonomy = check(files.taxonomy, taxonomySchema, '{ "titleFactor", "fallback", "domains": [...] }', taxonomyRules);
  const owners = check(files.owners, ownersSchema, '{ "abbreviations", "prefixes", "suffixes", "organisations" }');
  const zones = check(files.zones, zonesSchema, '{ "zones": { "<zone name>": "<district code>" } }', zoneRules);
  const former = check(files.formerDivisions, formerSchema, '{ "divisions": [{ "name", "city", "year", "successors", "code" }] }', formerRules);
  const site = check(files.site, siteSchema, '{ "homeCity": "<city>" }', siteRules);
  const problems = [...taxonomy.problems, ...owners.problems, ...zones.problems, ...former.problems, ...site.problems];
  const home = site.value && homeCityOf(site.value.homeCity);
  if (!taxonomy.value || !owners.value || !zones.value || !former.value || !home) return { problems };
  const t = taxonomy.value;
  const o = owners.value;
  return {
    problems,
    tables: {
      taxonomy: { titleFactor: t.titleFactor, fallback: t.fallback, domains: t.domains.map((d) => ({ name: d.name, label: d.label ?? d.name, icon: d.icon, keywords: { ...d.keywords } })) },
      owners: {
        abbreviations: Object.entries(o.abbreviations).sort((a, b) => longestFirst(a[0], b[0])),
        prefixes: [...o.prefixes].sort(longestFirst),
        suffixes: o.suffixes,
        organisations: o.organisations,
      },
      zones: preparePlaces(zones.value.zones, former.value.divisions, home),
    },
  };
}
