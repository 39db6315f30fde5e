/**
 * A report's text for the editors' desk: every extracted figure and the start
 * of every case highlighted with its id, as buttons that copy what an editor
 * pastes (`:fig[<id>]` into a story, the case id into a write-up), and beside
 * each figure a button that rejects it (the desk's script sends the decision).
 * Unlike the public source page (lib/source-html.ts) it shows ids, not values,
 * so false findings are easy to spot and cite.
 */
import type { Case, DocumentRecord, Figure } from '../../scripts/datasets/schema.ts';
import { escapeHtml } from '../lib/html.ts';
import { formatFigure } from '../lib/format.ts';

const copyButton = (className: string, copy: string, label: string, title: string) =>
  `<button type="button" class="${className}" data-copy="${escapeHtml(copy)}" title="${escapeHtml(title)}">${label}</button>`;

const rejectButton = (f: Figure) =>
  `<button type="button" class="desk-reject" data-decide="reject-figure" data-id="${escapeHtml(f.id)}" aria-label="${escapeHtml(`不是数字：${f.raw}（${f.id}）`)}" title="不是数字：排除这个数字">×</button>`;

export function deskHtml(doc: DocumentRecord, figures: readonly Figure[], cases: readonly Case[]): string {
  const marks = new Map<number, Figure[]>();
  for (const f of figures.filter((f) => !f.derived)) marks.set(f.start, [...(marks.get(f.start) ?? []), f]);
  const caseStarts = new Map<number, Case[]>();
  for (const c of cases) caseStarts.set(c.start, [...(caseStarts.get(c.start) ?? []), c]);
  return doc.paragraphs
    .map((p) => {
      let html = '';
      let at = p.start;
      for (let i = p.start; i < p.end; i++) {
        const starting = caseStarts.get(i);
        const group = marks.get(i);
        if (!starting && !group) continue;
        html += escapeHtml(doc.text.slice(at, i));
        at = i;
        for (const c of starting ?? []) html += copyButton('desk-case', c.id, `案例 ${escapeHtml(c.id)}`, `复制案例编号：${c.title}（${c.owner}）`);
        if (group) {
          const end = Math.max(...group.map((f) => f.end));
          const ids = group.map((f) => copyButton('desk-fig-id', `:fig[${f.id}]`, escapeHtml(f.id), `复制 :fig[${f.id}]：${formatFigure(f)}${f.subject ? `（${f.subject}）` : ''}`) + rejectButton(f)).join('');
          html += `<mark class="desk-fig">${escapeHtml(doc.text.slice(i, end))}${ids}</mark>`;
          at = end;
          i = end - 1;
        }
      }
      html += escapeHtml(doc.text.slice(at, p.end));
      return `<p${p.heading ? ' class="heading"' : ''}>${html}</p>`;
    })
    .join('\n');
}
