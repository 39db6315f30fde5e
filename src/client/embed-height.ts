/**
 * Inside an embed page: report the page's height to the host with
 * postMessage whenever it may change (load, resize, web fonts, any layout
 * change the ResizeObserver sees), so public/embed.js can size the iframe.
 * The height is the document's content height, so it shrinks as well as grows.
 */
const TYPE = 'gzc-embed-height';
let last = -1;

function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  // '*': the embed cannot know its host, and the message carries only a number.
  parent.postMessage({ type: TYPE, height }, '*');
}

addEventListener('load', report);
addEventListener('resize', report);
document.fonts?.ready.then(report, () => {});
if ('ResizeObserver' in window) new ResizeObserver(report).observe(document.body);
report();
