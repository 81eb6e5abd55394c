// London Process Atlas: sizes each embedded chart's iframe to its content. The chart page posts
// {type: 'london-process-atlas:height', height} to its parent; this script accepts only messages
// from the origin of an iframe marked data-london-process-atlas, and only of that shape.
(function () {
  if (window.__londonProcessAtlasEmbed) return;
  window.__londonProcessAtlasEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'london-process-atlas:height' || typeof data.height !== 'number') return;
    if (!isFinite(data.height) || data.height < 0 || data.height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-london-process-atlas]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.ceil(data.height) + 'px';
    }
  });
  // A chart that finished loading before this script ran has already told its height: ask again.
  var frames = document.querySelectorAll('iframe[data-london-process-atlas]');
  for (var i = 0; i < frames.length; i++) {
    try {
      var origin = new URL(frames[i].src, location.href).origin;
      if (frames[i].contentWindow)
        frames[i].contentWindow.postMessage({ type: 'london-process-atlas:ask-height' }, origin);
    } catch {
      // An iframe without a usable src: nothing to ask.
    }
  }
})();
