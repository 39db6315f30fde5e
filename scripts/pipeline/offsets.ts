/**
 * Text that remembers where every character came from. Each normalization step
 * (corrections, annotation stripping, script conversion, punctuation) is an
 * edit of a MappedText, so any span of the normalized text can be traced back
 * to the span of the original file it was made from.
 *
 * Offsets are UTF-16 code unit indices (JavaScript string indices) into the
 * decoded text. A deleted run is attached to the end of the character before
 * it, so a sentence's original span includes the annotations that followed its
 * last character.
 */
export interface MappedText {
  readonly text: string;
  /** Original start offset of each normalized character. */
  readonly from: Int32Array;
  /** Original end offset (exclusive) of each normalized character. */
  readonly to: Int32Array;
}

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

export function identity(text: string): MappedText {
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text, from, to };
}

/** Apply non-overlapping edits (any order) and carry the origin of every character along. */
export function applyEdits(source: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return source;
  const sorted = edits.map((e) => trimEdit(source.text, e)).sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let cursor = 0;
  const keep = (start: number, end: number) => {
    parts.push(source.text.slice(start, end));
    for (let i = start; i < end; i++) {
      from.push(source.from[i]!);
      to.push(source.to[i]!);
    }
  };
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error(`overlapping edits at ${edit.start}`);
    keep(cursor, edit.start);
    const spanFrom = edit.start < source.text.length ? source.from[edit.start]! : originEnd(source);
    const spanTo = edit.end > edit.start ? source.to[edit.end - 1]! : spanFrom;
    if (edit.insert.length === 0) {
      // Deleted text belongs to the character before it.
      if (to.length > 0) to[to.length - 1] = Math.max(to[to.length - 1]!, spanTo);
    } else if (edit.insert.length === edit.end - edit.start) {
      // Same length: keep the one-to-one mapping.
      parts.push(edit.insert);
      for (let i = edit.start; i < edit.end; i++) {
        from.push(source.from[i]!);
        to.push(source.to[i]!);
      }
    } else {
      parts.push(edit.insert);
      for (let i = 0; i < edit.insert.length; i++) {
        from.push(spanFrom);
        to.push(spanTo);
      }
    }
    cursor = edit.end;
  }
  keep(cursor, source.text.length);
  return { text: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Replace every match of a global regex; `replace` returns the new text for a match (or null to keep it). */
export function replaceAll(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): MappedText {
  if (!pattern.global) throw new Error('replaceAll needs a global regex');
  const edits: Edit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source.text); m; m = pattern.exec(source.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const insert = replace(m);
    if (insert !== null && insert !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, insert });
  }
  return applyEdits(source, edits);
}

/** Drop the prefix and suffix an edit leaves unchanged, so unchanged characters keep their own origins. */
function trimEdit(text: string, edit: Edit): Edit {
  let { start, end, insert } = edit;
  while (start < end && insert.length > 0 && text[start] === insert[0]) {
    start++;
    insert = insert.slice(1);
  }
  while (end > start && insert.length > 0 && text[end - 1] === insert[insert.length - 1]) {
    end--;
    insert = insert.slice(0, -1);
  }
  return { start, end, insert };
}

function originEnd(t: MappedText): number {
  return t.to.length ? t.to[t.to.length - 1]! : 0;
}

/** The original span a normalized span [start, end) was made from. */
export function toOriginal(t: MappedText | OffsetRuns, start: number, end: number): { start: number; end: number } {
  if ('runs' in t) return runsToOriginal(t, start, end);
  if (end <= start) {
    const at = start < t.from.length ? t.from[start]! : originEnd(t);
    return { start: at, end: at };
  }
  return { start: t.from[start]!, end: t.to[end - 1]! };
}

/**
 * A compact, serializable form of the map for documents.json: runs of
 * characters whose origins are contiguous. Each run is
 * [normalizedStart, originalStart, length, originalEndOfLastChar].
 */
export interface OffsetRuns {
  runs: [number, number, number, number][];
}

export function compactRuns(t: MappedText): OffsetRuns {
  const runs: [number, number, number, number][] = [];
  for (let i = 0; i < t.text.length; i++) {
    const last = runs[runs.length - 1];
    const contiguous = last && last[1] + last[2] === t.from[i] && last[3] === t.from[i] && last[0] + last[2] === i;
    if (contiguous) {
      last[2]++;
      last[3] = t.to[i]!;
    } else {
      runs.push([i, t.from[i]!, 1, t.to[i]!]);
    }
  }
  return { runs };
}

function runAt(map: OffsetRuns, index: number): [number, number, number, number] | undefined {
  let lo = 0;
  let hi = map.runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = map.runs[mid]!;
    if (index < run[0]) hi = mid - 1;
    else if (index >= run[0] + run[2]) lo = mid + 1;
    else return run;
  }
  return undefined;
}

function runsToOriginal(map: OffsetRuns, start: number, end: number): { start: number; end: number } {
  const first = runAt(map, start);
  const s = first ? first[1] + (start - first[0]) : 0;
  if (end <= start) return { start: s, end: s };
  const last = runAt(map, end - 1)!;
  const isLastOfRun = end - 1 === last[0] + last[2] - 1;
  const e = isLastOfRun ? last[3] : last[1] + (end - last[0]);
  return { start: s, end: e };
}
