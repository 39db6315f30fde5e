/**
 * Where the editors' files the site reads itself live: content/ by default,
 * CONTENT_DIR as for the pipeline (scripts/live-data.ts), so a dev server or a
 * test build on a copy of content/ shows that copy's stories and home page.
 */
import { join } from 'node:path';

export const contentDir = (): string => process.env.CONTENT_DIR ?? 'content';

/** The stories folder (src/content.config.ts). */
export const storiesDir = (): string => join(contentDir(), 'stories');

/** The editors' choices for the home page (src/lib/home.ts). */
export const homeFile = (): string => join(contentDir(), 'home.json');
