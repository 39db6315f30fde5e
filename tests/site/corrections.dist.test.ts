/**
 * A correction reaches every copy of the data (the hostile test build
 * carries the fixture tests/fixtures/corrections/2026-11-30-test-approval-days.md,
 * which corrects figure hp-2020-summary-f-b31481ec6e): /corrections/ and its feed,
 * the figure's source sentence, its case page, the story that charts it, the
 * chart on the site, and every embed of an affected chart, whose version changes.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const { hostile, root } = inject('siteDirs');
const ID = '2026-11-30-test-approval-days';
const FIGURE = 'hp-2020-summary-f-b31481ec6e';
const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const NOTICE = /更正（2026-11-30）：测试用更正：黄埔区企业投资建设项目审批时间的单位核对为工作日 <a href="\/corrections\/#2026-11-30-test-approval-days"[^>]*>说明<\/a>/;

describe('a correction reaches every copy', () => {
  it('is listed on /corrections/ and in its feed', () => {
    const page = read(hostile, 'corrections/index.html');
    expect(page).toContain(`id="${ID}"`);
    expect(page).toContain('测试夹具');
    expect(page).toContain(`#fig-${FIGURE}`);
    expect(read(hostile, 'corrections/rss.xml')).toMatch(new RegExp(`<link>https://reform\\.test/corrections/#${ID}</link>`));
  });

  it('follows the figure\'s source sentence, its case page and the story that charts it', () => {
    const figures = JSON.parse(read(hostile, 'data/figures.json')) as { id: string; documentId: string; case: string }[];
    const figure = figures.find((f) => f.id === FIGURE)!;
    expect(read(hostile, `sources/${figure.documentId}/index.html`)).toMatch(/<a class="correction-inline" role="note" href="\/corrections\/#2026-11-30-test-approval-days">〔更正（2026-11-30）/);
    expect(read(hostile, `cases/${figure.case}/index.html`)).toMatch(NOTICE);
    expect(read(hostile, 'stories/speed-of-approvals/index.html')).toMatch(NOTICE);
  });

  it('sits inside every embed of an affected chart, and only there, with a new version and an updated date', () => {
    const embeds = readdirSync(join(hostile, 'embed')).filter((n) => existsSync(join(hostile, 'embed', `${n}.oembed.json`)));
    const affected = embeds.filter((n) => NOTICE.test(read(hostile, `embed/${n}/index.html`)));
    expect(affected).toContain('time-compression');
    expect(affected).not.toContain('domain-mix');
    const version = (dist: string) => /版本 ([a-z0-9]+)（?/.exec(read(dist, 'embed/time-compression/index.html'))![0];
    expect(read(hostile, 'embed/time-compression/index.html')).toContain('（2026-11-30更新）');
    expect(read(root, 'embed/time-compression/index.html')).not.toContain('更新）');
    expect(version(root)).toMatch(/^版本 [a-z0-9]+$/);
    // The standalone file carries it too.
    expect(read(hostile, 'embed/time-compression.svg')).toContain('更正（2026-11-30）');
  });

  it('the real site has no correction until an editor records one', () => {
    expect(read(root, 'corrections/index.html')).toContain('目前没有更正');
    expect(read(root, 'embed/time-compression/index.html')).not.toContain('更正（');
  });
});
