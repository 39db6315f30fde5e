/**
 * `npm run new:case -- --from <case id>`: start a write-up enriching an extracted case.
 * `npm run new:case -- --id <new id> --document <report id> --quote "<sentence>" [--title ...]`:
 *   scaffold a new case citing its source sentence.
 * The file is written to content/cases/ only if it validates against the datasets
 * (run `npm run extract` first); it never overwrites an existing file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { validateWriteups, writeupContext } from './pipeline/writeups.ts';
import type { Case, DocumentRecord } from './datasets/schema.ts';
import { TAXONOMY } from './pipeline/domains.ts';

const DATA = join('build', 'data');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as T;

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { from: { type: 'string' }, id: { type: 'string' }, document: { type: 'string' }, quote: { type: 'string' }, title: { type: 'string' }, out: { type: 'string', default: 'content/cases' } } });
  if (!existsSync(join(DATA, 'cases.json'))) {
    process.stderr.write('build/data/cases.json is missing: run `npm run extract` first.\n');
    return 2;
  }
  const cases = read<Case[]>('cases.json');
  const documents = read<DocumentRecord[]>('documents.json');
  const domains = TAXONOMY.domains.map((d) => d.name);

  let frontmatter: Record<string, unknown>;
  let name: string;
  let body: string;
  if (values.from) {
    const c = cases.find((x) => x.id === values.from);
    if (!c) {
      process.stderr.write(`No extracted case "${values.from}". Expected: an id from build/data/cases.json, e.g. ${cases.slice(0, 3).map((x) => x.id).join(', ')}\n`);
      return 1;
    }
    frontmatter = { case: c.id, title: c.printedTitle ?? c.title, summary: `${c.owner}：${c.title}`, byline: '数据新闻组' };
    name = c.id;
    body = '在这里写编辑解读。数字请引用报告原句，不要手工输入。\n';
  } else if (values.id && values.document && values.quote) {
    const doc = documents.find((d) => d.id === values.document);
    frontmatter = { id: values.id, title: values.title ?? values.quote.slice(0, 30), owner: '', district: doc?.region.district ?? null, year: doc?.year ?? null, list: '报告提及的试点', domain: domains[0], source: { document: values.document, quote: values.quote } };
    name = values.id;
    body = '说明这个案例出现在报告的哪一部分，以及为什么单独列出。\n';
  } else {
    process.stderr.write('Usage: npm run new:case -- --from <case id>\n   or: npm run new:case -- --id <new id> --document <report id> --quote "<sentence>" [--title <title>]\n');
    return 2;
  }
  const file = join(values.out!, `${name}.md`);
  if (existsSync(file)) {
    process.stderr.write(`${file} already exists; edit it instead.\n`);
    return 1;
  }
  const source = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
  const { problems } = validateWriteups([{ file, source }], writeupContext(cases, documents, TAXONOMY));
  // A new case's owner is left for the editor to fill in; everything else must already be valid.
  const blocking = problems.filter((p) => !(p.problem.field === 'owner' && values.id));
  if (blocking.length) {
    for (const p of blocking) process.stderr.write(`${p.message}\n`);
    return 1;
  }
  writeFileSync(file, source);
  process.stdout.write(`Wrote ${file}${values.id ? ' (fill in owner, list and domain)' : ''}.\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
