/**
 * The one renderer for markdown that editors write (stories and case
 * write-ups). Editors are trusted with words, not with markup:
 * - raw HTML they type is shown as text, never passed through;
 * - a link or image whose URL could run script (javascript:, vbscript:, data:
 *   outside images, any other scheme not listed below) fails the build with
 *   file:line:column, in every form markdown offers (inline, autolink,
 *   reference definition, entity-encoded, mixed case, with control characters);
 * - fenced code and directive fences left open fail the build too, instead of
 *   swallowing the rest of the file;
 * - the HTML tree is then cut down to an allow-list (rehype-sanitize), so even
 *   a bug in a plugin cannot put an event handler or a script on a page;
 * - headings then break only between phrases (lib/phrases.ts): their text is
 *   cut into text nodes joined by <wbr> elements, built as nodes, never HTML.
 * All problems of a file are collected and thrown together as MarkdownErrors.
 */
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { InputError } from '../../scripts/datasets/errors.ts';
import { headlinePhrases } from './phrases.ts';

export class MarkdownErrors extends Error {
  readonly problems: InputError[];
  constructor(problems: InputError[]) {
    super(`${problems.length} problem(s) in markdown:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
    this.problems = problems;
    // The message names every file, line and valid choice; a stack trace would only add noise.
    this.stack = this.message;
  }
}

/** Where the markdown came from, so that errors name the line an editor sees in the file. */
export interface MarkdownSource {
  /** Path of the file, as shown in errors. */
  file: string;
  /** Lines above the markdown body in the file (the frontmatter). */
  lineOffset?: number;
}

/** Reports one problem at a node of the markdown tree. */
export type Report = (node: Nodes | undefined, field: string, problem: string, expected?: string) => void;

/** A remark transform that checks and rewrites directives, reporting problems through `report`. */
export type DirectivePlugin = (report: Report) => (tree: Root) => void;

export interface RenderOptions extends MarkdownSource {
  /** Story directives (remark-directive syntax); without them, directive syntax is plain text. */
  directives?: DirectivePlugin;
}

/** URL schemes a link may use; anything else (javascript:, vbscript:, file:, …) is refused. */
const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'];
/** Inline images may also be data: URLs of an image type (they cannot run script inside <img>). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/i;
const EXPECTED_URL = `an ${LINK_SCHEMES.join(', ')} URL or a path on this site (images may also be data:image/png, jpeg, gif, webp or avif)`;

/**
 * The scheme a browser would see: it drops tabs and newlines anywhere and
 * control characters and spaces at the start, and compares case-insensitively.
 */
export function urlScheme(url: string): string | null {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return m ? m[1]!.toLowerCase() : null;
}

/** Why a URL may not be published, or null when it may. */
export function unsafeUrl(url: string, image: boolean): string | null {
  const scheme = urlScheme(url);
  if (scheme === null || LINK_SCHEMES.includes(scheme)) return null;
  if (scheme === 'data' && image && DATA_IMAGE.test(url.trim())) return null;
  if (scheme === 'data') return image ? 'A data: image that is not png, jpeg, gif, webp or avif.' : 'A data: URL outside an image (a browser would open it as a page).';
  return `The "${scheme}:" scheme is not allowed${scheme === 'javascript' || scheme === 'vbscript' ? ' (it runs script in the reader\'s browser)' : ''}.`;
}

const checkUrls = (report: Report) => (tree: Root) => {
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const why = unsafeUrl(node.url, node.type === 'image');
    if (why) report(node, node.type, `${why} URL: "${node.url.slice(0, 80)}"`, EXPECTED_URL);
  });
};

/** Raw HTML an editor typed becomes visible text (our plugins add no raw HTML, they build elements). */
const htmlAsText = () => (tree: Root) => {
  visit(tree, 'html', (node, index, parent) => {
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: node.value };
  });
};

/**
 * A fenced block (``` or ~~~ code, or a ::: directive container) must be
 * closed: CommonMark lets an open fence run to the end of the file, which
 * would silently turn the rest of a story into code or into one step.
 */
const checkFences = (report: Report, source: string) => (tree: Root) => {
  const lines = source.split('\n');
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'containerDirective') return;
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end) return;
    const opening = /^\s*(`{3,}|~{3,}|:{3,})/.exec(lines[start.line - 1] ?? '');
    if (!opening) return; // an indented code block has no fence
    const fence = opening[1]!;
    const last = end.line > start.line ? (lines[end.line - 1] ?? '') : '';
    const closed = new RegExp(`^\\s*${fence[0] === ':' ? ':' : `\\${fence[0]}`}{${fence.length},}\\s*$`).test(last);
    if (!closed) report(node, 'fence', `The "${fence}" fence opened here is never closed.`, `a closing line "${fence}" (as many ${fence[0]} or more) after the block`);
  });
};

/**
 * What the allow-list lets through: the elements CommonMark produces, plus the
 * classes and data attributes of the story directives. No ids are clobbered
 * because no editor can write an id (raw HTML is text); only our directives
 * set them.
 */
export const SCHEMA: SanitizeSchema = {
  tagNames: ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'a', 'img', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'section', 'div', 'span'],
  attributes: {
    a: ['href', 'title', ['className', 'fig-ref', 'stat-ref']],
    img: ['src', 'alt', 'title'],
    ol: ['start', ['className', 'scrolly-steps']],
    code: [['className', /^language-[\w-]+$/]],
    span: ['title', ['className', 'stat', 'num']],
    section: ['dataScrolly', ['className', 'scrolly']],
    div: [['className', 'step-body', 'step-chart']],
    li: ['id', 'dataStep', ['className', 'step']],
  },
  protocols: { href: LINK_SCHEMES, src: ['http', 'https', 'data'] },
  clobber: [],
  strip: ['script', 'style'],
  required: {},
  ancestors: {},
  allowComments: false,
  allowDoctypes: false,
};

/** A hast className as a list (hast allows a list, a space-separated string or nothing). */
const classesOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []);

/**
 * Each heading's text as phrases joined by <wbr>, after sanitizing, as nodes; class `phrases` (see
 * lib/phrases.ts) is added to the heading's own classes, never put in their place.
 */
export const headingPhrases = () => (tree: HastRoot) => {
  visit(tree, 'element', (heading: Element) => {
    if (!/^h[1-6]$/.test(heading.tagName)) return;
    const classes = classesOf(heading.properties.className);
    heading.properties = { ...heading.properties, className: classes.includes('phrases') ? classes : [...classes, 'phrases'] };
    visit(heading, 'text', (node, index, parent) => {
      if (index === undefined || !parent) return;
      const pieces: ElementContent[] = headlinePhrases(node.value).flatMap((value, i) => [
        ...(i ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
        { type: 'text', value } as const,
      ]);
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  });
};

/** Markdown to safe HTML; throws MarkdownErrors listing every problem with file:line:column. */
export function renderMarkdown(markdown: string, options: RenderOptions): string {
  const { file, lineOffset = 0, directives } = options;
  const problems: InputError[] = [];
  const report: Report = (node, field, problem, expected) =>
    problems.push(new InputError({ file, line: node?.position ? node.position.start.line + lineOffset : undefined, column: node?.position?.start.column, field, problem, expected }));
  const processor = unified()
    .use(remarkParse)
    .use(directives ? [remarkDirective] : [])
    .use(htmlAsText)
    .use((() => checkUrls(report)) as Plugin<[], Root>)
    .use((() => checkFences(report, markdown)) as Plugin<[], Root>)
    .use(directives ? [(() => directives(report)) as Plugin<[], Root>] : [])
    .use(remarkRehype)
    .use(rehypeSanitize, SCHEMA)
    .use(headingPhrases)
    .use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  problems.sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || (a.problem.column ?? 0) - (b.problem.column ?? 0));
  if (problems.length) throw new MarkdownErrors(problems);
  return html;
}
