/**
 * A story's markdown body to HTML: remark with directives, our directive
 * plugin, then rehype. Raw HTML written by editors is not passed through
 * (only the HTML our directives generate), so a story cannot inject markup.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { storyDirectives } from './story-directives.ts';
import type { StoryContext } from './context.ts';

/** Mark the HTML nodes an editor typed, before our plugin adds its own. */
function escapeEditorHtml() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent && index !== undefined) parent.children[index] = { type: 'text', value: node.value };
    });
  };
}

/**
 * `lineOffset`: lines before the body in the file (the frontmatter), so that
 * errors name the line an editor sees in the file.
 */
export function renderStory(markdown: string, file: string, ctx: StoryContext, lineOffset = 0): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(escapeEditorHtml)
      .use(storyDirectives(ctx, file, lineOffset))
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  );
}
