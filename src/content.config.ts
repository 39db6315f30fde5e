/**
 * Content collections: the editors' stories (content/stories/). Case
 * write-ups (content/cases/) are not read here: the pipeline validates them
 * and merges them into build/data/cases.json, which the site reads.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storySchema } from '../scripts/datasets/schema.ts';
import { storiesDir } from './lib/content-dir.ts';

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '*.md', base: storiesDir() }),
    schema: storySchema,
  }),
};
