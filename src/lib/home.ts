/**
 * The editors' choices for the home page (content/home.json), checked
 * against the datasets: an unknown figure id fails the build with the valid
 * way to find one.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../scripts/datasets/errors.ts';
import type { Figure } from '../../scripts/datasets/schema.ts';
import { datasets } from './data.ts';
import { homeFile } from './content-dir.ts';

export function homeChoices(): { keyFigures: Figure[]; leadStory: string | null } {
  const file = homeFile();
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { keyFigures?: unknown; leadStory?: unknown };
  const ids = Array.isArray(raw.keyFigures) ? raw.keyFigures.map(String) : [];
  const keyFigures = ids.map((id) => {
    const f = datasets().figures.find((x) => x.id === id);
    if (!f) throw new InputError({ file, field: 'keyFigures', problem: `Unknown figure id "${id}".`, expected: 'an id from /data/figures.json (each source page marks its figures)' });
    return f;
  });
  return { keyFigures, leadStory: typeof raw.leadStory === 'string' ? raw.leadStory : null };
}
