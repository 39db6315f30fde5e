/* Chart embeds: resize each iframe to the height its page reports (src/client/embed-height.ts). */
(function () {
  if (window.gzcEmbed) return;
  window.gzcEmbed = 1;
  addEventListener('message', function (e) {
    var d = e.data, f = document.getElementsByTagName('iframe'), i;
    if (!d || d.type !== 'gzc-embed-height' || !(d.height > 0 && d.height < 2e4)) return;
    // Only a frame on this page can be the sender; its origin is opaque when sandboxed.
    for (i = 0; i < f.length; i++) if (f[i].contentWindow === e.source) f[i].style.height = Math.ceil(d.height) + 'px';
  });
})();
