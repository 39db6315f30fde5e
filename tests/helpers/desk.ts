/**
 * What the desk's browser test and its screenshots (scripts/shots/desk.ts)
 * share: a working copy of seeds/ and content/ plus a district bulletin the
 * pipeline has never seen (no manifest entry; the one case it names is not
 * found), and selecting text on the desk page as an editor does with the mouse.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DevFolders } from './dev-server.ts';
import { ROOT } from './site.ts';

/** The bulletin (tests/fixtures/reports/): its id, and the title of the case it names in a bullet line. */
export const BULLETIN = '08-panyu-2024-service-bulletin';
export const BULLETIN_CASE = '云政务服务晓屋建设与运行';

/** Copies of seeds/ (plus the bulletin) and content/ (without review files) in a new temporary folder. */
export function deskWorkspace(): DevFolders & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'desk-'));
  const folders = { root, seeds: join(root, 'seeds'), content: join(root, 'content'), data: join(root, 'data') };
  cpSync(join(ROOT, 'seeds'), folders.seeds, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'reports', `${BULLETIN}.txt`), join(folders.seeds, `${BULLETIN}.txt`));
  cpSync(join(ROOT, 'content'), folders.content, { recursive: true });
  rmSync(join(folders.content, 'reviews'), { recursive: true, force: true });
  return folders;
}

/** In the page: select `text` where it stands in the report's text (pass to page.evaluate). */
export function selectInText(text: string): void {
  const paragraph = [...document.querySelectorAll('.desk-text p')].find((p) => p.textContent!.includes(text))!;
  const node = [...paragraph.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(text))!;
  const at = node.textContent!.indexOf(text);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + text.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}
