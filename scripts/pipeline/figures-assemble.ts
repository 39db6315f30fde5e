/**
 * From figure tokens to figure drafts: one draft per number, or per pair of
 * numbers when the text joins them into a range (22-50个工作日, 300万元至4500万元)
 * or a before/after change (从110个工作日压减至13个). Qualifiers and kinds come
 * from the words around the draft's span.
 */
import type { Figure, FigureKind, Qualifier } from '../datasets/schema.ts';
import type { Reading } from './figures-reading.ts';
import { FALL_BEFORE, RISE_BEFORE, forecastBefore, qualifierAfter, qualifierBefore, shareQualifierBefore } from './figures-units.ts';
import { isAgeReached } from './figures-names.ts';
import { COMPARISON_WORDS, FALL_VERBS, PAST_SPAN_LEADS, RISE_VERBS, alternation } from './lexicon.ts';

/** A figure before it has an id, a subject and a quote: the number fields of the public record. */
export interface Draft extends Pick<Figure, 'value' | 'unit' | 'kind' | 'qualifier' | 'low' | 'high' | 'before' | 'start' | 'end'> {
  /** Indices of the tokens the draft is made of. */
  tokens: number[];
  terms: number[] | null;
  /** Where the number and its unit end (before a suffix qualifier). */
  unitEnd: number;
  /** Direction of a change: +1 for 增长/提高, -1 for 缩短/减少; 0 when the figure is a level. */
  direction: number;
  /** The unit is a classifier, so the counted noun follows it (11个领域). */
  counted: boolean;
}

const FROM = /(?:从|由)(?:平均|原来的|原)?$/;
const TO_GAP = /^\p{Script=Han}{0,6}?(?:至|到)$/u;
const RANGE_GAP = /^[-—–~～至到]$/;
/** A duration that is the span just past (在过去三年内): its 内 is "during", not a bound. */
const PAST_SPAN = new RegExp(`(?:${alternation(PAST_SPAN_LEADS)})$`);
/**
 * A share in a clause with no verb of its own, only `<whole>的` before it, after a share written the same way
 * (约占全市的1/5，中心城区的1/3): it continues the clause before. 选出了最受喜爱的37个 is no such clause (a count).
 */
const ELLIPTICAL_GAP = /^[，,]\p{Script=Han}{1,8}的$/u;
const isShare = (d: Draft) => d.kind === 'ratio' || d.kind === 'percent';
/** A change or comparison in that clause (较年初下降的0.3%) is a verb of its own. */
const OWN_VERB = new RegExp(alternation([...RISE_VERBS, ...FALL_VERBS, ...COMPARISON_WORDS]));

/**
 * isFigure: the token's class is figure; isPer: the token is a rate's
 * denominator (每千人口), which joins the next figure of its sentence.
 */
export function assemble(text: string, readings: Reading[], isFigure: boolean[], isPer: boolean[]): Draft[] {
  const drafts: Draft[] = [];
  const figureIdx = readings.map((_, i) => i).filter((i) => isFigure[i] && readings[i]!.value !== null);
  let pendingPer: number[] = [];
  for (let k = 0; k < figureIdx.length; k++) {
    if (isPer[figureIdx[k]!] && k + 1 < figureIdx.length && !/[\n。！？；]/.test(text.slice(readings[figureIdx[k]!]!.token.end, readings[figureIdx[k + 1]!]!.token.start))) {
      pendingPer.push(figureIdx[k]!);
      continue;
    }
    const a = readings[figureIdx[k]!]!;
    const bi = figureIdx[k + 1];
    const b = bi === undefined ? undefined : readings[bi];
    if (b && !/[\n。！？；]/.test(text.slice(a.unitEnd, b.token.start))) {
      const gap = text.slice(a.unitEnd, b.token.start);
      if (FROM.test(text.slice(Math.max(0, a.token.start - 5), a.token.start)) && TO_GAP.test(gap)) {
        const unit = !b.unit || (a.unit && a.unit.word.startsWith(b.unit.word)) ? a.unit : b.unit;
        drafts.push(draft(text, [...pendingPer, figureIdx[k]!, bi!], a, b, { ...b, unit, kind: unit?.kind ?? null }, { before: a.value }));
        pendingPer = [];
        k++;
        continue;
      }
      const sameUnit = a.unit && b.unit && a.unit.unit === b.unit.unit;
      if (RANGE_GAP.test(gap) && (!a.unit || sameUnit) && a.value! <= b.value!) {
        drafts.push(draft(text, [...pendingPer, figureIdx[k]!, bi!], a, b, b, { low: a.value, high: b.value }));
        pendingPer = [];
        k++;
        continue;
      }
    }
    drafts.push(draft(text, [...pendingPer, figureIdx[k]!], a, a, a, {}));
    pendingPer = [];
  }
  inheritAcrossConjunctions(text, drafts);
  inheritIntoEllipticalClauses(text, drafts);
  shareSuffixQualifiers(text, drafts);
  return drafts;
}

/** Only a conjunction between two figures: 1500亿元和800亿元左右, 70%、65%以上. */
const CONJUNCTION_GAP = /^[、和及与]$/;

/**
 * 1500亿元和800亿元左右, 70%和65%以上: a qualifier written after the last of figures joined by a conjunction, in
 * the same unit, governs them all, as a qualifier written before the first does (约占…1/5，…1/3).
 */
function shareSuffixQualifiers(text: string, drafts: Draft[]) {
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (d.end === d.unitEnd || !CONJUNCTION_GAP.test(text.slice(prev.end, d.start))) continue;
    if (prev.unit === d.unit && prev.kind === d.kind && prev.qualifier === 'exact') prev.qualifier = d.qualifier;
  }
}

/** 约占全市的1/5，中心城区的1/3: a clause that only names another whole shares the verb and qualifier of the one before. */
function inheritIntoEllipticalClauses(text: string, drafts: Draft[]) {
  for (let i = 1; i < drafts.length; i++) {
    const prev = drafts[i - 1]!;
    const d = drafts[i]!;
    const gap = text.slice(prev.end, d.start);
    const parallel = isShare(prev) && d.kind === prev.kind && text[prev.start - 1] === '的' && ELLIPTICAL_GAP.test(gap) && !OWN_VERB.test(gap);
    if (parallel && prev.qualifier !== 'exact' && d.qualifier === 'exact') d.qualifier = prev.qualifier;
  }
}

function draft(text: string, tokens: number[], first: Reading, last: Reading, unitFrom: Reading, extra: Partial<Draft>): Draft {
  // A bare 百/千/万 (上百支, 百万市民) is a round number, an approximation; 十 alone is just ten. An age reached
  // (已届百年) is the milestone itself.
  const bareScale = /^[百千万亿]+$/.test(first.token.raw) && !isAgeReached(text, first.token.start);
  const prefix = qualifierBefore(text, first.token.start, bareScale);
  const kindFromUnit: FigureKind = unitFrom.kind ?? (first.token.shape === 'ratio' || first.token.shape === 'fraction' ? 'ratio' : 'count');
  const after = qualifierAfter(text, last.unitEnd, kindFromUnit);
  const suffix = after?.word === '内' && PAST_SPAN.test(text.slice(Math.max(0, first.token.start - 4), first.token.start)) ? null : after;
  const share = kindFromUnit === 'ratio' || kindFromUnit === 'percent' ? shareQualifierBefore(text, first.token.start) : null;
  const qualifier: Qualifier = prefix?.qualifier ?? suffix?.qualifier ?? share ?? forecastBefore(text, last.token.start) ?? (last.more || first.more ? 'over' : bareScale ? 'approx' : 'exact');
  const start = prefix?.start ?? first.token.start;
  const lead = text.slice(Math.max(0, start - 6), start);
  const direction = extra.before !== undefined ? 0 : RISE_BEFORE.test(lead) ? 1 : FALL_BEFORE.test(lead) ? -1 : 0;
  return {
    tokens,
    value: last.value!,
    unit: unitFrom.unit?.unit ?? null,
    kind: direction !== 0 ? 'change' : kindFromUnit,
    qualifier,
    low: null,
    high: null,
    before: null,
    terms: first.token.terms ?? null,
    start,
    end: last.unitEnd + (suffix?.word.length ?? 0),
    unitEnd: last.unitEnd,
    direction,
    counted: kindFromUnit === 'count' && (unitFrom.unit === null || unitFrom.unit.counted),
    ...extra,
  };
}

/** 同比分别增长50.4%、16.7%: a figure joined to a change by 、/和 is a change in the same direction. */
function inheritAcrossConjunctions(text: string, drafts: Draft[]) {
  for (let i = 1; i < drafts.length; i++) {
    const prev = drafts[i - 1]!;
    const d = drafts[i]!;
    if (prev.direction !== 0 && d.direction === 0 && d.before === null && /^[、和及与]$/.test(text.slice(prev.end, d.start)) && d.unit === prev.unit) {
      d.direction = prev.direction;
      d.kind = 'change';
    }
  }
}
