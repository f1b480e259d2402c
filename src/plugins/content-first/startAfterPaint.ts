/**
 * The one small script every page carries inline, in <head> (see ./index.ts for why).
 *
 * 1. It starts the app only after the page has painted: the build moves Docusaurus'
 *    `<script src defer>` tags into a JSON list (#app-scripts); after `load` and the first
 *    contentful paint, this script adds them back, in order. A partner opening a link from
 *    an email reads the page first; the browser never holds the text back for our scripts.
 *    A script that paints part of the page's content before the app (the results page's
 *    search results: preloaded in <head> as `<link rel="preload" as="script" data-paints-content>`)
 *    is started at once, and the app waits until it has painted (`__contentFirst.waitFor`)
 *    or failed, so React finds the page settled and the paint gets the network to itself.
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
  var d = document, w = window, held = [], ready = false, started = false, painted = false, waiting = 0;
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
  function startWhenSettled() {
    if (painted && waiting === 0) setTimeout(start, 0);
  }
  function settled() {
    waiting -= 1;
    startWhenSettled();
  }
  function waitFor(paint) {
    waiting += 1;
    paint.then(settled, settled);
  }
  // The first contentful paint is reported once the frame is on screen (a frame callback
  // alone can run before that); browsers without paint timing wait one frame.
  function afterPaint() {
    function done() {
      painted = true;
      startWhenSettled();
    }
    var types = w.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf('paint') < 0) return requestAnimationFrame(function () { setTimeout(done, 0); });
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      done();
    }).observe({type: 'paint', buffered: true});
  }
  [].forEach.call(d.querySelectorAll('link[rel="preload"][data-paints-content]'), function (link) {
    var s = d.createElement('script');
    waiting += 1;
    s.src = link.href;
    s.onload = s.onerror = settled;
    d.head.appendChild(s);
  });
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
    waitFor: waitFor,
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
