/** Where a status's preview card is and how big (data-free: status pages import it in the browser). */
export const cardSize = {width: 1200, height: 630} as const;

/** Site path of a status's card inside its locale's build (add the locale base URL). */
export function cardPath(status: {readonly key: string}): string {
  return `/img/cards/${status.key}.png`;
}
