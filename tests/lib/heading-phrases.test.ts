/**
 * The markdown step that cuts headings into phrases (lib/markdown.ts headingPhrases) marks each heading
 * with class `phrases`; it replaced the heading's own classes instead of adding to them, so any class a
 * step before it gave a heading (a story's or a plugin's) was lost.
 */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { headingPhrases } from '../../src/lib/markdown.ts';

const heading = (className: unknown): Element => ({ type: 'element', tagName: 'h2', properties: className === undefined ? {} : { className: className as string[] }, children: [{ type: 'text', value: '越秀区把长者饭堂做成社区饭堂' }] });
const run = (h: Element) => {
  const tree: Root = { type: 'root', children: [h] };
  headingPhrases()(tree);
  return tree.children[0] as Element;
};

describe('headingPhrases', () => {
  it('adds class phrases to the classes a heading has', () => {
    expect(run(heading(['step-title', 'lead'])).properties.className).toEqual(['step-title', 'lead', 'phrases']);
    expect(run(heading('step-title lead')).properties.className).toEqual(['step-title', 'lead', 'phrases']);
  });

  it('gives a heading without classes just phrases, and never twice', () => {
    expect(run(heading(undefined)).properties.className).toEqual(['phrases']);
    expect(run(heading(['phrases'])).properties.className).toEqual(['phrases']);
  });

  it('keeps the text, joined by <wbr> between phrases', () => {
    const h = run(heading(undefined));
    expect(h.children.filter((c) => c.type === 'text').map((c) => (c as { value: string }).value).join('')).toBe('越秀区把长者饭堂做成社区饭堂');
    expect(h.children.some((c) => c.type === 'element' && c.tagName === 'wbr')).toBe(true);
  });
});
