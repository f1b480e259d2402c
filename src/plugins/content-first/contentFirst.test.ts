// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {startAppAfterPaint} from './index';
import {appScriptsId, startAfterPaintScript} from './startAfterPaint';

const page = (body = '<button type="button" id="menu">menu</button>', head = '') =>
  `<!doctype html><html><head><meta charset=UTF-8>${head}<script src=/assets/js/runtime~main.1a.js defer></script><script src=/assets/js/main.2b.js defer></script></head><body><div id=__docusaurus>${body}</div></body></html>`;

describe('startAppAfterPaint (build step)', () => {
  it('moves the app scripts, in order, into a JSON list and puts the starter in <head>', () => {
    const html = startAppAfterPaint(page(), 'build/x.html');
    expect(html).not.toMatch(/<script src=[^>]*defer/);
    expect(html).toContain(`<script type="application/json" id="${appScriptsId}">["/assets/js/runtime~main.1a.js","/assets/js/main.2b.js"]</script>`);
    expect(html).toContain(`<script>${startAfterPaintScript}</script></head>`);
  });

  it('is idempotent and leaves pages without the app alone', () => {
    const once = startAppAfterPaint(page(), 'build/x.html');
    expect(startAppAfterPaint(once, 'build/x.html')).toBe(once);
    const redirect = '<!doctype html><html><head><meta http-equiv=refresh content="0; url=/blocked"></head><body></body></html>';
    expect(startAppAfterPaint(redirect, 'build/old.html')).toBe(redirect);
  });

  it('fails, naming the file, when a page has the app root but no script tag it recognises', () => {
    const changed = page().replace(/ defer/g, ' type=module');
    expect(() => startAppAfterPaint(changed, 'build/blocked.html')).toThrow(/build\/blocked\.html: the app root is there but no <script src … defer>/);
  });
});

/** Loads a transformed page into jsdom's document and runs the starter as the browser would. */
function boot(body?: string, head?: string) {
  const html = startAppAfterPaint(page(body, head), 'build/x.html');
  document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
  const appended: string[] = [];
  const scripts: HTMLScriptElement[] = [];
  vi.spyOn(document.head, 'appendChild').mockImplementation(<T extends Node>(node: T) => {
    appended.push((node as unknown as HTMLScriptElement).src);
    scripts.push(node as unknown as HTMLScriptElement);
    return node;
  });
  // eslint-disable-next-line no-new-func -- the exact bytes the CSP hash allows
  new Function(startAfterPaintScript)();
  return {appended, scripts, starter: window.__contentFirst!};
}

describe('the starter (in the page)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    window.__contentFirst?.appIsUp(); // removes its window listeners
    delete window.__contentFirst;
  });

  it('adds the app scripts after load and a painted frame, in order, once', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'requestAnimationFrame']});
    Object.defineProperty(document, 'readyState', {value: 'interactive', configurable: true});
    const {appended} = boot();
    expect(appended).toEqual([]);
    window.dispatchEvent(new Event('load'));
    expect(appended).toEqual([]); // not before the frame is painted
    await vi.advanceTimersByTimeAsync(50);
    expect(appended.map((src) => new URL(src).pathname)).toEqual(['/assets/js/runtime~main.1a.js', '/assets/js/main.2b.js']);
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(50);
    expect(appended).toHaveLength(2);
  });

  it('starts a script that paints content at once, and the app only once that script has painted', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'requestAnimationFrame']});
    Object.defineProperty(document, 'readyState', {value: 'interactive', configurable: true});
    const {appended, scripts, starter} = boot(undefined, '<link rel=preload href=/assets/search/paint.3c.js as=script data-paints-content>');
    expect(appended.map((src) => new URL(src).pathname)).toEqual(['/assets/search/paint.3c.js']); // before load, before paint
    let painted!: () => void;
    starter.waitFor!(new Promise<void>((resolve) => (painted = resolve))); // what the script does when it runs
    scripts[0]!.onload?.(new Event('load'));
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(50);
    expect(appended).toHaveLength(1); // the page has painted, the results not yet: the app waits
    painted();
    await vi.advanceTimersByTimeAsync(50);
    expect(appended.slice(1).map((src) => new URL(src).pathname)).toEqual(['/assets/js/runtime~main.1a.js', '/assets/js/main.2b.js']);
  });

  it('starts the app after paint when a content script fails to load', async () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'requestAnimationFrame']});
    Object.defineProperty(document, 'readyState', {value: 'interactive', configurable: true});
    const {appended, scripts} = boot(undefined, '<link rel=preload href=/assets/search/paint.3c.js as=script data-paints-content>');
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(50);
    expect(appended).toHaveLength(1);
    scripts[0]!.onerror?.(new Event('error'));
    await vi.advanceTimersByTimeAsync(50);
    expect(appended).toHaveLength(3);
  });

  it('holds a press made before the app is up, starts the app, and replays it once when the app is up', () => {
    Object.defineProperty(document, 'readyState', {value: 'interactive', configurable: true});
    const {appended, starter} = boot('<button type="button" id="copy">copy</button><a href="/blocked" id="link">link</a>');
    const copy = document.getElementById('copy')!;
    const presses: string[] = [];
    copy.addEventListener('click', () => presses.push('copy'));

    copy.click();
    copy.click(); // pressed again because nothing seemed to happen
    expect(presses).toEqual([]);
    expect(starter.held()).toBe(1);
    expect(appended).toHaveLength(2); // a press starts the app without waiting for load

    starter.appIsUp();
    expect(presses).toEqual(['copy']);
    copy.click();
    expect(presses).toEqual(['copy', 'copy']); // after that, presses go straight to the app
    starter.appIsUp();
    expect(presses).toHaveLength(2);
  });

  it('lets links and submit buttons work natively, and replays Enter on a # link as the key', () => {
    Object.defineProperty(document, 'readyState', {value: 'interactive', configurable: true});
    const {starter} = boot('<a href="/blocked" id="link">link</a><form><button id="go">go</button></form><a href="#" role="button" id="locale">日本語</a>');
    const link = new MouseEvent('click', {bubbles: true, cancelable: true});
    document.getElementById('link')!.dispatchEvent(link);
    expect(link.defaultPrevented).toBe(false);
    const submit = new MouseEvent('click', {bubbles: true, cancelable: true});
    document.getElementById('go')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);

    const locale = document.getElementById('locale')!;
    const keys: string[] = [];
    locale.addEventListener('keydown', (e) => keys.push(e.key));
    const enter = new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true});
    locale.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(keys).toEqual([]);
    starter.appIsUp();
    expect(keys).toEqual(['Enter']);
  });

  it('holds a [data-needs-app] link: Enter is left to become a click, and the click is followed once the app is up', () => {
    Object.defineProperty(document, 'readyState', {value: 'interactive', configurable: true});
    const {starter} = boot('<a href="/finder?answers=x" data-needs-app id="answer">answer</a>');
    const answer = document.getElementById('answer')!;
    const followed: string[] = [];
    answer.addEventListener('click', (e) => {
      e.preventDefault(); // the app's router would navigate here
      followed.push('answer');
    });
    const enter = new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true});
    answer.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    const press = new MouseEvent('click', {bubbles: true, cancelable: true});
    answer.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true); // no full page load before the app is up
    expect(followed).toEqual([]);
    starter.appIsUp();
    expect(followed).toEqual(['answer']);
  });
});
