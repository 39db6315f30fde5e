/** A report the pipeline has never seen, built from text and partial metadata, as the tests write them. */
import { buildDocument, type DocumentRecord } from '../../scripts/pipeline/document.ts';
import type { DocumentMeta } from '../../scripts/pipeline/manifest.ts';
import { contentTables } from './seeds.ts';

export function report(text: string, meta: Partial<DocumentMeta>): DocumentRecord {
  const full: DocumentMeta = {
    id: 'unseen', file: 'unseen.txt', title: text.split('\n')[0]!, publisher: null, published: null,
    region: { city: '广州市', district: null }, period: { start: '2021', end: '2021', label: '2021年' },
    year: 2021, script: 'simplified', kind: 'case-list', list: null, note: null, ...meta,
  };
  return buildDocument(full.file, new TextEncoder().encode(text), full, [], contentTables());
}
