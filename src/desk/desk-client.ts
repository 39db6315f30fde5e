/**
 * The desk's controls on a report's page (dev server only): copy an id,
 * reject or accept a figure or a case, edit a case, add a case by selecting
 * its title in the text, fix the report's metadata, list and undo the
 * decisions. Each decision is POSTed to the dev server (scripts/desk/api.ts),
 * which writes content/reviews/<report id>.yaml; the live preview then re-runs
 * the pipeline and reloads this page with the decision applied.
 */

const desk = document.querySelector<HTMLElement>('[data-desk-document]')!;
const documentId = desk.dataset.deskDocument!;
const api = desk.dataset.deskApi!;
const statusLine = document.querySelector<HTMLElement>('.desk-status')!;

type Decision = Record<string, unknown> & { action: string };

function say(text: string, failed = false): void {
  statusLine.textContent = text;
  statusLine.classList.toggle('desk-failed', failed);
}

async function decide(decision: Decision): Promise<void> {
  say('正在保存…');
  const response = await fetch(`${api}decide/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ document: documentId, decision }) }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { file?: string; error?: string } | null;
  if (!response?.ok) return say(`没有保存：${body?.error ?? '开发服务器没有响应（npm run dev 还在运行吗？）'}`, true);
  say(`已写入 ${body!.file}。流水线正在更新，页面会自动刷新……`);
}

/** Ask for an optional reason before a rejection; null when the editor cancels. */
function askReason(what: string): Promise<string | null> {
  const dialog = document.querySelector<HTMLDialogElement>('.desk-reason')!;
  const input = dialog.querySelector<HTMLInputElement>('input[name="reason"]')!;
  dialog.querySelector('.desk-reason-what')!.textContent = what;
  input.value = '';
  dialog.showModal();
  return new Promise((done) => dialog.addEventListener('close', () => done(dialog.returnValue === 'ok' ? input.value.trim() : null), { once: true }));
}

const withReason = (decision: Decision, reason: string) => (reason ? { ...decision, reason } : decision);

document.addEventListener('click', async (event) => {
  const target = event.target as Element;
  const copy = target.closest<HTMLButtonElement>('button[data-copy]');
  if (copy) {
    await navigator.clipboard?.writeText(copy.dataset.copy!).catch(() => {});
    return say(`已复制：${copy.dataset.copy}`);
  }
  const button = target.closest<HTMLButtonElement>('button[data-decide]');
  if (!button) return;
  const { decide: action, id, list, key } = button.dataset as Record<string, string>;
  if (action === 'undo') return decide({ action, list, key });
  if (action === 'accept-case') return decide({ action, id });
  const reason = await askReason(button.getAttribute('aria-label') ?? id!);
  if (reason !== null) await decide(withReason({ action: action!, id }, reason));
});

/** The fields of a form the editor changed, as a decision's fields ('' clears a field that may be null). */
function changed(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) {
    if (input.value.trim() === input.defaultValue.trim()) continue;
    const value = input.value.trim();
    out[input.name] = input.type === 'number' ? Number(value) : value === '' && input.dataset.nullable !== undefined ? null : value;
  }
  return out;
}

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  const action = form.dataset.decide;
  if (!action) return;
  event.preventDefault();
  if (action === 'add-case') {
    const title = form.querySelector<HTMLInputElement>('input[name="title"]')!.value;
    const owner = form.querySelector<HTMLInputElement>('input[name="owner"]')!.value.trim();
    return void decide({ action, title, ...(owner ? { owner } : {}) });
  }
  const fields = changed(form);
  if (Object.keys(fields).length === 0) return say('没有修改。');
  void decide({ action, ...(form.dataset.id ? { id: form.dataset.id } : {}), ...fields });
});

// Mark a missed case: the selected text (without the id buttons inside it) becomes the title to add.
const addForm = document.querySelector<HTMLFormElement>('form[data-decide="add-case"]')!;
const addTitle = addForm.querySelector<HTMLInputElement>('input[name="title"]')!;
const addButton = addForm.querySelector<HTMLButtonElement>('button[type="submit"]')!;
// Typed or pasted (from the keyboard, without a mouse selection) works too.
addTitle.addEventListener('input', () => (addButton.disabled = addTitle.value.trim().length < 2));
document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  const paragraph = (range.commonAncestorContainer instanceof Element ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement)?.closest('.desk-text p');
  if (!paragraph) return;
  const fragment = range.cloneContents();
  for (const button of fragment.querySelectorAll('button')) button.remove();
  const title = (fragment.textContent ?? '').trim();
  if (title.length < 2) return;
  addTitle.value = title;
  addButton.disabled = false;
});

/** The decisions already in the report's review file, each with an undo button. */
const LABELS: Record<string, string> = { reject: '不是案例', accept: '确认是案例', add: '添加的案例', edit: '修改的案例', 'figures.reject': '不是数字', metadata: '修正的元数据' };

async function listDecisions(): Promise<void> {
  const list = document.querySelector<HTMLElement>('.desk-decisions')!;
  const body = (await fetch(`${api}review/${documentId}/`).then((r) => r.json()).catch(() => null)) as { file: string; review: Record<string, unknown> | null } | null;
  if (!body) return;
  list.querySelector('.desk-file')!.textContent = body.file;
  const items: HTMLElement[] = [];
  const entries = (path: string, value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []).map((e) => ({ path, e }));
  const review = body.review ?? {};
  const figures = (review.figures ?? {}) as Record<string, unknown>;
  const all = [...['reject', 'accept', 'add', 'edit'].flatMap((k) => entries(k, review[k])), ...entries('figures.reject', figures.reject)];
  for (const { path, e } of all) {
    const key = String(path === 'add' ? e.title : e.id);
    const details = Object.entries(e).filter(([k]) => k !== 'id' && !(path === 'add' && k === 'title')).map(([k, v]) => `${k}: ${v === null ? '（空）' : String(v)}`);
    items.push(item(`${LABELS[path]}：${key}${details.length ? `（${details.join('，')}）` : ''}`, path, key));
  }
  for (const [field, value] of Object.entries((review.metadata ?? {}) as Record<string, unknown>)) items.push(item(`${LABELS.metadata}：${field} = ${value === null ? '（空）' : String(value)}`, 'metadata', field));
  const ul = list.querySelector('ul')!;
  ul.replaceChildren(...items);
  list.querySelector<HTMLElement>('.desk-none')!.hidden = items.length > 0;
}

function item(text: string, list: string, key: string): HTMLElement {
  const li = document.createElement('li');
  const undo = Object.assign(document.createElement('button'), { type: 'button', textContent: '撤销' });
  Object.assign(undo.dataset, { decide: 'undo', list, key });
  undo.setAttribute('aria-label', `撤销：${text}`);
  li.append(`${text} `, undo);
  return li;
}

void listDecisions();
// For tests and the benchmark: the controls are live.
desk.dataset.deskReady = '';

export {};
