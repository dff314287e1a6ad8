/* Host script for Pakistan–Afghanistan 2026 explainer embeds: sizes our iframes from our own
   messages only (checked sender frame and origin); heights shrink as well as grow. No dependencies. */
(function () {
  var me = document.currentScript;
  var origin = new URL(me ? me.src : location.href).origin;
  if (window.paExplainerEmbeds) return;
  window.paExplainerEmbeds = true;
  function frames() {
    return Array.prototype.filter.call(document.querySelectorAll('iframe[data-pa-embed]'), function (f) {
      try { return new URL(f.src, location.href).origin === origin; } catch (e) { return false; }
    });
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'pa-explainer:height' || typeof d.height !== 'number') return;
    frames().forEach(function (f) {
      if (f.contentWindow !== e.source || f.getAttribute('data-pa-embed') !== d.id) return;
      f.style.height = Math.max(50, Math.min(d.height, 20000)) + 'px';
      f.setAttribute('height', String(Math.round(d.height)));
      var fb = f.parentNode && f.parentNode.querySelector('[data-pa-fallback="' + d.id + '"]');
      if (fb) fb.hidden = true;
    });
  });
  frames().forEach(function (f) {
    function ask() { try { f.contentWindow.postMessage({ type: 'pa-explainer:ask' }, origin); } catch (e) {} }
    ask();
    f.addEventListener('load', ask);
  });
})();
