/**
 * Swizzled (ejected; the theme's is four lines) so the site title can shorten on phones:
 * the theme renders `navbar.title` as one string, which ran under the search box on every
 * page below ≈ 500 px. Here the first word stays and the rest of the title is only visually
 * hidden on narrow screens (screen readers still read the whole title), by CSS alone, so
 * the page paints right before the app is up.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useThemeConfig} from '@docusaurus/theme-common';
import styles from './styles.module.css';

export default function NavbarLogo(): ReactNode {
  const {navbar} = useThemeConfig();
  const home = useBaseUrl('/');
  const title = navbar.title ?? '';
  const space = title.indexOf(' ');
  const [first, rest] = space < 0 ? [title, ''] : [title.slice(0, space), title.slice(space)];
  return (
    <Link to={home} className="navbar__brand">
      <b className="navbar__title text--truncate">
        {first}
        {rest && <span className={styles.rest}>{rest}</span>}
      </b>
    </Link>
  );
}
