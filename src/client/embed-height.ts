/**
 * Inside an embed page. Two jobs:
 * - The theme: `?theme=light|dark` fixes the colours; `auto` (or none) follows
 *   the reader's system, or the host page's scheme when the host script sends it.
 * - The height: the page fills its iframe until the host script (public/embed.js)
 *   answers the "ready" message; then it switches to its fluid layout (class
 *   "fluid") and reports its content height whenever it may change, so the
 *   host can size the iframe (it shrinks as well as grows). Opened on its own
 *   (not in a frame), the page is fluid at once.
 */
const root = document.documentElement;
const chosen = new URLSearchParams(location.search).get('theme');
const fixed = chosen === 'light' || chosen === 'dark';
if (fixed) root.dataset.theme = chosen;

const HEIGHT = 'gzc-embed-height';
let last = -1;

function report(): void {
  if (!root.classList.contains('fluid') || parent === window) return;
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  // '*': the embed cannot know its host, and the message carries only a number.
  parent.postMessage({ type: HEIGHT, height }, '*');
}

function fluid(): void {
  if (root.classList.contains('fluid')) return;
  root.classList.add('fluid');
  addEventListener('resize', report);
  document.fonts?.ready.then(report, () => {});
  if ('ResizeObserver' in window) new ResizeObserver(report).observe(document.body);
  report();
}

addEventListener('message', (e: MessageEvent) => {
  // Only the page that frames this one speaks for the host.
  const data = e.data as { type?: unknown; scheme?: unknown } | null;
  if (e.source !== parent || parent === window || data?.type !== 'gzc-embed-host') return;
  if (!fixed) {
    if (data.scheme === 'light' || data.scheme === 'dark') root.dataset.theme = data.scheme;
    else delete root.dataset.theme;
  }
  fluid();
});

if (parent === window) fluid();
else parent.postMessage({ type: 'gzc-embed-ready' }, '*');
export {};
