/**
 * Lookups over a dataset's records, built once per array and kept as long as
 * the array lives (a WeakMap keyed by the array). A page that needs one
 * report, one case or one district's cases reads a Map instead of scanning
 * the corpus: N pages then cost N lookups, not N scans of N records, which
 * made the build time grow with the square of the corpus.
 *
 * The datasets are never mutated once loaded (src/lib/data.ts); changed
 * datasets are new arrays, so they get new lookups.
 */

const ids = new WeakMap<readonly object[], Map<string, unknown>>();

/** The record with this id (the first one, as Array.find would, if ids repeat). */
export function byId<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
  let index = ids.get(records);
  if (!index) {
    index = new Map();
    for (const r of records) if (!index.has(r.id)) index.set(r.id, r);
    ids.set(records, index);
  }
  return index.get(id) as T | undefined;
}

const positions = new WeakMap<readonly object[], Map<object, number>>();

/** The records with these ids, in the order of the array (as filtering the array by the ids would give them). */
export function pick<T extends { id: string }>(records: readonly T[], wanted: Iterable<string>): T[] {
  let at = positions.get(records);
  if (!at) positions.set(records, (at = new Map(records.map((r, i) => [r, i]))));
  const found = new Set<T>();
  for (const id of wanted) {
    const r = byId(records, id);
    if (r) found.add(r);
  }
  return [...found].sort((a, b) => at.get(a)! - at.get(b)!);
}

type Key<T> = (record: T) => string | number | null;
const groupings = new WeakMap<readonly object[], Map<Key<never>, Map<string | number | null, readonly unknown[]>>>();
const NONE: readonly never[] = Object.freeze([]);

/**
 * The records whose `key` is `value`, in the order of the array. The grouping
 * is cached per array and per key function, so pass the same function every
 * time (one declared at module level), not a new arrow per call.
 */
export function groupOf<T extends object, K extends string | number | null>(records: readonly T[], key: (record: T) => K, value: K): readonly T[] {
  let byKey = groupings.get(records);
  if (!byKey) groupings.set(records, (byKey = new Map()));
  let groups = byKey.get(key as Key<never>) as Map<K, T[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const r of records) {
      const k = key(r);
      const list = groups.get(k);
      if (list) list.push(r);
      else groups.set(k, [r]);
    }
    byKey.set(key as Key<never>, groups);
  }
  return groups.get(value) ?? NONE;
}

/** The one computed value of `compute` for this array (a total, a sorted copy, a set of names), kept with the array. */
const derived = new WeakMap<object, Map<(arg: never) => unknown, unknown>>();
export function memo<A extends object, R>(arg: A, compute: (arg: A) => R): R {
  let byFn = derived.get(arg);
  if (!byFn) derived.set(arg, (byFn = new Map()));
  if (!byFn.has(compute as (arg: never) => unknown)) byFn.set(compute as (arg: never) => unknown, compute(arg));
  return byFn.get(compute as (arg: never) => unknown) as R;
}

/**
 * `compute` remembered by its string argument (a label's word pieces, its wrapped lines): a build asks for the
 * same few thousand labels again on every page that draws them. Forgotten at `limit` entries, so a long dev
 * session does not grow it without end. Only for pure functions whose result the caller does not change.
 */
export function memoByText<R>(compute: (text: string) => R, limit = 20_000): (text: string) => R {
  const known = new Map<string, R>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      if (known.size >= limit) known.clear();
      known.set(text, (value = compute(text)));
    }
    return value as R;
  };
}

/** The span (sentence, paragraph) of a list sorted by start that contains `offset`: a binary search. */
export function spanAt<S extends { start: number; end: number }>(spans: readonly S[], offset: number): S | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
