/**
 * The text transforms of the synthetic corpus (see corpus.ts), pure and
 * deterministic: a seeded PRNG, sentence recombination, place renaming, a year
 * shift and number jitter. Each keeps a report's structure (its lines, list
 * markers and owner lines), so the recognizers still find its cases, while the
 * prose, the places, the years and the values become those of a new report.
 */

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A deterministic shuffle (Fisher–Yates) of a copy. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Sentences of a line, each with its closing stop (a tail without one is a sentence too). */
export function sentences(line: string): string[] {
  return line.match(/[^。！？!?]+[。！？!?]+|[^。！？!?]+$/g) ?? [];
}

/** A structural line (list item, heading, owner line) keeps its place: the recognizers read them. */
export const STRUCTURAL = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十\d]+|[●■◆▲★])/;
/**
 * Sentences that may carry a case stay: ordinals (一是…), quoted or 《》
 * titles, and enumerations (…、…、…). Only plain narrative is replaced.
 */
const CARRIER = /^[一二三四五六七八九十]+是|[“《「『]|、[^、]*、/;
/** Prose lines long enough to hold several sentences. */
const PROSE_MIN = 60;

/**
 * Replace about `share` of the plain sentences of every prose line with
 * sentences drawn from `donors` (other reports): the text is new, its vocabulary real.
 */
export function recombine(text: string, donors: readonly string[], random: Random, share = 0.5): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length < PROSE_MIN || STRUCTURAL.test(line)) return line;
      return sentences(line)
        .map((s) => (!CARRIER.test(s) && random() < share ? pick(random, donors) : s))
        .join('');
    })
    .join('\n');
}

/** Years as reports write them: before 年, 届 or a range dash, or ending a range (2018年, 2018—2020). */
const YEAR = /(?<!\d)(?:19[5-9]|20[0-4])\d(?=年|届|[—–\-~至到]\d)|(?<=(?:19|20)\d\d[—–\-~至到])(?:19[5-9]|20[0-4])\d(?!\d)/g;

export function shiftYears(text: string, by: number): string {
  return by === 0 ? text : text.replace(YEAR, (y) => String(Number(y) + by));
}

/**
 * Scale every counted value (a number followed by a unit or a counted noun,
 * not an ordinal, a year or a date) by a factor in [0.6, 1.6), keeping its
 * decimals: the figures of a new report differ from its template's.
 */
const VALUE = /(?<![第\d.])(\d+(?:\.\d+)?)(?=[\p{Script=Han}])(?![年月日号届批期次章条款])/gu;

export function jitterNumbers(text: string, random: Random): string {
  return text.replace(VALUE, (n) => {
    const decimals = n.split('.')[1]?.length ?? 0;
    const scaled = Number(n) * (0.6 + random());
    return Math.max(decimals ? 0.1 : 1, scaled).toFixed(decimals);
  });
}

/** Replace every key of `names` (longest first, so 黄埔区 wins over 黄埔) by its value. */
export function rename(text: string, names: ReadonlyMap<string, string>): string {
  if (!names.size) return text;
  const keys = [...names.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, (m) => names.get(m)!);
}
