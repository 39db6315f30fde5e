/**
 * Shape "numbered": the items of a numbered list, in any marker style
 * (structure.ts): `一、` `（一）` `1.` `（1）` `①` `一是` `第一，` `第N名`
 * `案例一` `【…】`. Each item is a candidate; whether it is a case is left to
 * the classifier, since a narrative review numbers its section headings
 * (`（一）聚焦重点领域突破`) exactly as an award list numbers its winners.
 *
 * The title is the item's line when it is a heading (its paragraphs follow),
 * else the item's first sentence. The owner is read from the item
 * (cases-item.ts), else from the first sentence of its body (`越秀区创新…`),
 * else it is the report's own district or city: the report tells its own work.
 */
import type { DocumentRecord } from './document.ts';
import type { EditableTables } from './tables.ts';
import { type OwnerContext, looksLikeOwner } from './owners.ts';
import { type Candidate, caseEnd, sentencesOf, titleOf } from './cases-common.ts';
import type { Cue } from './cases-cues.ts';
import { splitItem } from './cases-item.ts';
import { reportOwner } from './cases-report-owner.ts';
import { type Line, STYLE_EXAMPLE, enclosingStyles, linesOf, listsOf } from './structure.ts';
import { AGENT_VERBS, CONTENTS_HEADINGS, SECTION_NAMES, anyOf } from './lexicon.ts';
import { findPlaces } from './places.ts';

const CONTENTS = new RegExp(`^(?:${anyOf(CONTENTS_HEADINGS).source})$`);
/** A short item that is only a section name: 工作背景, 主要任务, 总体目标. */
const SECTION_NAME = new RegExp(`^.{0,4}(?:${anyOf(SECTION_NAMES).source})$`);

/** True when the nearest heading above a line is a table of contents (目录). */
function inContents(doc: DocumentRecord, index: number): boolean {
  const heading = linesOf(doc).slice(0, index).reverse().find((l) => l.heading);
  return heading !== undefined && CONTENTS.test(doc.text.slice(heading.start, heading.end).replace(/\s+/g, ''));
}

/** How much the marker style alone says: 案例一 names a case, 第一名 ranks one, 一、 only counts. */
function markerCue(line: Line, lone: boolean): Cue {
  const style = line.marker!.style;
  // A lone 案例一 (a report printing the first case of a collection) needs its lead or title to name the list too.
  if (style === 'case' && lone) return { reason: 'numbered as a case (案例一), alone', weight: 0.3 };
  if (style === 'case') return { reason: 'numbered as a case (案例一)', weight: 0.6 };
  if (style === 'rank') return { reason: 'a ranked entry (第N名)', weight: 0.3 };
  return { reason: `an item of a numbered list (${STYLE_EXAMPLE[style]})`, weight: 0.15 };
}

/** `由<unit><verb>` (由哈尔滨市大数据中心建设运维) or `<unit>牵头` opening a clause: the unit carried the work out. */
const AGENT = new RegExp(`(?:^|由)([^，,。；;：:由]{2,30}?)(?:${anyOf(AGENT_VERBS).source})`, 'g');

/**
 * The owner a case's body names in its first sentence: a unit opening it (`越秀区创新…`), or the unit the sentence
 * says carried the work out (`…平台由哈尔滨市大数据中心建设运维`).
 */
function bodyOwner(doc: DocumentRecord, line: Line, ctx: OwnerContext): string | null {
  const next = doc.paragraphs[line.index + 1];
  if (!next || next.heading) return null;
  const first = sentencesOf(doc, next)[0];
  if (!first) return null;
  const sentence = doc.text.slice(first.start, first.end);
  return splitItem(sentence, ctx).owner ?? [...sentence.matchAll(AGENT)].map((m) => m[1]!).find((unit) => looksLikeOwner(unit, ctx)) ?? null;
}

/**
 * A table of contents names what the report prints below it: its entries are not cases a second time, and a section's
 * entry never is one. But a contents entry numbered as a case (案例一<title>) whose title the report does not print
 * again below it (a page keeping only the contents of a case collection) is the one place that case is named.
 */
function contentsCue(doc: DocumentRecord, line: Line, title: string): Cue {
  const key = title.replace(/\s+/g, '');
  const printed = key.length >= 4 && doc.text.slice(doc.paragraphs[line.index]!.end).replace(/\s+/g, '').includes(key);
  return line.marker!.style === 'case' && !printed
    ? { reason: 'an entry of a table of contents (目录) numbered as a case, printed nowhere else', weight: 0 }
    : { reason: 'an entry of a table of contents (目录)', weight: -1 };
}

const HEADS_A_LIST = 'heads a numbered list of its own: a section, not a case';

/**
 * The organisation a case's name opens with (`泸州市龙马潭区人民检察院督促保护…案`): the shortest opening that reads as an
 * owner and ends like an organisation (…院, …局), with the name going on after it. Only for items numbered as cases
 * (案例一), whose names are the cases' official names.
 */
function organisationAtStart(title: string, ctx: OwnerContext): string | null {
  for (let n = 4; n <= Math.min(30, title.length - 4); n++) {
    const head = title.slice(0, n);
    if (ctx.tables.owners.suffixes.some((s) => head.endsWith(s)) && looksLikeOwner(head, ctx)) return head;
  }
  return null;
}

/** An item whose title names another place than the report's own (`…包头市构建…` in a region's list) is that place's, not the report's. */
function namesOtherPlace(title: string, own: string | null, ctx: OwnerContext): boolean {
  const hit = findPlaces(title, { city: ctx.city, zones: ctx.tables.zones }).find((h) => h.kind === 'district' || h.kind === 'zone' || h.kind === 'city');
  return hit !== undefined && (hit.district?.name ?? hit.city) !== own;
}

export function numberedCases(doc: DocumentRecord, tables: EditableTables): Candidate[] {
  const ctx = { city: doc.region.city, district: doc.region.district, tables };
  const own = reportOwner(doc, tables);
  const out: Candidate[] = [];
  const lists = listsOf(doc);
  for (const list of lists) {
    const items: Candidate[] = [];
    const starts = new Set(list.items.map((l) => l.index));
    const contents = inContents(doc, list.items[0]!.index);
    const others = lists.filter((l) => l !== list).flatMap((l) => l.items.map((i) => i.index));
    for (const line of list.items) {
      const p = doc.paragraphs[line.index]!;
      const first = sentencesOf(doc, p)[0]!;
      const quoteEnd = line.heading ? p.end : first.end;
      const text = line.heading ? line.text : titleOf(doc.text.slice(line.textStart, first.end));
      const item = splitItem(text, ctx);
      const fromName = item.owner || line.marker?.style !== 'case' ? null : organisationAtStart(item.title, ctx);
      const fromBody = item.owner || fromName ? null : line.heading ? bodyOwner(doc, line, ctx) : null;
      const owner = item.owner ?? fromName ?? fromBody ?? (namesOtherPlace(item.title, own, ctx) ? '' : own) ?? '';
      const end = line.heading ? caseEnd(doc, line.index, starts) : p.end;
      const cues: Cue[] = [markerCue(line, list.items.length === 1)];
      // An item with a numbered list under it is a section (一、工作成效 over （一）…（二）…), not a case.
      // So is a heading whose text opens with a heading numbered in another style (二、… then （一）…), even a lone one.
      const next = linesOf(doc)[line.index + 1];
      const sub = line.heading && next?.heading && next.marker !== null && next.marker.style !== list.style && !enclosingStyles(doc, line.index).has(next.marker.style);
      const child = others.find((i) => i > line.index && doc.paragraphs[i]!.start < end) ?? (sub ? next.index : undefined);
      if (child !== undefined) cues.push({ reason: HEADS_A_LIST, weight: -1 });
      if (contents) cues.push(contentsCue(doc, line, item.title));
      if (SECTION_NAME.test(item.title.replace(/\s+/g, ''))) cues.push({ reason: 'only a section name', weight: -1 });
      if (item.how) cues.push({ reason: `the item names its owner (${item.how})`, weight: 0.35 });
      items.push({
        shape: 'numbered',
        cues,
        anchor: list.items[0]!.index,
        own: !item.owner && !fromName && !fromBody,
        owner,
        title: item.title,
        start: p.start,
        // A numbered heading owns the paragraphs under it; a numbered paragraph is whole.
        end,
        quoteStart: line.heading ? p.start : first.start,
        quoteEnd,
      });
    }
    // Items of one list are parallel: when one of them heads a list of its own, the list numbers sections.
    const sections = items.some((c) => c.cues.some((cue) => cue.reason === HEADS_A_LIST));
    for (const c of items) {
      if (sections && !c.cues.some((cue) => cue.reason === HEADS_A_LIST)) c.cues.push({ reason: 'a sibling heads a numbered list of its own: the list numbers sections', weight: -1 });
      out.push(c);
    }
  }
  return out;
}
