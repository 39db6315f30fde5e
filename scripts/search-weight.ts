/**
 * How much a page weighs in the search index: the bytes of text inside its
 * <main data-pagefind-body> (tags, scripts, styles and drawings left out, as
 * Pagefind leaves them out), or null for a page not marked for the index.
 *
 * Why text and not pages: a Pagefind service's peak grows with the text it
 * indexes, not with the page count. Measured (2026-12-02, peak RSS of the
 * service): 1,000 report pages (/sources/<id>/, ~5,600 characters each)
 * 1.80 GiB, 500 of them 1.05 GiB, where 3,000 case pages (~600 characters)
 * take 0.22–0.71 GiB. The sentence ids of a report page (~190 anchors) were
 * not it: the same pages without them peaked at 1.79 GiB.
 *
 * Pages are read into one reused buffer and never decoded whole, so weighing
 * 16,000 pages does not grow the heap of the process that plans the parts; the
 * same read hashes each page for the search cache, so no page is read twice.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { sha256Hex } from './datasets/hash.ts';

/** A page whose <main> is marked for the index (the Base layout's `pagefind` prop). */
export const MARKED = /^<main\b[^>]*\sdata-pagefind-body/;

/** Elements whose content Pagefind never indexes: their text does not weigh. */
const UNINDEXED = ['script', 'style', 'svg', 'template', 'noscript'];

/** The text bytes of the marked <main> of `html`, or null when it has none. */
export function textWeight(html: Buffer): number | null {
  const start = html.indexOf('<main');
  if (start < 0) return null;
  const open = html.indexOf('>', start);
  if (open < 0 || !MARKED.test(html.toString('utf8', start, open + 1))) return null;
  const end = html.indexOf('</main>', open);
  const stop = end < 0 ? html.length : end;
  let weight = 0;
  let at = open + 1;
  while (at < stop) {
    const tag = html.indexOf('<', at);
    if (tag < 0 || tag >= stop) {
      weight += stop - at;
      break;
    }
    weight += tag - at;
    const name = UNINDEXED.find((n) => html.toString('latin1', tag + 1, tag + 1 + n.length).toLowerCase() === n && !/[\w-]/.test(String.fromCharCode(html[tag + 1 + n.length] ?? 32)));
    const close = name ? html.indexOf(`</${name}`, tag) : tag;
    const after = html.indexOf('>', close < 0 ? tag : close);
    if (after < 0) break;
    at = after + 1;
  }
  return weight;
}

/** A page read once: its text weight (null when not marked for the index) and the hash of its bytes (the search cache's key). */
export interface WeighedPage {
  weight: number | null;
  hash: string;
}

/** Reads files into one buffer that grows to the largest page, and weighs and hashes them. */
export function pageWeigher(): (path: string) => WeighedPage {
  let buffer = Buffer.alloc(1 << 20);
  return (path) => {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.alloc(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buffer, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      const bytes = buffer.subarray(0, read);
      return { weight: textWeight(bytes), hash: sha256Hex(bytes) };
    } finally {
      closeSync(fd);
    }
  };
}
