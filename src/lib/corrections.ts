/**
 * Which of the editors' corrections (build/data/corrections.json) touch a
 * chart, a case, a figure or a report, and how a notice reads. A chart is
 * affected when the correction names it, or names a figure or case it draws
 * or cites, so a correction reaches every page and embed that shows the data.
 */
import { CHARTS } from '../charts/registry.ts';
import { hash } from '../charts/common.ts';
import { memo } from './lookup.ts';
import type { ChartSpec } from '../charts/types.ts';
import { InputError } from '../../scripts/datasets/errors.ts';
import { type DataCorrection, datasets } from './data.ts';

let checked: DataCorrection[] | undefined;

/** Every correction, newest first; a chart id no chart has fails the build naming the file. */
export function allCorrections(): DataCorrection[] {
  const list = datasets().corrections;
  if (checked === list) return list;
  const ids = CHARTS.map((c) => c.id);
  for (const c of list) {
    const bad = c.charts.filter((id) => !ids.includes(id));
    if (bad.length) throw new InputError({ file: c.file, field: 'charts', problem: `No chart is called ${bad.map((b) => `"${b}"`).join(', ')}.`, expected: `chart ids: ${ids.join(', ')}` });
  }
  checked = list;
  return list;
}

export function correctionsForChart(spec: ChartSpec): DataCorrection[] {
  const figures = new Set([...spec.sources.map((s) => s.figure), ...spec.rows.map((r) => r.figure)].filter((f): f is string => typeof f === 'string'));
  const cases = new Set(spec.rows.map((r) => r.case).filter((c): c is string => typeof c === 'string'));
  return allCorrections().filter((c) => c.charts.includes(spec.id) || c.figures.some((f) => figures.has(f)) || c.cases.some((k) => cases.has(k)));
}

export function correctionsForCase(caseId: string, figureIds: readonly string[] = []): DataCorrection[] {
  return allCorrections().filter((c) => c.cases.includes(caseId) || c.figures.some((f) => figureIds.includes(f)));
}

export function correctionsForFigure(figureId: string): DataCorrection[] {
  return allCorrections().filter((c) => c.figures.includes(figureId));
}

export function correctionsForDocument(documentId: string): DataCorrection[] {
  return allCorrections().filter((c) => c.documents.includes(documentId));
}

/** 更正（2026-11-30）：<what changed> — the line shown with the data, linked to /corrections/. */
export function correctionNotice(c: Pick<DataCorrection, 'date' | 'change'>): string {
  return `更正（${c.date}）：${c.change}`;
}

/** A chart's version: a hash of exactly what it draws and cites, so any change of its data changes it. */
export function chartVersion(spec: ChartSpec): string {
  // Once per spec: a chart's version is asked by its embed, frozen record, story and correction pages.
  return memo(spec, versionOf);
}

function versionOf(spec: ChartSpec): string {
  return hash(JSON.stringify([spec.columns.map((c) => c.label), spec.rows, spec.sources.map((s) => [s.documentId, s.anchor])]));
}

/** The date a chart's data last changed: its latest correction; none when it was never corrected. */
export function chartUpdated(spec: ChartSpec): string | undefined {
  return correctionsForChart(spec)[0]?.date;
}
