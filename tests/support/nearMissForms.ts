/**
 * The near-miss forms of a permanent status path that must land on it (issue 11): what
 * mail clients, autolinkers and people do to a link. Shared by the unit and e2e tests.
 */
export interface NearMissForm {
  readonly form: string;
  readonly path: string;
}

export function nearMissForms(permanent: string): NearMissForm[] {
  return [
    {form: 'trailing slash', path: `${permanent}/`},
    {form: 'upper case', path: permanent.toUpperCase()},
    {form: 'doubled slashes', path: permanent.replace(/\//g, '//')},
    {form: 'index.html', path: `${permanent}/index.html`},
    {form: 'Japanese text glued on', path: `${permanent}${encodeURIComponent('をご確認ください')}`},
    {form: 'closing bracket', path: `${permanent})`},
    {form: 'full stop', path: `${permanent}.`},
    {form: 'Japanese full stop', path: `${permanent}${encodeURIComponent('。')}`},
  ];
}

/** A query and a section hash a partner's link may carry (Japanese, percent-encoded). */
export const queryAndHash = `?filter=${encodeURIComponent('ライセンス')}&from=mail#definition`;
