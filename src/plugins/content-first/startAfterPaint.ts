/**
 * The one small script every page carries inline, in <head> (see ./index.ts for why).
 *
 * 1. It starts the app only after the page has painted: the build moves Docusaurus'
 *    `<script src defer>` tags into a JSON list (#app-scripts); after `load` and the first
 *    contentful paint, this script adds them back, in order. A partner opening a link from
 *    an email reads the page first; the browser never holds the text back for our scripts.
 * 2. Until the app is up, presses on controls that only the app can serve (buttons that
 *    submit no form, `#` links, `[data-needs-app]`) are held — neither lost nor done twice —
 *    and the app is started at once. src/clientModules/appIsUp.ts replays each held control
 *    once, when React has hydrated. Links, forms and text boxes work natively meanwhile.
 *
 * Plain ES5 in a string: its SHA-256 goes into the Content-Security-Policy
 * (src/deploy/securityHeaders.ts), so its bytes must not depend on any compiler.
 */
export const appScriptsId = 'app-scripts';

export const startAfterPaintScript = `(function () {
  var d = document, w = window, held = [], ready = false, started = false;
  function start() {
    if (started) return;
    var list = d.getElementById('${appScriptsId}');
    if (!list) return;
    started = true;
    JSON.parse(list.textContent).forEach(function (src) {
      var s = d.createElement('script');
      s.src = src;
      s.async = false;
      d.head.appendChild(s);
    });
  }
  // The first contentful paint is reported once the frame is on screen (a frame callback
  // alone can run before that); browsers without paint timing wait one frame.
  function afterPaint() {
    var types = w.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf('paint') < 0) return requestAnimationFrame(function () { setTimeout(start, 0); });
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(start, 0);
    }).observe({type: 'paint', buffered: true});
  }
  function control(target) {
    var el = target && target.closest ? target.closest('button,a[href="#"],[data-needs-app]') : null;
    return el && el.type === 'submit' && el.form ? null : el;
  }
  function hold(event) {
    if (ready) return;
    var el = control(event.target);
    if (!el) return;
    var key = event.type === 'keydown';
    // Menus behind a # link open on the app's key handler; elsewhere a key becomes a click.
    if (key && (el.getAttribute('href') !== '#' || (event.key !== 'Enter' && event.key !== ' '))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    for (var i = 0; i < held.length; i += 1) if (held[i].el === el) return;
    held.push({el: el, key: key ? event.key : null});
    start();
  }
  w.addEventListener('click', hold, true);
  w.addEventListener('keydown', hold, true);
  w.__contentFirst = {
    held: function () { return held.length; },
    appIsUp: function () {
      if (ready) return;
      ready = true;
      w.removeEventListener('click', hold, true);
      w.removeEventListener('keydown', hold, true);
      held.splice(0).forEach(function (press) {
        if (!press.el.isConnected) return;
        if (press.key) press.el.dispatchEvent(new KeyboardEvent('keydown', {key: press.key, bubbles: true, cancelable: true}));
        else press.el.click();
      });
    }
  };
  if (d.readyState === 'complete') afterPaint();
  else w.addEventListener('load', afterPaint);
})();`;
