/**
 * Editors' case write-ups (content/cases/*.md), validated against the
 * datasets: an enrichment must name an extracted case, a new case must cite a
 * sentence that exists in a report, and districts, domains and ids must be
 * valid. A district may be one in force in a city the reports cover, or a
 * former name of one (萝岗区, from content/former-divisions.json): the case
 * keeps the name and counts for the successor (黄埔区), like an extracted case
 * (districts-today.ts). Every problem of every file is collected, so one build run reports
 * all bad files at once.
 */
import type { z } from 'zod';
import { InputError } from '../datasets/errors.ts';
import { type Enrichment, type NewCase, enrichmentSchema, newCaseSchema } from '../datasets/schema.ts';
import { parseMarkdownInto, zodProblems } from '../datasets/frontmatter.ts';
import { didYouMean, goneReport } from '../datasets/suggest.ts';
import type { EditableTables } from './tables.ts';
import { type PlaceTables, formerDivision, listDistricts } from './places.ts';
import { didYouMeanDistrict } from './district-suggest.ts';

export interface WriteupContext {
  caseIds: ReadonlySet<string>;
  documents: readonly { id: string; text: string }[];
  /** The districts in force of the cities the reports cover. */
  districts: readonly string[];
  /** Their cities' former district names the editors' table lists (萝岗区): valid too, counted for the successor. */
  formerDistricts: readonly string[];
  domains: readonly string[];
  /** For suggestions when a district is unknown (the home city's first, as on the desk). */
  zones: PlaceTables | null;
}

/** What a write-up is checked against: the extracted cases, the reports, their cities' districts (and former names), the taxonomy. */
export function writeupContext(
  cases: readonly { id: string; origin?: string }[],
  documents: readonly { id: string; text: string; region: { city: string | null } }[],
  tables: Pick<EditableTables, 'taxonomy' | 'zones'>,
): WriteupContext {
  const cities = [...new Set(documents.flatMap((d) => (d.region.city ? [d.region.city] : [])))];
  const former = [...tables.zones.former.keys()].filter((name) => cities.some((city) => formerDivision(name, city, tables.zones)));
  return {
    caseIds: new Set(cases.filter((c) => c.origin !== 'editor').map((c) => c.id)),
    documents,
    // Any district of a city the reports cover, so an editor can add a case where no report found one.
    districts: [...new Set(cities.flatMap((city) => listDistricts(city).map((x) => x.name)))],
    formerDistricts: former.sort(),
    domains: tables.taxonomy.domains.map((d) => d.name),
    zones: tables.zones,
  };
}

export interface Writeup<T> {
  file: string;
  data: T;
  body: string;
  /** File line of the body's first line, for errors in the markdown. */
  bodyLine: number;
}

export interface ValidatedWriteups {
  enrichments: Writeup<Enrichment>[];
  newCases: Writeup<NewCase>[];
  problems: InputError[];
}

function listChoices(choices: readonly string[], max = 20): string {
  const shown = choices.slice(0, max).join(', ');
  return choices.length > max ? `${shown}, … (${choices.length} in all)` : shown;
}

export function validateWriteups(files: readonly { file: string; source: string }[], ctx: WriteupContext): ValidatedWriteups {
  const out: ValidatedWriteups = { enrichments: [], newCases: [], problems: [] };
  const enriched = new Map<string, string>();
  const newIds = new Map<string, string>();
  for (const { file, source } of files) {
    const parsed = parseMarkdownInto(out.problems, file, source);
    if (!parsed) continue;
    const at = (field: string) => parsed.keyLines.get(field) ?? 1;
    const problem = (field: string, text: string, expected?: string) =>
      out.problems.push(new InputError({ file, line: at(field), field, problem: text, expected }));

    if ('case' in parsed.data) {
      const result = enrichmentSchema.safeParse(parsed.data);
      if (!result.success) {
        out.problems.push(...zodProblems(file, parsed, result.error));
        continue;
      }
      const id = result.data.case;
      if (!ctx.caseIds.has(id)) {
        const near = [...ctx.caseIds].filter((c) => c.startsWith(id.split('-').slice(0, 2).join('-')));
        const gone = goneReport(id, ctx.documents.map((d) => d.id));
        const why = gone ? `: its report "${gone}" is no longer in seeds/ (removed or renamed)` : '';
        problem('case', `"${id}" is not the id of any extracted case${why}.`, `an id from /data/ (cases.json)${near.length ? `, e.g. ${listChoices(near, 5)}` : ''}.${didYouMean(id, ctx.caseIds)}`);
      } else if (enriched.has(id)) {
        problem('case', `Case "${id}" already has a write-up in ${enriched.get(id)}.`, 'one write-up per case');
      } else {
        enriched.set(id, file);
        out.enrichments.push({ file, data: result.data, body: parsed.body, bodyLine: parsed.bodyLine });
      }
      continue;
    }
    if (!('id' in parsed.data)) {
      problem('(frontmatter)', 'The write-up has neither `case` (to enrich an extracted case) nor `id` (to add a new case).', '`case: <extracted case id>` or a full new case with id, title, owner, district, year, list, domain, source');
      continue;
    }
    // Ids first, whatever else is wrong with the file: a duplicate is reported in the same run as the rest.
    const before = out.problems.length;
    const id = String(parsed.data.id);
    if (ctx.caseIds.has(id)) problem('id', `Id "${id}" is already used by an extracted case.`, 'a new id, or `case:` to enrich that case');
    else if (newIds.has(id)) problem('id', `Duplicate id "${id}": also used by ${newIds.get(id)}.`, 'a unique id per case');
    else newIds.set(id, file);
    const result = newCaseSchema.safeParse(parsed.data);
    if (!result.success) {
      out.problems.push(...zodProblems(file, parsed, result.error));
      continue;
    }
    const data = result.data;
    if (data.district !== null && !ctx.districts.includes(data.district) && !ctx.formerDistricts.includes(data.district)) {
      const former = ctx.formerDistricts.length ? `, a former name (${listChoices(ctx.formerDistricts)}: counted for the district that took it over)` : '';
      problem('district', `Unknown district "${data.district}".`, `one of ${listChoices(ctx.districts)}${former}, or null.${didYouMeanDistrict(data.district, ctx.zones)}`);
    }
    if (!ctx.domains.includes(data.domain)) problem('domain', `Unknown domain "${data.domain}".`, `one of ${listChoices(ctx.domains)}.${didYouMean(data.domain, ctx.domains)}`);
    const doc = ctx.documents.find((d) => d.id === data.source.document);
    if (!doc) problem('source.document', `Unknown report "${data.source.document}" (removed from seeds/, renamed, or mistyped).`, `one of ${listChoices(ctx.documents.map((d) => d.id))}.${didYouMean(data.source.document, ctx.documents.map((d) => d.id))}`);
    else if (!doc.text.includes(data.source.quote)) problem('source.quote', `The quote does not occur in ${doc.id}.`, 'the sentence copied exactly from the report\'s source page (simplified characters, full-width punctuation)');
    if (out.problems.length === before) {
      out.newCases.push({ file, data, body: parsed.body, bodyLine: parsed.bodyLine });
    }
  }
  return out;
}
