/* Mine Ban Treaty explainer: sizes our chart iframes to their content. No dependencies, no tracking.
   Accepts only {type:"mbt:embed-height", chart, height} from one of our own iframes. */
(function () {
  if (window.__mbtEmbed) return;
  window.__mbtEmbed = 1;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || Object.keys(d).sort().join() !== 'chart,height,type') return;
    if (d.type !== 'mbt:embed-height' || typeof d.chart !== 'string' || typeof d.height !== 'number') return;
    if (!(d.height > 0 && d.height <= 20000)) return;
    var frames = document.querySelectorAll('iframe[data-mbt-embed]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && f.getAttribute('data-mbt-embed') === d.chart) {
        f.style.height = Math.ceil(d.height) + 'px';
        return;
      }
    }
  });
  // Frames that loaded before this script ran have already sent their height: ask again.
  function ask() {
    var frames = document.querySelectorAll('iframe[data-mbt-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'mbt:embed-request-height' }, '*');
    }
  }
  ask();
  if (document.readyState !== 'complete') window.addEventListener('load', ask);
})();
