/**
 * The corrections log (content/corrections/*.md): valid files become records
 * with the reports they touch, newest first; every mistake in every file is
 * reported at its line, with a did-you-mean for a near-miss id.
 */
import { describe, expect, it } from 'vitest';
import { validateCorrectionsLog } from '../../scripts/pipeline/corrections-log.ts';
import { seedResult } from '../helpers/seeds.ts';

const { figures, cases } = seedResult();
const figure = figures.find((f) => f.low !== null)!;
const kase = cases[0]!;

const file = (name: string, frontmatter: string, body = 'Details.') => ({ file: `content/corrections/${name}.md`, source: `---\n${frontmatter}\n---\n${body}\n` });

describe('corrections log', () => {
  it('turns valid files into records, newest first, with the reports they touch', () => {
    const { corrections, problems } = validateCorrectionsLog(
      [
        file('2026-01-02-older', `date: 2026-01-02\nchange: 改了区间下限\nreason: 原文为22-50\nfigures: [${figure.id}]`),
        file('2026-03-04-newer', `date: 2026-03-04\nchange: 案例归属改为黄埔区\nreason: 原文写明\ncases: [${kase.id}]\ncharts: [district-year]`),
      ],
      figures,
      cases,
    );
    expect(problems.map((p) => p.message)).toEqual([]);
    expect(corrections.map((c) => c.id)).toEqual(['2026-03-04-newer', '2026-01-02-older']);
    expect(corrections[1]).toMatchObject({ date: '2026-01-02', figures: [figure.id], cases: [], charts: [], documents: [figure.documentId], body: 'Details.' });
    expect(corrections[0]!.documents).toEqual([kase.documentId]);
  });

  it('reports every problem of every file at its line', () => {
    const near = `${figure.id.slice(0, -1)}x`;
    const { corrections, problems } = validateCorrectionsLog(
      [
        file('bad-id', `date: 2026-01-02\nchange: x\nreason: y\nfigures: [${near}]`),
        file('no-target', 'date: 2026-01-02\nchange: x\nreason: y'),
        file('bad-date', 'date: 2.1.2026\nchange: x\nreason: y\ncases: []\ncolour: red'),
      ],
      figures,
      cases,
    );
    expect(corrections).toEqual([]);
    const messages = problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^content/corrections/bad-id\\.md:5: figures: "${near}" is not a figure id.*Did you mean "${figure.id}"\\?`)));
    expect(messages).toContainEqual(expect.stringMatching(/^content\/corrections\/no-target\.md:2: The correction names nothing it affects/));
    expect(messages).toContainEqual(expect.stringMatching(/^content\/corrections\/bad-date\.md:2: date: .*YYYY-MM-DD/));
    expect(messages).toContainEqual(expect.stringMatching(/^content\/corrections\/bad-date\.md:\d+: .*colour/));
  });
});
