/**
 * A story's markdown body to HTML: the site's one markdown renderer
 * (src/lib/markdown.ts: raw HTML as text, safe URLs, sanitized output) with
 * the story directives.
 */
import { renderMarkdown } from '../lib/markdown.ts';
import { storyDirectives } from './story-directives.ts';
import type { StoryContext } from './context.ts';

/**
 * `lineOffset`: lines before the body in the file (the frontmatter), so that
 * errors name the line an editor sees in the file.
 */
export function renderStory(markdown: string, file: string, ctx: StoryContext, lineOffset = 0): string {
  return renderMarkdown(markdown, { file, lineOffset, directives: storyDirectives(ctx) });
}
