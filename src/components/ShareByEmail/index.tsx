/**
 * "Share by email": a plain `mailto:` link, so the partner's own mail client opens with the
 * status already written in — the subject is the status trail, the body its name, its
 * definition and the page URL — and nothing is sent anywhere else.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export interface StatusEmail {
  /** "ブロック › 法務/規制" */
  readonly subject: string;
  readonly name: string;
  readonly definition: string;
  /** Absolute URL of the page. */
  readonly url: string;
}

/**
 * RFC 6068: every header value percent-encoded as UTF-8 (Japanese included), line breaks
 * in the body as CRLF (%0D%0A); encodeURIComponent also encodes `&`, `=` and `#`.
 */
export function mailtoHref({subject, name, definition, url}: StatusEmail): string {
  const body = [name, definition, '', url].join('\r\n');
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export default function ShareByEmail({subject, name, definition, path}: Omit<StatusEmail, 'url'> & {path: string}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  // The configured address in the HTML; the address the partner is using once in the browser
  // (as "Copy link" does), so a link shared from an intranet host points there.
  const [origin, setOrigin] = useState(siteConfig.url);
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <a className="button button--secondary button--sm" href={mailtoHref({subject, name, definition, url: `${origin}${path}`})}>
      <Translate id="shareByEmail.link" description="Link that opens the mail client with this status's link in a new email">
        メールで共有
      </Translate>
    </a>
  );
}
