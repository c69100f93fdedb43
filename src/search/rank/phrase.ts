/**
 * How much of a phrase a text holds as one run of words, in order: what tells the passage that says
 * "a ploy to buy time" from one that merely uses "time".
 */

/**
 * Share (0–1) of the phrase's words found in `text` as one consecutive run (the longest).
 *
 * @example phraseOverlap(['a', 'ploy', 'to', 'buy', 'time'], ['called', 'it', 'a', 'ploy', 'to', 'buy', 'time']) // 1
 */
export function phraseOverlap(phrase: readonly string[], text: readonly string[]): number {
  if (phrase.length === 0) return 0;
  return longestRun(phrase, text) / phrase.length;
}

/** Length of the longest run of consecutive words the two lists share. */
export function longestRun(a: readonly string[], b: readonly string[]): number {
  const at = new Map<string, number[]>();
  a.forEach((w, j) => {
    const list = at.get(w);
    if (list) list.push(j);
    else at.set(w, [j]);
  });
  let best = 0;
  for (let i = 0; i + best < b.length; i++) {
    const starts = at.get(b[i] as string);
    if (!starts) continue;
    for (const j of starts) {
      if (j + best >= a.length) break;
      let k = 1;
      while (i + k < b.length && j + k < a.length && b[i + k] === a[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}
