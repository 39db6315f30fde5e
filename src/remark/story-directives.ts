/**
 * The story directives, as a remark plugin:
 *   ::::scrolly / :::step{chart=… highlight=… year=…}  a scrolling section
 *     (as with code fences, the outer container uses more colons than the steps)
 *   ::chart{id=… highlight=…}                            a chart in the prose
 *   :fig[<figure id>]                                    a reported figure, linked to its sentence
 *   :stat[<name>]{district=… year=…}                     a number computed from the datasets
 * Every directive is validated; all problems of a file are collected with
 * their line and column and the valid choices, and thrown together.
 */
import type { Root, Parent, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit, SKIP } from 'unist-util-visit';
import { InputError } from '../../scripts/pipeline/errors.ts';
import { formatFigure } from '../lib/format.ts';
import { figureSourceHref } from '../lib/links.ts';
import { escapeHtml } from '../lib/html.ts';
import type { StoryContext } from './context.ts';

type Directive = ContainerDirective | LeafDirective | TextDirective;

export class StoryErrors extends Error {
  readonly problems: InputError[];
  constructor(problems: InputError[]) {
    super(`${problems.length} problem(s) in stories:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
    this.problems = problems;
    // The message names every file, line and valid choice; a stack trace would only add noise.
    this.stack = this.message;
  }
}

const KNOWN = { containerDirective: ['scrolly', 'step'], leafDirective: ['chart'], textDirective: ['fig', 'stat'] } as const;

function textOf(node: Directive): string {
  return node.children.map((c) => ('value' in c ? String(c.value) : '')).join('').trim();
}

function attrs(node: Directive): Record<string, string> {
  return Object.fromEntries(Object.entries(node.attributes ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

const html = (value: string): RootContent => ({ type: 'html', value });

export function storyDirectives(ctx: StoryContext, file: string, lineOffset = 0) {
  return () => (tree: Root) => {
    const problems: InputError[] = [];
    const report = (node: Directive, field: string, problem: string, expected?: string) =>
      problems.push(new InputError({ file, line: node.position ? node.position.start.line + lineOffset : undefined, column: node.position?.start.column, field, problem, expected }));
    let chartCount = 0;
    let stepCount = 0;

    const chart = (node: Directive, id: string | undefined, params: Record<string, string>): string | null => {
      const ids = ctx.charts.ids();
      if (!id) return report(node, 'chart', 'The directive names no chart.', `chart=<id>, one of ${ids.join(', ')}`), null;
      if (!ids.includes(id)) return report(node, 'chart', `Unknown chart "${id}".`, `one of ${ids.join(', ')}`), null;
      const bad = ctx.charts.validate(id, params);
      for (const b of bad) report(node, 'chart', `Chart "${id}": ${b}`);
      return bad.length ? null : ctx.charts.render(id, params, { idPrefix: `c${++chartCount}` });
    };

    // Two passes: inline and leaf directives first (they may sit inside steps),
    // then the scrolly containers, which move their steps' content.
    const pass = (types: readonly Directive['type'][]) => visit(tree, (node, index, parent: Parent | undefined) => {
      if (!(types as readonly string[]).includes(node.type)) return;
      const d = node as Directive;
      const known = KNOWN[d.type] as readonly string[];
      if (!known.includes(d.name)) {
        const hint = d.type === 'textDirective' ? ' (a colon before letters starts a directive; write \\: for a literal colon)' : '';
        report(d, d.name, `Unknown ${d.type.replace('Directive', '')} directive "${d.name}"${hint}.`, `one of ${known.join(', ')}`);
        return;
      }
      if (!parent || index === undefined) return;
      if (d.name === 'fig') {
        const id = textOf(d);
        const f = ctx.figures.get(id);
        if (!f) {
          report(d, 'fig', `Unknown figure id "${id}".`, `an id from /data/figures.json (${ctx.figures.size} figures; each source page shows them)`);
          return;
        }
        const label = `${formatFigure(f)}${f.derived ? '（推算）' : ''}`;
        const title = f.derived ? `推算：${f.formula}` : `原句：${f.quote}`;
        parent.children[index] = html(`<a class="fig-ref" href="${escapeHtml(ctx.href(figureSourceHref(f)))}" title="${escapeHtml(title)}">${escapeHtml(label)}</a>`) as never;
        return SKIP;
      }
      if (d.name === 'stat') {
        const name = textOf(d);
        const params = attrs(d);
        if (!ctx.stats.names().includes(name)) return void report(d, 'stat', `Unknown statistic "${name}".`, `one of ${ctx.stats.names().join(', ')}`);
        const bad = ctx.stats.validate(name, params);
        for (const b of bad) report(d, 'stat', b);
        if (bad.length) return;
        const r = ctx.stats.compute(name, params);
        const inner = `<span class="stat num" title="${escapeHtml(r.formula)}">${escapeHtml(r.value)}</span>`;
        parent.children[index] = html(r.href ? `<a class="stat-ref" href="${escapeHtml(ctx.href(r.href))}">${inner}</a>` : inner) as never;
        return SKIP;
      }
      if (d.name === 'chart') {
        const { id, ...params } = attrs(d);
        const block = chart(d, id, params);
        parent.children[index] = html(block ?? '') as never;
        return SKIP;
      }
      if (d.name === 'step' && parent.type !== 'containerDirective') report(d, 'step', 'A step outside a scrolly section (or the scrolly was closed early: the outer fence needs more colons than the steps).', '::::scrolly, then :::step{chart=…} … ::: for each step, then :::: to close');
      if (d.name === 'scrolly') {
        const steps = d.children.filter((c): c is ContainerDirective => c.type === 'containerDirective' && c.name === 'step');
        if (steps.length === 0) report(d, 'scrolly', 'A scrolly section without steps.', 'one or more :::step{chart=…} blocks inside ::::scrolly … ::::');
        const others = d.children.filter((c) => !(c.type === 'containerDirective' && c.name === 'step'));
        for (const o of others) report(d, 'scrolly', `Content outside a step inside the scrolly section (line ${(o.position?.start.line ?? 0) + lineOffset}).`, 'put all prose of a scrolly section inside its :::step blocks');
        const out: RootContent[] = [html('<section class="scrolly" data-scrolly><div class="scrolly-graphic"></div><ol class="scrolly-steps">')];
        for (const step of steps) {
          const n = ++stepCount;
          const { chart: id, ...params } = attrs(step);
          const block = chart(step, id, params);
          out.push(html(`<li class="step" id="step-${n}" data-step="${n}"><div class="step-body">`));
          out.push(...(step.children as RootContent[]));
          out.push(html(`</div><div class="step-chart">${block ?? ''}</div></li>`));
        }
        out.push(html('</ol></section>'));
        parent.children.splice(index, 1, ...(out as never[]));
        return [SKIP, index + out.length];
      }
      return undefined;
    });
    // A lone `:::` paragraph is a fence that closed nothing: usually a scrolly closed too early.
    // A fence line right after prose (no blank line) joins that paragraph's text: check every line.
    visit(tree, 'text', (node) => {
      node.value.split('\n').forEach((line, i) => {
        if (!/^:{3,}$/.test(line.trim())) return;
        const at = node.position ? node.position.start.line + i + lineOffset : undefined;
        problems.push(new InputError({ file, line: at, field: 'scrolly', problem: `A stray "${line.trim()}" fence: it closes nothing.`, expected: '::::scrolly … :::step{chart=…} … ::: … :::: (more colons outside than inside; a blank line before a fence)' }));
      });
    });
    pass(['textDirective', 'leafDirective']);
    pass(['containerDirective']);
    problems.sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || (a.problem.column ?? 0) - (b.problem.column ?? 0));
    if (problems.length) throw new StoryErrors(problems);
  };
}
