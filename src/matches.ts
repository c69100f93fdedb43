/**
 * Every match of a global regular expression, found without cloning the expression.
 *
 * Why not `text.matchAll(re)`: `matchAll` runs on a copy of `re` (the spec's species constructor),
 * and V8 finds the copy's compiled code in a compilation cache that each major garbage collection
 * empties. After every such collection each copied expression is compiled again, and the long
 * Unicode patterns of places and verbs of speech take 1–3 ms each to compile: paid by whichever
 * question comes next, they made most of the first-sight tail. `exec` on the module's own
 * expression keeps its compiled code for as long as the expression lives.
 *
 * The expression's `lastIndex` is reset before and after, so a shared module-level expression is
 * left as found; the matches are collected first, so a caller may use the expression again while
 * going through them.
 *
 * @example matchesOf(/\d+/g, 'a1 b22').map((m) => m[0]) // ['1', '22']
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global expression: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    let m = re.exec(text);
    while (m !== null) {
      out.push(m);
      // An empty match would be found again at the same place: step over one character (a whole
      // code point for a Unicode expression), as `matchAll` does.
      if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
      m = re.exec(text);
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode) return at + 1;
  const code = text.codePointAt(at);
  return at + (code !== undefined && code > 0xffff ? 2 : 1);
}
