/**
 * Sentence boundaries with offsets, from `Intl.Segmenter` plus the repairs news text needs:
 * ICU breaks after every "Mr." or initial ("Antony J. Blinken"), which would cut a speaker's name in two.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a period does not end a sentence (case-insensitive). */
const ABBREVIATION =
  /(?:^|[\s(“"‘])(?:mr|mrs|ms|dr|me|st|jr|sr|gen|sen|rep|gov|lt|col|capt|cmdr|adm|prof|rev|hon|pres|sgt|no|vs|etc|inc|corp|co|ltd|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec|approx|dept|univ|mt|ft)\.$/i;
/** A single capital initial ("J.") or dotted acronym ("U.S.", "D.C."). */
const INITIAL = /(?:^|[\s(“"‘])(?:[A-Z]\.)+$/;

/**
 * Splits a paragraph into sentences. Offsets index into `text`; `text` of a span is trimmed of
 * trailing white space only, so `paragraph.slice(start, end) === span.text`.
 *
 * @example splitSentences('Mr. Kim left. He said so.') // ['Mr. Kim left.', 'He said so.']
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    let end = start + seg.segment.length;
    while (end > start && TRAILING_SPACE.test(text[end - 1] as string)) end--;
    if (end === start) continue;
    const span = { start, end, text: text.slice(start, end) };
    const prev = out[out.length - 1];
    // Only the end of the sentence so far decides (an abbreviation is short): checking the whole of
    // a sentence that keeps growing would make one huge paragraph quadratic.
    if (prev && shouldJoin(prev.text.slice(-24), span.text)) {
      prev.end = span.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      out.push(span);
    }
  }
  return out;
}

const TRAILING_SPACE = /\s/u;

function shouldJoin(prev: string, next: string): boolean {
  // A lone run of punctuation (". .") belongs to the sentence before it.
  if (/^[\s.,;:!?"“”‘’'–—-]+$/u.test(next)) return true;
  if (ABBREVIATION.test(prev) || INITIAL.test(prev)) {
    // "…in the U.S. The talks…" does end a sentence; a following name or lowercase word does not.
    return !/^(?:The|A|An|But|And|It|This|That|These|Those|There|They|We|He|She|In|On|At|After|Before|When|While|If)\b/.test(
      next,
    );
  }
  return false;
}
