/**
 * Where a headline may break onto a new line: between phrases, never inside a word (饭|堂) or a name
 * (越|秀区). Browsers break Chinese between any two characters, so on a phone a title could end a line
 * on 饭 and start the next on 堂. At build time, headings, card and chart titles are cut into phrases,
 * the pieces joined by <wbr> in an element of class `phrases` (word-break: keep-all, so the browser
 * breaks only there, at spaces and after punctuation; overflow-wrap: anywhere, so a phrase wider
 * than the line still breaks rather than overflow). <wbr> is no character: copying the title or
 * searching it (Pagefind) reads the same text as before. No JavaScript in the browser.
 *
 * The phrases are BudouX's (Google's phrase segmenter, its Simplified Chinese model: a few KB of
 * weights, no dictionary to maintain). Its model alone still splits some words and names (越|秀区,
 * 案|例), so a break is kept only where BudouX and the site's word segmenter (word-breaks.ts: words,
 * a number with its unit, Latin runs) agree, and never inside a name the datasets hold (districts,
 * their former names, cities, domains: `keepWhole`).
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { breakPieces } from './word-breaks.ts';
import { type Datasets, datasets } from './data.ts';
import { CITY_DEPARTMENTS } from './case-district.ts';

const BUDOUX = loadDefaultSimplifiedChineseParser();

/** The offsets after each piece but the last: where a line may break between pieces. */
function ends(pieces: readonly string[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const p of pieces.slice(0, -1)) out.add((at += p.length));
  return out;
}

/** `text` cut where a line may break (see above); the pieces joined give `text` back. */
export function phrases(text: string, keepWhole: Iterable<string> = []): string[] {
  const phraseEnds = ends(BUDOUX.parse(text));
  const wordEnds = ends(breakPieces(text));
  const inside = new Set<number>();
  for (const name of keepWhole) {
    if (name.length < 2) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) for (let k = i + 1; k < i + name.length; k++) inside.add(k);
  }
  const out: string[] = [];
  let from = 0;
  for (const at of [...phraseEnds].sort((a, b) => a - b)) {
    if (!wordEnds.has(at) || inside.has(at)) continue;
    out.push(text.slice(from, at));
    from = at;
  }
  out.push(text.slice(from));
  return out.filter((p) => p !== '');
}

const NAMES = new WeakMap<Datasets, string[]>();

/** The names a headline never breaks inside: every district (and former name), city and domain the datasets hold, and 市级部门. */
function namesIn(data: Datasets): string[] {
  let names = NAMES.get(data);
  if (!names) {
    const districts = data.districts.flatMap((d) => [d.name, d.city, ...d.formerNames.map((f) => f.name)]);
    names = [...new Set([...districts, ...data.cases.map((c) => c.domain), CITY_DEPARTMENTS])];
    NAMES.set(data, names);
  }
  return names;
}

/** A site headline's phrases, keeping the datasets' names whole. */
export const headlinePhrases = (text: string): string[] => phrases(text, namesIn(datasets()));
