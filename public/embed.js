/* Chart embeds on a host page (the frame's side: src/client/embed-height.ts). Touches only iframes marked
   data-gzc-embed whose src is on this script's origin; reads only messages from that origin and from those
   frames; heights are clamped integers. It tells each frame the host's colour scheme (for ?theme=auto). */
(function () {
  var me = document.currentScript, site;
  try { site = new URL(me.src).origin; } catch (x) { return; }
  var flag = 'gzcEmbed ' + site;
  if (window[flag]) return;
  window[flag] = 1;
  function frames() {
    return [].filter.call(document.querySelectorAll('iframe[data-gzc-embed]'), function (f) { return f.src.indexOf(site + '/') === 0; });
  }
  function scheme(f) {
    var c = getComputedStyle(f).colorScheme, m, el;
    if (c === 'light' || c === 'dark') return c;
    for (el = f.parentElement; el; el = el.parentElement) {
      m = /(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)(?:,\s*([\d.]+))?/.exec(getComputedStyle(el).backgroundColor);
      if (m && (m[4] === undefined || +m[4] > 0.5)) return 0.2126 * m[1] + 0.7152 * m[2] + 0.0722 * m[3] < 128 ? 'dark' : 'light';
    }
    return /dark/.test(getComputedStyle(document.documentElement).colorScheme) && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function greet(f) {
    if (f.contentWindow) f.contentWindow.postMessage({ type: 'gzc-embed-host', scheme: scheme(f) }, site);
  }
  addEventListener('message', function (e) {
    var d = e.data, f = frames().filter(function (x) { return x.contentWindow === e.source; })[0];
    if (e.origin !== site || !f || !d) return;
    if (d.type === 'gzc-embed-ready') greet(f);
    if (d.type === 'gzc-embed-height' && typeof d.height === 'number' && isFinite(d.height)) f.style.height = Math.min(8000, Math.max(100, Math.round(d.height))) + 'px';
  });
  function all() { frames().forEach(greet); }
  all();
  // The host's scheme can change: a theme toggle (class or attribute on html/body) or the system setting.
  if (window.MutationObserver) new MutationObserver(all).observe(document.documentElement, { attributes: true, subtree: false });
  addEventListener('DOMContentLoaded', function () { if (document.body && window.MutationObserver) new MutationObserver(all).observe(document.body, { attributes: true }); });
  if (window.matchMedia) matchMedia('(prefers-color-scheme: dark)').addListener(all);
})();
