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
import { formatFigure } from '../lib/format.ts';
import { figureSourceHref } from '../lib/links.ts';
import type { DirectivePlugin } from '../lib/markdown.ts';
import type { StoryContext } from './context.ts';
import { checkTypedNumbers } from './typed-numbers.ts';
import { didYouMean, goneReport } from '../../scripts/datasets/suggest.ts';

type Directive = ContainerDirective | LeafDirective | TextDirective;

const KNOWN = { containerDirective: ['scrolly', 'step'], leafDirective: ['chart'], textDirective: ['fig', 'stat'] } as const;

function textOf(node: Directive): string {
  return node.children.map((c) => ('value' in c ? String(c.value) : '')).join('').trim();
}

function attrs(node: Directive): Record<string, string> {
  return Object.fromEntries(Object.entries(node.attributes ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * An element for the HTML tree, as a markdown node (mdast-util-to-hast reads
 * hName/hProperties): the directives build elements, never HTML strings, so
 * the sanitizer sees and checks everything they produce.
 */
function element(tag: string, properties: Record<string, string | number | boolean | string[]>, children: RootContent[] = []): RootContent {
  return { type: 'paragraph', data: { hName: tag, hProperties: properties }, children } as never;
}
const text = (value: string): RootContent => ({ type: 'text', value });

/**
 * Syntax a directive left unparsed because it was not closed: `:stat[cases]{district=…` (brace),
 * `:fig[id` (bracket), `::chart{id=…` (brace). A parsed directive never leaves its colon in the text.
 */
const BROKEN_DIRECTIVE = /(?<![\\\w:/]):{1,2}([a-z][\w-]*)(?=[[{])/gi;

/** Why a figure id is unknown: a typo, or its report is no longer among the seeds (ids start with the report id). */
function unknownFigure(id: string, ctx: StoryContext): string {
  const gone = goneReport(id, new Set([...ctx.figures.values()].map((f) => f.documentId)));
  return gone ? `Unknown figure id "${id}": its report "${gone}" is no longer in seeds/ (removed or renamed).` : `Unknown figure id "${id}".`;
}

export function storyDirectives(ctx: StoryContext): DirectivePlugin {
  return (report) => (tree: Root) => {
    checkTypedNumbers(tree, report, ctx.figures);
    let chartCount = 0;
    let stepCount = 0;

    const chart = (node: Directive, id: string | undefined, params: Record<string, string>): string | null => {
      const ids = ctx.charts.ids();
      if (!id) return report(node, 'chart', 'The directive names no chart.', `chart=<id>, one of ${ids.join(', ')}`), null;
      if (!ids.includes(id)) return report(node, 'chart', `Unknown chart "${id}".`, `one of ${ids.join(', ')}.${didYouMean(id, ids)}`), null;
      const bad = ctx.charts.validate(id, params);
      for (const b of bad) report(node, 'chart', `Chart "${id}": ${b}`);
      return bad.length ? null : ctx.charts.render(id, params, { idPrefix: `c${++chartCount}`, step: node.type === 'containerDirective' });
    };

    // Two passes: inline and leaf directives first (they may sit inside steps),
    // then the scrolly containers, which move their steps' content.
    const pass = (types: readonly Directive['type'][]) => visit(tree, (node, index, parent: Parent | undefined) => {
      if (!(types as readonly string[]).includes(node.type)) return;
      const d = node as Directive;
      const known = KNOWN[d.type] as readonly string[];
      if (!known.includes(d.name)) {
        const hint = d.type === 'textDirective' ? ' (a colon before letters starts a directive; write \\: for a literal colon)' : '';
        report(d, d.name, `Unknown ${d.type.replace('Directive', '')} directive "${d.name}"${hint}.`, `one of ${known.join(', ')}.${didYouMean(d.name, known)}`);
        return;
      }
      if (!parent || index === undefined) return;
      if (d.name === 'fig') {
        const id = textOf(d);
        const f = ctx.figures.get(id);
        if (!f) {
          report(d, 'fig', unknownFigure(id, ctx), `an id from /data/figures.json (${ctx.figures.size} figures; each source page shows them).${didYouMean(id, ctx.figures.keys())}`);
          return;
        }
        const label = `${formatFigure(f)}${f.derived ? '（推算）' : ''}`;
        const title = f.derived ? `推算：${f.formula}` : `原句：${f.quote}`;
        parent.children[index] = element('a', { className: ['fig-ref'], href: ctx.href(figureSourceHref(f)), title }, [text(label)]);
        return SKIP;
      }
      if (d.name === 'stat') {
        const name = textOf(d);
        const params = attrs(d);
        if (!ctx.stats.names().includes(name)) return void report(d, 'stat', `Unknown statistic "${name}".`, `one of ${ctx.stats.names().join(', ')}.${didYouMean(name, ctx.stats.names())}`);
        const bad = ctx.stats.validate(name, params);
        for (const b of bad) report(d, 'stat', b);
        if (bad.length) return;
        const r = ctx.stats.compute(name, params);
        const inner = element('span', { className: ['stat', 'num'], title: r.formula }, [text(r.value)]);
        parent.children[index] = r.href ? element('a', { className: ['stat-ref'], href: ctx.href(r.href) }, [inner]) : inner;
        return SKIP;
      }
      if (d.name === 'chart') {
        const { id, ...params } = attrs(d);
        const block = chart(d, id, params);
        parent.children[index] = text(block ?? '');
        return SKIP;
      }
      if (d.name === 'step' && parent.type !== 'containerDirective') report(d, 'step', 'A step outside a scrolly section (or the scrolly was closed early: the outer fence needs more colons than the steps).', '::::scrolly, then :::step{chart=…} … ::: for each step, then :::: to close');
      if (d.name === 'scrolly') {
        const steps = d.children.filter((c): c is ContainerDirective => c.type === 'containerDirective' && c.name === 'step');
        if (steps.length === 0) report(d, 'scrolly', 'A scrolly section without steps.', 'one or more :::step{chart=…} blocks inside ::::scrolly … ::::');
        const others = d.children.filter((c) => !(c.type === 'containerDirective' && c.name === 'step'));
        for (const o of others) report(o, 'scrolly', 'Content outside a step inside the scrolly section.', 'put all prose of a scrolly section inside its :::step blocks');
        const items: RootContent[] = [];
        for (const step of steps) {
          const n = ++stepCount;
          const { chart: id, ...params } = attrs(step);
          const block = chart(step, id, params);
          items.push(element('li', { className: ['step'], id: `step-${n}`, dataStep: n }, [
            element('div', { className: ['step-body'] }, step.children as RootContent[]),
            element('div', { className: ['step-chart'] }, [text(block ?? '')]),
          ]));
        }
        // No graphic container and no script: each step carries its own chart, which
        // src/styles/scrolly.css makes sticky on screens (the HTML is the final layout).
        parent.children[index] = element('section', { className: ['scrolly'], dataScrolly: true }, [
          element('ol', { className: ['scrolly-steps'] }, items),
        ]) as never;
        return SKIP;
      }
      return undefined;
    });
    // A lone `:::` paragraph is a fence that closed nothing: usually a scrolly closed too early.
    // A fence line right after prose (no blank line) joins that paragraph's text: check every line.
    visit(tree, 'text', (node) => {
      node.value.split('\n').forEach((line, i) => {
        if (!/^:{3,}$/.test(line.trim())) return;
        const at = node.position ? { start: { line: node.position.start.line + i, column: 1 }, end: { line: node.position.start.line + i, column: 1 } } : undefined;
        report({ type: 'text', value: line, position: at }, 'scrolly', `A stray "${line.trim()}" fence: it closes nothing.`, '::::scrolly … :::step{chart=…} … ::: … :::: (more colons outside than inside; a blank line before a fence)');
      });
    });
    // Unclosed directive syntax: left as text, it would render wrong (a :stat without its filters counts
    // everything) or show as literal markup. Checked before the directives are replaced.
    visit(tree, 'text', (node, index, parent) => {
      const before = parent && index ? parent.children[index - 1] : undefined;
      if (before?.type === 'textDirective' && /^[[{]/.test(node.value)) {
        const what = node.value[0] === '{' ? 'attributes {' : 'label [';
        report(node, before.name, `The ${what} of ":${before.name}" is not closed: "${node.value.split('\n')[0]!.slice(0, 40)}".`, 'a closing ] or } on the same line, e.g. :fig[<id>] or :stat[cases]{district=黄埔区 year=2024}');
      }
      for (const m of node.value.matchAll(BROKEN_DIRECTIVE)) {
        const bracket = node.value[m.index + m[0].length] === '[' ? 'label [' : 'attributes {';
        report(node, m[1]!, `A "${m[0]}" directive whose ${bracket} is not closed, so it would be shown as text.`, 'a closing ] or } on the same line, e.g. :fig[<id>] or ::chart{id=…}');
      }
    });
    pass(['textDirective', 'leafDirective']);
    pass(['containerDirective']);
  };
}
