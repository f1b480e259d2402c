/**
 * Swizzled to do nothing: the site has no coloured code (src/plugins/plain-code-blocks), and
 * the theme's version pulled Prism's language catalogue (≈ 23 KB) into every page's main
 * bundle through its dynamic `require('prismjs/components/…')`.
 */
export default function prismIncludeLanguages(): void {}
