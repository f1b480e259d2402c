/** "Did you mean" for mistyped status keys, in error messages (data-free: safe for the browser). */

/** Edit distance between two keys. */
function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known keys closest to `key`, best first (for "did you mean" in error messages). */
export function closestKeys(key: string, known: readonly string[], count = 3): string[] {
  return [...known].sort((a, b) => distance(key, a) - distance(key, b) || a.localeCompare(b)).slice(0, count);
}

