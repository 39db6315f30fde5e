/**
 * The site's half of `npm run check`: every story (content/stories/*.md)
 * checked against the datasets exactly as the build would render it (same frontmatter schema, same directives, same renderer), all
 * problems of all files collected. Run by scripts/check.ts as a child process
 * (the pipeline never imports site code) with DATA_DIR pointing at the
 * datasets of this check; prints the problems as JSON on stdout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, type InputProblem } from '../../scripts/datasets/errors.ts';
import { storySchema } from '../../scripts/datasets/schema.ts';
import { didYouMean } from '../../scripts/datasets/suggest.ts';
import { parseMarkdown, zodProblems } from '../../scripts/datasets/frontmatter.ts';
import { MarkdownErrors } from '../lib/markdown.ts';
import { renderStory } from '../remark/render-story.ts';
import { storyContext } from '../lib/story-context.ts';
import { CHARTS } from '../charts/registry.ts';

function markdownFiles(dir: string): { file: string; source: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.md') && !/^(\.|README)/i.test(n)).sort().map((n) => ({ file: join(dir, n), source: readFileSync(join(dir, n), 'utf8') }));
}

/** Every problem of one story: its frontmatter, its cover chart, and its body with the directives. */
export function checkStory(file: string, source: string): InputError[] {
  let parsed: ReturnType<typeof parseMarkdown>;
  try {
    parsed = parseMarkdown(file, source);
  } catch (error) {
    if (error instanceof InputError) return [error];
    throw error;
  }
  const problems: InputError[] = [];
  const meta = storySchema.safeParse(parsed.data);
  if (!meta.success) problems.push(...zodProblems(file, parsed, meta.error));
  const cover = parsed.data.cover;
  const charts = CHARTS.map((c) => c.id);
  if (typeof cover === 'string' && !charts.includes(cover)) {
    problems.push(new InputError({ file, line: parsed.keyLines.get('cover'), field: 'cover', problem: `Unknown chart "${cover}".`, expected: `one of ${charts.join(', ')}.${didYouMean(cover, charts)}` }));
  }
  try {
    renderStory(parsed.body, file, storyContext().ctx, parsed.bodyLine - 1);
  } catch (error) {
    if (!(error instanceof MarkdownErrors)) throw error;
    problems.push(...error.problems);
  }
  return problems;
}

export function checkContent(contentDir: string): InputProblem[] {
  // Write-ups are checked by the pipeline (scripts/pipeline/writeups.ts), which applies them.
  return markdownFiles(join(contentDir, 'stories')).flatMap(({ file, source }) => checkStory(file, source)).map((e) => e.problem);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
  process.stdout.write(JSON.stringify(checkContent(values.content!)));
}
