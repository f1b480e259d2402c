/**
 * Renders cards with satori (layout and text → SVG paths) and resvg (SVG → PNG), both run
 * in-process: no browser, no network. The font is Noto Sans JP from @fontsource: it ships the
 * font cut into unicode-range pieces (WOFF, which satori reads), and only the pieces holding
 * a character of the cards are loaded — the subsetting is the package's own.
 */
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {cardElement, cardSize, type CardText} from './card';

const fontDir = path.dirname(require.resolve('@fontsource/noto-sans-jp/unicode.json'));
const weights = [400, 700] as const;

type Range = readonly [number, number];
function parseRanges(list: string): Range[] {
  return list.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
  });
}

/** Font pieces (file name parts: `[12]` → `12`, `latin`) that hold any of the characters. */
export function fontPiecesFor(text: string): string[] {
  const table = JSON.parse(readFileSync(path.join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const codePoints = new Set([...text].map((c) => c.codePointAt(0)!));
  return Object.entries(table)
    .filter(([, ranges]) => parseRanges(ranges).some(([a, b]) => [...codePoints].some((cp) => cp >= a && cp <= b)))
    .map(([name]) => name.replace(/^\[(\d+)\]$/, '$1'));
}

/**
 * Each piece is a font of its own name (satori keeps one font per name and weight), and
 * the card's font-family lists them all, so each character is drawn from its piece.
 */
function loadFonts(texts: readonly CardText[]) {
  const allText = texts.map((t) => [t.siteName, ...t.trail, t.name, `L${t.level} ›`].join('')).join('');
  const pieces = fontPiecesFor(allText);
  const family = pieces.map((piece) => `"Noto Sans JP ${piece}"`).join(', ');
  const fonts = pieces.flatMap((piece) =>
    weights.map((weight) => ({
      name: `Noto Sans JP ${piece}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(path.join(fontDir, 'files', `noto-sans-jp-${piece}-${weight}-normal.woff`)),
    })),
  );
  return {family, fonts};
}

const rendererVersion = [
  'satori',
  '@resvg/resvg-js',
  '@fontsource/noto-sans-jp',
].map((name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {version: string}).version}`);

/**
 * PNG of every card, in order. A card is cached under the hash of its text, this design
 * and the renderer versions, so a rebuild only renders the cards that changed.
 */
export async function renderCards(texts: readonly CardText[], cacheDir: string): Promise<Buffer[]> {
  const design = readFileSync(path.join(__dirname, 'card.ts'), 'utf8');
  mkdirSync(cacheDir, {recursive: true});
  const keyOf = (text: CardText) =>
    createHash('sha256').update(JSON.stringify({text, design, rendererVersion})).digest('hex').slice(0, 24);
  const missing = texts.filter((text) => !existsSync(path.join(cacheDir, `${keyOf(text)}.png`)));
  if (missing.length > 0) {
    // ESM-only packages, loaded only when a card must be drawn.
    const {default: satori} = await import('satori');
    const {Resvg} = await import('@resvg/resvg-js');
    const {family, fonts} = loadFonts(missing);
    for (const text of missing) {
      const svg = await satori(cardElement(text, family) as unknown as React.ReactNode, {...cardSize, fonts});
      const png = new Resvg(svg, {fitTo: {mode: 'original'}}).render().asPng();
      writeFileSync(path.join(cacheDir, `${keyOf(text)}.png`), png);
    }
  }
  return texts.map((text) => readFileSync(path.join(cacheDir, `${keyOf(text)}.png`)));
}
