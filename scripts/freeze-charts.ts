/**
 * Keep the frozen chart versions a build published: copy every
 * <site>/embed/<slug>/v/<version>.json that the archive does not hold yet
 * into <archive>/<slug>/<version>.json. Never overwrites: a version, once
 * published, stays as it was. `npm run build` runs it when SITE is set (only
 * a build with a host offers embed code, so only then can a newsroom hold a
 * frozen URL); commit the new files in archive/charts/ with the change that
 * made them.
 *
 *   node scripts/freeze-charts.ts [--site dist] [--archive archive/charts]
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** Copy the site's frozen records that the archive lacks; returns the added ones as <slug>/<version>. */
export function freezeCharts(site: string, archive: string): string[] {
  const embed = join(site, 'embed');
  const added: string[] = [];
  if (!existsSync(embed)) return added;
  for (const slug of readdirSync(embed, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const versions = join(embed, slug, 'v');
    if (!existsSync(versions)) continue;
    for (const name of readdirSync(versions).filter((n) => n.endsWith('.json')).sort()) {
      const target = join(archive, slug, name);
      if (existsSync(target)) continue;
      mkdirSync(join(archive, slug), { recursive: true });
      // Beside the target, then renamed: an interrupted copy never leaves half a record in the archive.
      copyFileSync(join(versions, name), `${target}.tmp`);
      renameSync(`${target}.tmp`, target);
      added.push(`${slug}/${name.replace(/\.json$/, '')}`);
    }
  }
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
  };
  const added = freezeCharts(arg('--site', 'dist'), arg('--archive', join('archive', 'charts')));
  process.stdout.write(added.length ? `froze ${added.length} chart version(s) into the archive: ${added.join(', ')}\n` : 'no new chart versions\n');
}
