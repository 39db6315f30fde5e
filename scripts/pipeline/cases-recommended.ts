/**
 * Shape "recommended": a title line followed by who put it forward or leads
 * it, on the next line or at the end of the same line:
 * `探索科技成果转化的“武汉样板”` / `（武汉市委全面深化改革委员会推荐）`,
 * `…改革` / `牵头单位：市发展改革委`, `…` / `——黄埔区的经验`. The unit is the
 * owner. The title line must not end like a sentence. A case form writes the
 * title in a field of its own (`案例：智慧株洲APP`) beside the unit field
 * (`单位：…`), before or after it.
 */
import type { DocumentRecord } from './document.ts';
import { type Candidate, FINAL_STOP, caseEnd } from './cases-common.ts';
import { CASE_NAME_FIELDS, EXPERIENCE_WORDS, OWNER_FIELDS, RECOMMENDER_VERBS, anyOf } from './lexicon.ts';
import { linesOf } from './structure.ts';

const VERB = anyOf(RECOMMENDER_VERBS).source;
/** `（武汉市委改革办推荐）` alone on a line, or closing the title line. */
// A unit's name has no colon or slash: `（图：新北研考会提供）`, `(圖/縣政府提供)`, `（来源：…）` credit a photo or a source,
// they recommend nothing.
const RECOMMENDER_LINE = new RegExp(`^[（(]([^（）()：:/／]{2,40}?)(?:${VERB})[）)]$`);
const RECOMMENDER_TAIL = new RegExp(`^(.{4,}?)\\s*[（(]([^（）()：:/／]{2,40}?)(?:${VERB})[）)]$`);
const FIELD = new RegExp(`^[^：:，,。]{0,6}(?:${anyOf(OWNER_FIELDS).source})\\s*[：:]\\s*([^，,。；;]{2,60})$`);
const EXPERIENCE = new RegExp(`^[—–-]{1,2}\\s*(.{2,40}?)的?(?:${anyOf(EXPERIENCE_WORDS).source})$`);

const NAME_FIELD = new RegExp(`^(?:${anyOf(CASE_NAME_FIELDS).source})\\s*[：:]\\s*(.{2,60})$`);

const TITLE_MAX = 60;
const LABEL = /^\W?\s*[^：:“”]{1,8}[：:]/;

/** The unit a line names, if the line is a recommender, lead-unit or experience line. */
export function unitLine(text: string): { unit: string; reason: string } | null {
  const t = text.trim();
  const rec = RECOMMENDER_LINE.exec(t);
  if (rec) return { unit: rec[1]!, reason: 'a recommender line after the title' };
  const field = FIELD.exec(t);
  // Joint leads (市发改委、市财政局) keep the first as owner.
  if (field) return { unit: field[1]!.split(/[、，,]/)[0]!.trim(), reason: 'a lead-unit field after the title' };
  const exp = EXPERIENCE.exec(t);
  return exp ? { unit: exp[1]!, reason: 'an “——…经验” line after the title' } : null;
}

export function recommendedCases(doc: DocumentRecord): Candidate[] {
  const lines = linesOf(doc);
  const found: { index: number; title: string; unit: string; reason: string }[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const named = NAME_FIELD.exec(text);
    if (named) {
      const unit = [lines[line.index - 1], lines[line.index + 1]].map((l) => (l ? unitLine(l.text) : null)).find((u) => u !== null);
      if (unit) found.push({ index: line.index, title: named[1]!.trim(), unit: unit.unit, reason: 'a name field beside a unit field' });
      continue;
    }
    // A `label：value` line (中文名：…) is a field, not a title.
    if (text.length > TITLE_MAX + 40 || FINAL_STOP.test(text) || unitLine(text) || LABEL.test(text)) continue;
    const tail = RECOMMENDER_TAIL.exec(text);
    if (tail && tail[1]!.length <= TITLE_MAX) {
      found.push({ index: line.index, title: tail[1]!, unit: tail[2]!, reason: 'a recommender in brackets after the title' });
      continue;
    }
    const next = lines[line.index + 1];
    const unit = next ? unitLine(next.text) : null;
    if (unit && text.length <= TITLE_MAX) found.push({ index: line.index, title: text, ...unit });
  }
  const starts = new Set(found.map((f) => f.index));
  return found.map((f) => {
    const p = doc.paragraphs[f.index]!;
    return {
      shape: 'recommended',
      cues: [{ reason: f.reason, weight: 0.7 }],
      anchor: found[0]!.index,
      owner: f.unit,
      title: f.title,
      start: p.start,
      end: caseEnd(doc, f.index, starts),
      quoteStart: p.start,
      quoteEnd: p.end,
    };
  });
}
