// Pobratim embed loader: sizes <iframe data-pobratim-embed> to the height its embed reports via postMessage.
// It trusts only messages from the origin this script was loaded from, coming from one of those iframes, in the
// shape {type: 'pobratim:height', height: number} (same rules as web/embed/height-message.ts).
(function () {
  var script = document.currentScript;
  if (!script || window.__pobratimEmbed) return;
  window.__pobratimEmbed = true;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'pobratim:height') return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var height = Math.min(4000, Math.max(120, Math.round(data.height)));
    var frames = document.querySelectorAll('iframe[data-pobratim-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });
})();
