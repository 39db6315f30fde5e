/**
 * Cases as the site shows them: the extracted cases merged with the editors'
 * write-ups. An enrichment's title, summary and body take precedence; the
 * extracted facts and sources stay. A new case from a write-up joins the list
 * with its cited sentence as its source.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Case } from '../../scripts/datasets/schema.ts';
import { datasets } from './data.ts';
import { normalizeOwner } from '../../scripts/pipeline/owners.ts';

export interface CaseView extends Case {
  /** Title shown: the editor's, else the extracted headline. */
  headline: string;
  summary: string | null;
  /** The editor's write-up entry (rendered with `render()`), if any. */
  writeup: CollectionEntry<'writeups'> | null;
  /** True for cases an editor added that no report lists on its own. */
  editorAdded: boolean;
}

let cache: Promise<CaseView[]> | undefined;

export function allCases(): Promise<CaseView[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<CaseView[]> {
  // The generated entries (schema-checked frontmatter) are the extracted cases.
  const cases = (await getCollection('cases')).map((e) => e.data as Case);
  const writeups = await getCollection('writeups');
  const byCase = new Map(writeups.filter((w) => w.data.kind === 'enrichment').map((w) => [w.id, w]));
  const { documents } = datasets();

  const views: CaseView[] = cases.map((c) => {
    const w = byCase.get(c.id) ?? null;
    return {
      ...c,
      headline: (w?.data.title as string | undefined) ?? c.title,
      summary: (w?.data.summary as string | undefined) ?? null,
      writeup: w,
      editorAdded: false,
    };
  });

  for (const w of writeups.filter((w) => w.data.kind === 'new')) {
    const d = w.data as Record<string, unknown> & { source: { document: string; quote: string } };
    const doc = documents.find((x) => x.id === d.source.document)!;
    const start = doc.text.indexOf(d.source.quote);
    const district = d.district as string | null;
    const owner = normalizeOwner(d.owner as string, { city: doc.region.city, district });
    views.push({
      id: w.id,
      document: doc.file,
      documentId: doc.id,
      title: d.title as string,
      owner: d.owner as string,
      ownerFull: owner.full,
      level: owner.level,
      district: district ?? owner.district,
      districtCode: owner.districtCode,
      street: owner.street,
      city: owner.city ?? doc.region.city,
      period: doc.period.label,
      places: [],
      year: d.year as number,
      list: d.list as string,
      domain: d.domain as string,
      domainKeywords: [],
      shape: 'editor',
      quote: d.source.quote,
      start,
      end: start + d.source.quote.length,
      figures: datasets().figures.filter((f) => f.documentId === doc.id && f.start >= start && f.end <= start + d.source.quote.length).map((f) => f.id),
      headline: d.title as string,
      summary: (d.summary as string | undefined) ?? null,
      writeup: w,
      editorAdded: true,
    });
  }
  return views.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.documentId.localeCompare(b.documentId) || a.start - b.start);
}
