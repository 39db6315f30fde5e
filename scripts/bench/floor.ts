/**
 * The framework's floor: a minimal Astro project (the same Astro, the same
 * Node, the same output format) that generates `pages` trivial pages from one
 * dynamic route. Built in the same run as our site, so the ratio of the two
 * build times says what our own code costs on top of Astro itself.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type Measured } from './process-tree.ts';
import { ROOT } from './measure.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' } });
`;

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: Number(import.meta.env.FLOOR_PAGES ?? process.env.FLOOR_PAGES) }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>页面 {n}</title></head>
<body><h1>页面 {n}</h1><p>这是第 {n} 个页面。</p></body></html>
`;

/** Build the floor project with `pages` pages in `dir` (inside the project, so it resolves our node_modules). */
export async function buildFloor(dir: string, pages: number): Promise<Measured> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "astro-floor", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'pages', '[n].astro'), PAGE);
  return measure(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'], { cwd: dir, env: { FLOOR_PAGES: String(pages) } });
}
