/**
 * Wrapped to hydrate less on phones. There, the theme's desktop sidebar (every status, as
 * links) is hidden by CSS and, right after hydration, replaced by the mobile menu's filler —
 * yet React first hydrated all of it. While hydrating on a phone this renders an element
 * React does not descend into (its server markup stays as sent, hidden), and once the
 * window size is known it renders the theme's own mobile or desktop sidebar.
 */
import React, {type ReactNode} from 'react';
import DocSidebar from '@theme-original/DocSidebar';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type {Props} from '@theme/DocSidebar';
import {useWindowSize} from '@docusaurus/theme-common';

/** The theme's breakpoint (useWindowSize): at or below it, the sidebar is the mobile menu. */
const desktopBreakpoint = 996;

export default function DocSidebarWrapper(props: Props): ReactNode {
  const windowSize = useWindowSize();
  if (windowSize === 'ssr' && typeof window !== 'undefined' && window.innerWidth <= desktopBreakpoint) {
    return <div suppressHydrationWarning dangerouslySetInnerHTML={{__html: ''}} />;
  }
  if (windowSize === 'mobile') return <DocSidebarMobile {...props} />;
  return <DocSidebar {...props} />;
}
