/**
 * The link-preview card of a status (og:image): what Teams, Outlook and chat apps show
 * before the reader opens the link. 1200×630 (the size every preview crops well), flat
 * colours so the PNG stays small. A satori element tree (plain objects, no React needed).
 */
import {ancestorsOf, taxonomy, type Locale, type StatusNode, type Taxonomy} from '../../taxonomy';

import {cardSize} from './cardPath';

export {cardPath, cardSize} from './cardPath';

export interface CardText {
  readonly locale: Locale;
  readonly siteName: string;
  /** The L1 › … above the status; empty for an L1. */
  readonly trail: readonly string[];
  readonly name: string;
  readonly level: number;
}

export function cardText(status: StatusNode, locale: Locale, siteName: string, from: Taxonomy = taxonomy): CardText {
  return {locale, siteName, trail: ancestorsOf(status, from).map((n) => n.name[locale]), name: status.name[locale], level: status.level};
}

interface Element {
  type: string;
  props: {style?: Record<string, string | number>; children?: (Element | string)[] | Element | string; lang?: string};
}
const el = (type: string, style: Record<string, string | number>, children: Element['props']['children']): Element => ({
  type,
  props: {style, children},
});

export function cardElement({locale, siteName, trail, name, level}: CardText, fontFamily: string): Element {
  // Long names (e.g. "Security/Privacy (Non-product Feature)") step down so they fit in three lines.
  const nameSize = name.length > 34 ? 64 : name.length > 20 ? 76 : 92;
  const root = el(
    'div',
    {
      width: cardSize.width,
      height: cardSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      background: '#ffffff',
      borderTop: '24px solid #1f5fa8',
      color: '#1c1e21',
      fontFamily,
    },
    [
      el('div', {display: 'flex', fontSize: 34, fontWeight: 700, color: '#1f5fa8'}, siteName),
      el('div', {display: 'flex', flexDirection: 'column'}, [
        ...(trail.length > 0 ? [el('div', {display: 'flex', fontSize: 40, color: '#444950', marginBottom: 16}, `${trail.join(' › ')} ›`)] : []),
        el('div', {display: 'flex', fontSize: nameSize, fontWeight: 700, lineHeight: 1.2}, name),
      ]),
      // The level as the site shows it (the "L2" badge of a status page); no words to translate.
      el('div', {display: 'flex'}, [
        el('div', {display: 'flex', fontSize: 30, fontWeight: 700, color: '#ffffff', background: '#1f5fa8', padding: '4px 18px', borderRadius: 8}, `L${level}`),
      ]),
    ],
  );
  root.props.lang = locale === 'ja' ? 'ja-JP' : 'en';
  return root;
}
