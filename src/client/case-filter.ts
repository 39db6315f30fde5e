/**
 * Instant, combined filtering on /cases/: clicking a filter link narrows the
 * list in place (several dimensions at once) instead of loading the filter
 * page. Without JavaScript the links simply open those pages.
 */
const root = document.querySelector<HTMLElement>('[data-case-filter]');
if (root) {
  const active: Record<string, string> = {};
  const cards = [...root.querySelectorAll<HTMLElement>('.case-card')];
  const count = root.querySelector('[data-count]');
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('.filter-links a');
    const nav = link?.closest('nav');
    if (!link || !nav) return;
    const dimension = ['district', 'year', 'list', 'domain'][[...root.querySelectorAll('.filter-links')].indexOf(nav)];
    if (!dimension) return;
    event.preventDefault();
    const value = link.firstChild?.textContent?.trim() ?? '';
    if (value === '全部' || active[dimension] === value) delete active[dimension];
    else active[dimension] = value;
    for (const a of nav.querySelectorAll('a')) a.removeAttribute('aria-current');
    (active[dimension] ? link : nav.querySelector('a'))?.setAttribute('aria-current', 'true');
    let shown = 0;
    for (const card of cards) {
      const match = Object.entries(active).every(([d, v]) => card.dataset[d] === v);
      card.hidden = !match;
      if (match) shown++;
    }
    if (count) count.textContent = String(shown);
  });
}
