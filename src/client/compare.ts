/**
 * The compare picker: two selects, and on submit a jump to the static page of
 * that pair (/compare/<a>-vs-<b>/, whichever order the pages use). Without
 * JavaScript the form is hidden and the page lists every pair as a link.
 * Only the pairs that have a page are offered (lib/compare.ts: same city, or
 * home city with the comparison districts).
 */
const form = document.querySelector<HTMLFormElement>('form[data-compare]');
if (form) {
  const order = (form.dataset.order ?? '').split(' ');
  const pairs = new Set((form.dataset.pairs ?? '').split(' '));
  const message = form.querySelector<HTMLElement>('[data-message]')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const [a, b] = [String(data.get('a')), String(data.get('b'))].sort((x, y) => order.indexOf(x) - order.indexOf(y));
    const sameKind = /^\d+$/.test(a!) === /^\d+$/.test(b!);
    if (a === b || !sameKind) {
      message.textContent = a === b ? '请选择两个不同的对象。' : '请选择两个区，或两个年份。';
      return;
    }
    if (!pairs.has(`${a}-vs-${b}`)) {
      message.textContent = '这两个区不在同一城市，也不是对照地区，没有对比页。';
      return;
    }
    location.href = `${form.action}${a}-vs-${b}/`;
  });
}
