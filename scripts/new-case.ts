/**
 * `npm run new:case -- --from <case id>`: start a write-up enriching an extracted case.
 *   When the case already has a write-up, that file is named instead of making a second.
 * `npm run new:case -- --id <new id> --document <report id> --quote "<sentence>" [--title ...] [--owner ...]`:
 *   scaffold a new case citing its source sentence. Title, owner, district, year, list and
 *   domain come from the extracted case whose text holds the sentence; without one, the
 *   title and owner are asked for (or must be given as options when not run in a terminal).
 * The file is written to content/cases/ only if it validates against the datasets
 * (run `npm run extract` first); it never overwrites an existing file.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { validateWriteups, writeupContext } from './pipeline/writeups.ts';
import { type Case, type DocumentRecord, type DocumentRow, type DocumentText, documentTextFile } from './datasets/schema.ts';
import { parseTables } from './pipeline/tables.ts';
import { readTables } from './read-content.ts';
import { InputError } from './datasets/errors.ts';
import { parseMarkdown } from './datasets/frontmatter.ts';

const DATA = join('build', 'data');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as T;

/** The write-up in `dir` that enriches or adds the case `id`, if any (files that do not parse are skipped: npm run check reports them). */
function existingWriteup(dir: string, id: string): string | undefined {
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')).sort() : [];
  return names.map((n) => join(dir, n)).find((file) => {
    try {
      const { data } = parseMarkdown(file, readFileSync(file, 'utf8'));
      return data.case === id || data.id === id;
    } catch {
      return false;
    }
  });
}

/** The extracted case whose text holds the quoted sentence: the editor is adding a case it contains. */
function caseHolding(cases: readonly Case[], doc: DocumentRecord | undefined, quote: string): Case | undefined {
  const at = doc ? doc.text.indexOf(quote) : -1;
  return at < 0 ? undefined : cases.find((c) => c.documentId === doc!.id && c.origin !== 'editor' && c.start <= at && at < c.end);
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { from: { type: 'string' }, id: { type: 'string' }, document: { type: 'string' }, quote: { type: 'string' }, title: { type: 'string' }, owner: { type: 'string' }, out: { type: 'string', default: 'content/cases' }, content: { type: 'string', default: 'content' } } });
  if (!existsSync(join(DATA, 'cases.json'))) {
    process.stderr.write('build/data/cases.json is missing: run `npm run extract` first.\n');
    return 2;
  }
  const cases = read<Case[]>('cases.json');
  // Each report with its text (documents/<id>.json): the write-up's quote is checked against it.
  const documents: DocumentRecord[] = read<DocumentRow[]>('documents.json').map((d) => ({ ...d, ...read<DocumentText>(documentTextFile(d.id)) }));
  // The tables the write-up is checked against (taxonomy, districts and former names), read like the pipeline reads them.
  let parsed: ReturnType<typeof parseTables>;
  try {
    parsed = parseTables(readTables(values.content!));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    parsed = { problems: [error] };
  }
  if (!parsed.tables) {
    for (const p of parsed.problems) process.stderr.write(`${p.message}\n`);
    return 2;
  }
  const { taxonomy } = parsed.tables;
  const domains = taxonomy.domains.map((d) => d.name);

  let frontmatter: Record<string, unknown>;
  let name: string;
  let body: string;
  if (values.from) {
    const c = cases.find((x) => x.id === values.from);
    if (!c) {
      process.stderr.write(`No extracted case "${values.from}". Expected: an id from build/data/cases.json, e.g. ${cases.slice(0, 3).map((x) => x.id).join(', ')}\n`);
      return 1;
    }
    const existing = existingWriteup(values.out!, c.id);
    if (existing) {
      process.stdout.write(`Case ${c.id} already has a write-up: ${existing}. Edit that file.\n`);
      return 0;
    }
    frontmatter = { case: c.id, title: c.printedTitle ?? c.title, summary: `${c.owner}：${c.title}`, byline: '数据新闻组' };
    name = c.id;
    body = '在这里写编辑解读。数字请引用报告原句，不要手工输入。\n';
  } else if (values.id && values.document && values.quote) {
    const doc = documents.find((d) => d.id === values.document);
    const holder = caseHolding(cases, doc, values.quote);
    const interactive = process.stdin.isTTY && process.stdout.isTTY;
    const title = values.title ?? holder?.title ?? (interactive ? await ask('案例标题 (title): ') : '');
    const owner = values.owner ?? holder?.owner ?? (interactive ? await ask('申报单位 (owner, e.g. 黄埔区): ') : '');
    if (!title || !owner) {
      process.stderr.write(`The sentence is not inside an extracted case, so its title and owner are not known. Expected: --title "<case title>" --owner "<unit, e.g. 黄埔区>".\n`);
      return 1;
    }
    frontmatter = { id: values.id, title, owner, district: holder?.district ?? doc?.region.district ?? null, year: holder?.year ?? doc?.year ?? null, list: holder?.list ?? '报告提及的试点', domain: holder?.domain ?? domains[0], source: { document: values.document, quote: values.quote } };
    name = values.id;
    body = '说明这个案例出现在报告的哪一部分，以及为什么单独列出。\n';
  } else {
    process.stderr.write('Usage: npm run new:case -- --from <case id>\n   or: npm run new:case -- --id <new id> --document <report id> --quote "<sentence>" [--title <title>] [--owner <unit>]\n');
    return 2;
  }
  const file = join(values.out!, `${name}.md`);
  if (existsSync(file)) {
    process.stderr.write(`${file} already exists; edit it instead.\n`);
    return 1;
  }
  const source = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
  const { problems } = validateWriteups([{ file, source }], writeupContext(cases, documents, parsed.tables));
  if (problems.length) {
    for (const p of problems) process.stderr.write(`${p.message}\n`);
    return 1;
  }
  writeFileSync(file, source);
  process.stdout.write(`Wrote ${file}${values.id ? ' (check list and domain)' : ''}.\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
