/**
 * "Copy link" for a status page: puts the page URL on the clipboard as plain text
 * ("name — URL") and as HTML (a titled link, so Outlook pastes a proper link). Uses the
 * async Clipboard API and falls back to a `copy` event when the browser refuses it.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface LinkToCopy {
  /** Link label, e.g. "ブロック › 法務/規制". */
  readonly title: string;
  /** Absolute URL of the page. */
  readonly url: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

export function clipboardContent({title, url}: LinkToCopy): {text: string; html: string} {
  return {text: `${title} — ${url}`, html: `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`};
}

/** Copies with the `copy` event (execCommand), which also carries HTML. */
function copyWithEvent(content: {text: string; html: string}): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', content.text);
    event.clipboardData?.setData('text/html', content.html);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy, {once: true});
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

export async function copyLink(link: LinkToCopy): Promise<boolean> {
  const content = clipboardContent(link);
  try {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no async clipboard');
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([content.text], {type: 'text/plain'}),
        'text/html': new Blob([content.html], {type: 'text/html'}),
      }),
    ]);
    return true;
  } catch {
    return copyWithEvent(content);
  }
}

type State = 'idle' | 'copied' | 'failed';

export default function CopyLinkButton({title, path}: {title: string; path: string}): ReactNode {
  const [state, setState] = useState<State>('idle');
  const [url, setUrl] = useState('');
  useEffect(() => {
    if (state !== 'copied') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const onClick = async () => {
    // The address the partner is using (works behind any host name or base path).
    const here = `${window.location.origin}${path}`;
    setUrl(here);
    setState((await copyLink({title, url: here})) ? 'copied' : 'failed');
  };

  return (
    <span className={styles.copyLink}>
      <button type="button" className="button button--secondary button--sm" onClick={onClick} data-copy-link>
        {state === 'copied' ? (
          <Translate id="copyLink.done" description="Button label after the link was copied">
            コピーしました
          </Translate>
        ) : (
          <Translate id="copyLink.button" description="Button that copies the page link">
            リンクをコピー
          </Translate>
        )}
      </button>
      <span role="status" aria-live="polite" className={state === 'failed' ? styles.failed : 'sr-only'}>
        {state === 'copied' &&
          translate({id: 'copyLink.announce', message: 'このページへのリンクをクリップボードにコピーしました。', description: 'Screen reader confirmation'})}
        {state === 'failed' && (
          <>
            <Translate id="copyLink.failed" description="Shown when copying is not allowed">
              コピーできませんでした。次の URL を選択してコピーしてください:
            </Translate>{' '}
            <input className={`site-input ${styles.url}`} readOnly value={url} onFocus={(e) => e.currentTarget.select()} aria-label="URL" />
          </>
        )}
      </span>
    </span>
  );
}
