/**
 * Quoted spans of a paragraph. Machine-translated and scraped news mixes curly and straight marks,
 * uses an opening “ where a closing one belongs, and leaves quotes unclosed, so marks are paired by
 * alternation rather than by glyph, and an unclosed quote runs to the end of the paragraph rather than
 * being dropped.
 */

export interface QuoteSpan {
  /** Offset of the opening mark (or of the paragraph start when the opening mark is missing). */
  start: number;
  /** Offset just past the closing mark (or the paragraph end when unclosed). */
  end: number;
  /** The words inside the marks, trimmed of white space and trailing commas. */
  text: string;
  /** Offsets of `text` in the paragraph. */
  textStart: number;
  textEnd: number;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Finds top-level quotes: double-quoted spans, and single-quoted spans (‘…’) outside them.
 * Apostrophes (“Trump’s”, “don't”) are never taken for quote marks.
 *
 * @example findQuotes('“Go,” he said.')[0].text // 'Go'
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // From one double mark to the next: the regex engine skips the text between them.
  const marks = /[“”"„«»″]/gu;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    if (open < 0) {
      const looksClosing = !isSpace(text[i - 1]) && !isWordChar(text[i + 1]) && spans.length === 0;
      // A closing mark with none open before it: the quote began before this paragraph's first word.
      if (looksClosing && !text.slice(0, i).match(/[“”"„«»]/u) && /[.,!?]$/u.test(text.slice(0, i))) {
        spans.push(makeSpan(text, 0, i + 1, 0, i));
      } else {
        open = i;
      }
    } else {
      spans.push(makeSpan(text, open, i + 1, open + 1, i));
      open = -1;
    }
  }
  if (open >= 0 && open < text.length - 1)
    spans.push(makeSpan(text, open, text.length, open + 1, text.length));
  for (const single of findSingleQuotes(text)) {
    if (!spans.some((s) => single.start >= s.start && single.end <= s.end)) spans.push(single);
  }
  return spans.filter((s) => s.text.length > 0).sort((a, b) => a.start - b.start);
}

function findSingleQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const re = /(^|[\s(“"])[‘'](?=\S)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + (m[1] as string).length;
    // The closing mark: a ’ or ' not followed by a letter (so not an apostrophe), within one sentence.
    const rest = text.slice(open + 1);
    const close = rest.search(/(?<=\S)[’'](?![\p{L}])/u);
    if (close < 0 || close > 200) continue;
    const end = open + 1 + close;
    out.push(makeSpan(text, open, end + 1, open + 1, end));
    re.lastIndex = end + 1;
  }
  return out;
}

function makeSpan(text: string, start: number, end: number, innerStart: number, innerEnd: number): QuoteSpan {
  let a = innerStart;
  let b = innerEnd;
  while (a < b && /\s/u.test(text[a] as string)) a++;
  while (b > a && /[\s,]/u.test(text[b - 1] as string)) b--;
  return { start, end, text: text.slice(a, b), textStart: a, textEnd: b };
}
