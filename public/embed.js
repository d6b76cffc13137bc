/* Mine Ban Treaty explainer: sizes our chart iframes to their content. No dependencies, no tracking.
   Accepts only {type:"mbt:embed-height", chart, height} from one of our own iframes.
   Theme: the host page posts {type:"mbt:embed-theme", theme:"light"|"dark"|"auto"} to its own window
   (window.postMessage(msg, location.origin)), and every one of our iframes follows. */
(function () {
  if (window.__mbtEmbed) return;
  window.__mbtEmbed = 1;
  function frames() {
    return document.querySelectorAll('iframe[data-mbt-embed]');
  }
  function shape(d, keys) {
    return !!d && typeof d === 'object' && Object.keys(d).sort().join() === keys;
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    var f = frames();
    var i;
    if (shape(d, 'theme,type') && d.type === 'mbt:embed-theme') {
      if (e.source !== window || e.origin !== location.origin) return;
      if (d.theme !== 'light' && d.theme !== 'dark' && d.theme !== 'auto') return;
      for (i = 0; i < f.length; i++) {
        if (f[i].contentWindow) f[i].contentWindow.postMessage({ type: 'mbt:embed-theme', theme: d.theme }, '*');
      }
      return;
    }
    if (!shape(d, 'chart,height,type')) return;
    if (d.type !== 'mbt:embed-height' || typeof d.chart !== 'string' || typeof d.height !== 'number') return;
    if (!(d.height > 0 && d.height <= 20000)) return;
    for (i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source && f[i].getAttribute('data-mbt-embed') === d.chart) {
        f[i].style.height = Math.ceil(d.height) + 'px';
        return;
      }
    }
  });
  // Frames that loaded before this script ran have already sent their height: ask again.
  function ask() {
    var f = frames();
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow) f[i].contentWindow.postMessage({ type: 'mbt:embed-request-height' }, '*');
    }
  }
  ask();
  if (document.readyState !== 'complete') window.addEventListener('load', ask);
})();
