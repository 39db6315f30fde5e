/**
 * Field-by-field descriptions of the public datasets, read from the doc
 * comments of the record types (scripts/datasets/types.ts and
 * scripts/pipeline/document.ts), so the documentation on /data/ cannot drift
 * from the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FieldDoc {
  name: string;
  type: string;
  doc: string;
}

const SOURCES = ['scripts/datasets/types.ts', 'scripts/pipeline/document.ts', 'scripts/pipeline/manifest.ts'];

export function fieldDocs(interfaceName: string): FieldDoc[] {
  for (const file of SOURCES) {
    const source = readFileSync(join(process.cwd(), file), 'utf8');
    const start = source.search(new RegExp(`export interface ${interfaceName}\\b[^{]*\\{`));
    if (start === -1) continue;
    // Inherited fields first: `interface DocumentRecord extends DocumentMeta`.
    const parent = source.slice(start, source.indexOf('{', start)).match(/extends (\w+)/)?.[1];
    const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('\n}', start));
    const fields: FieldDoc[] = [];
    let pendingDoc = '';
    for (const line of body.split('\n')) {
      const doc = line.match(/^\s*\/\*\*\s*(.*?)\s*\*\/\s*$/);
      if (doc) {
        pendingDoc = doc[1]!;
        continue;
      }
      const field = line.match(/^\s{2}(\w+)\??:\s*(.+?);\s*$/);
      if (field) {
        fields.push({ name: field[1]!, type: field[2]!, doc: pendingDoc });
        pendingDoc = '';
      } else if (!/^\s*\*/.test(line)) {
        pendingDoc = '';
      }
    }
    return parent ? [...fieldDocs(parent), ...fields] : fields;
  }
  throw new Error(`No interface ${interfaceName} in ${SOURCES.join(', ')}`);
}
