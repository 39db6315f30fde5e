/**
 * Numbers typed into a story's prose are errors (they neither link to a source
 * nor follow the data); dates, ordinals, names with digits and directives are
 * not. Needs build/data (npm run extract).
 */
import { describe, expect, it } from 'vitest';
import { renderStory } from '../../src/remark/render-story.ts';
import { MarkdownErrors } from '../../src/lib/markdown.ts';
import { storyContext } from '../../src/lib/story-context.ts';
import { datasets } from '../../src/lib/data.ts';
import { closest } from '../../scripts/datasets/suggest.ts';

function problems(markdown: string): string[] {
  try {
    renderStory(markdown, 's.md', storyContext().ctx);
    return [];
  } catch (error) {
    if (error instanceof MarkdownErrors) return error.problems.map((p) => p.message);
    throw error;
  }
}

describe('numbers typed into story prose', () => {
  it('are reported at their line and column, with the figure ids of that value', () => {
    const percent = datasets().figures.find((f) => f.unit === '%' && !f.derived && Number.isInteger(f.value))!;
    const [message] = problems(`第一段。\n\n覆盖率达到${percent.value}%，其余见下文。\n`);
    expect(message).toMatch(new RegExp(`^s\\.md:3:6: prose: A number typed into the prose: "${percent.value}%"\\.`));
    expect(message).toContain(`:fig[${percent.id}]`);
  });

  it('name no figure when none has the value, and point to :fig and :stat', () => {
    expect(problems('共有 987654321 人。')).toEqual([expect.stringMatching(/"987654321".*no figure has this value.*:stat/)]);
  });

  it('allow dates, ordinals, names with digits, and numbers inside directives', () => {
    const figure = datasets().figures.find((f) => !f.derived)!;
    expect(problems(`2019年3月，第3项改革在2018—2024年间推进，5G网络覆盖全区；数字是 :fig[${figure.id}]，共 :stat[cases]{year=2024} 个案例。`)).toEqual([]);
  });
});

describe('did you mean', () => {
  it('suggests the one choice a typo away, and nothing for a tie or a distant value', () => {
    expect(closest('黄浦区', ['黄埔区', '天河区', '海珠区'])).toBe('黄埔区');
    expect(closest('domain-mixx', ['domain-mix', 'district-map'])).toBe('domain-mix');
    expect(closest('ab', ['ac', 'ad'])).toBeUndefined();
    expect(closest('something-else', ['domain-mix'])).toBeUndefined();
  });
});
