/** Queries are cut to this length: a long paste would keep the browser busy for nothing. */
export const maxQueryLength = 200;

/** The query as search uses it: NFKC (ＶＰＮ → VPN, ﾗｲｾﾝｽ → ライセンス) and capped in length. */
export function cleanQuery(raw: string | null | undefined): string {
  return (raw ?? '').normalize('NFKC').slice(0, maxQueryLength);
}
