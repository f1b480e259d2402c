/**
 * Near-miss forms of a status URL, in one definition for every host: the nginx recipe and
 * `npm run serve` redirect them (301), and the 404 page does the same in the browser on
 * hosts that cannot (GitHub Pages, and what Azure Static Web Apps routes cannot express).
 *
 * A retired status's URL has the same near misses, and they land on its permanent URL like
 * any other: the page there says why the status was retired, names the successor and
 * forwards to it. One rule for every published URL, and the reader of an old email learns
 * that the status it names is gone before reading about another one.
 *
 * A near miss is a permanent status path, in any letter case, with slashes doubled, and
 * followed by nothing but: trailing slashes, `/index.html`, or a run that cannot continue a
 * path segment — punctuation (`)`, `.`, `。`) or text an autolinker glued on (`をご確認ください`,
 * which arrives percent-encoded). `/blocked/legal-regulatry` is not one (that is for
 * "did you mean"), and neither is the permanent path itself.
 */
import {localePrefix, locales, taxonomy, type Locale, type StatusNode, type Taxonomy} from '../taxonomy';

export interface NearMissRule {
  readonly locale: Locale;
  readonly status: StatusNode;
  /** The permanent path, e.g. `/en/blocked/legal-regulatory`. */
  readonly target: string;
  /**
   * Matches a raw (still percent-encoded) request path, case-insensitively. Written in the
   * regex syntax JavaScript and PCRE (nginx) share; it also matches the target itself.
   */
  readonly pattern: string;
}

const escape = (segment: string) => segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What may follow a status path and still mean it (see the module comment). */
const tail = String.raw`(?:/*|/+index\.html|/*[^a-z0-9/_?-][^?]*)`;

/** One rule per status (retired ones too) and locale, deepest statuses first (an L2 is tried before its L1). */
export function nearMissRules(from: Taxonomy = taxonomy): NearMissRule[] {
  const statuses = [...from.all, ...from.retired].sort((a, b) => b.level - a.level);
  return locales.flatMap((locale) =>
    statuses.map((status) => {
      const segments = [...localePrefix(locale).split('/').filter(Boolean), ...status.key.split('/')];
      return {
        locale,
        status,
        target: `${localePrefix(locale)}${status.path}`,
        pattern: `^/+${segments.map(escape).join('/+')}${tail}$`,
      };
    }),
  );
}

/**
 * The permanent path a site-relative request path stands for, or undefined when it is
 * not a near miss (an unknown path, or already the permanent path).
 */
export function canonicalStatusPath(rawPath: string, rules: readonly NearMissRule[] = defaultRules()): string | undefined {
  for (const rule of rules) {
    if (new RegExp(rule.pattern, 'i').test(rawPath)) return rule.target === rawPath ? undefined : rule.target;
  }
  return undefined;
}

let cached: NearMissRule[] | undefined;
function defaultRules(): NearMissRule[] {
  cached ??= nearMissRules();
  return cached;
}

/**
 * The same rules as an nginx `map` over `$request_uri` (path and query): the value is the
 * permanent path to redirect to, empty for anything else. The permanent path itself is
 * excluded with a case-sensitive lookahead, so it is served, not redirected to itself.
 */
export function nginxNearMissMap(variable: string, from: Taxonomy = taxonomy): string[] {
  return [
    `map $request_uri ${variable} {`,
    '    default "";',
    ...nearMissRules(from).map(({target, pattern}) => {
      const notTarget = `(?!(?-i:${escape(target)})(?:\\?|$))`;
      const onRequestUri = `^${notTarget}${pattern.slice(1, -1)}(?:\\?.*)?$`;
      return `    "~*${onRequestUri}" ${target};`;
    }),
    '}',
  ];
}
