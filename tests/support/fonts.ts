/**
 * Which fonts can draw Japanese, for the prerequisites check and the e2e test that the
 * Japanese h1 is not drawn as tofu.
 */
import {execFileSync} from 'node:child_process';

export const japaneseFontHint = 'install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk; macOS and Windows ship one)';

// Where fontconfig cannot be asked (macOS, Windows, a Linux without fc-list): the built-in
// Japanese fonts of macOS and Windows and the usual Linux packages.
const knownJapanese = /^(Hiragino|Yu ?Gothic|Yu ?Mincho|Meiryo|MS ?P?Gothic|MS ?P?Mincho|MS UI Gothic|Osaka|Noto (Sans|Serif)( Mono)? CJK|Noto (Sans|Serif) JP|Source Han|IPA|Takao|VL ?Gothic)/i;

/** Families fontconfig reports as covering Japanese; undefined where there is no fontconfig. */
export function fontconfigJapaneseFamilies(): Set<string> | undefined {
  try {
    const out = execFileSync('fc-list', [':lang=ja', 'family'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
    // One font per line, its localized family names separated by commas.
    return new Set(out.split('\n').flatMap((line) => line.split(',')).map((name) => name.trim()).filter(Boolean));
  } catch {
    return undefined;
  }
}

/** True when the named font (a family name as Chromium reports it) has Japanese glyphs. */
export function isJapaneseFont(family: string, fontconfig = fontconfigJapaneseFamilies()): boolean {
  return (fontconfig?.has(family) ?? false) || knownJapanese.test(family);
}
