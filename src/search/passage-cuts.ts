/**
 * The tokens of a stretch of a passage (one of its sentences, a statement it holds) cut from the
 * passage's own tokens instead of splitting the stretch's text again: every sentence of a briefing
 * and most of its statements are words the build has already read once, in their passage (924 real
 * articles: 680,000 words read a second time, and statements on top).
 */
import type { PassageLayout } from './passages.ts';
import type { TokenLists } from './token-lists.ts';
import { separatesWords } from './word-spans.ts';

export class PassageCuts {
  /** Per article (by index), its first passage: an article's passages follow one another. */
  private readonly firstOf: Int32Array;

  /**
   * `tokens`: each passage's tokens; `starts`: where each of those words starts in its paragraph
   * (side by side with `tokens.ids`); `whole`: 1 for a passage whose words a stretch's own
   * splitting finds alike (`WordsSeen.cuttable`).
   */
  constructor(
    private readonly layout: PassageLayout,
    private readonly tokens: TokenLists,
    private readonly starts: Int32Array,
    private readonly whole: Uint8Array,
    articles: number,
  ) {
    this.firstOf = new Int32Array(articles + 1).fill(layout.article.length);
    for (let id = layout.article.length - 1; id >= 0; id--) this.firstOf[layout.article[id] as number] = id;
    for (let a = articles - 1; a >= 0; a--)
      this.firstOf[a] = Math.min(this.firstOf[a] as number, this.firstOf[a + 1] as number);
  }

  /** The passage of an article's paragraph holding the stretch `from` … `to`, or -1. */
  passageHolding(article: number, paragraph: number, from: number, to: number): number {
    const { layout } = this;
    for (let id = this.firstOf[article] as number; id < (this.firstOf[article + 1] as number); id++) {
      if (
        layout.paragraph[id] === paragraph &&
        (layout.start[id] as number) <= from &&
        to <= (layout.end[id] as number)
      )
        return id;
    }
    return -1;
  }

  /**
   * The words of passage `id` that `from` … `to` of its paragraph `text` holds, as the number of the
   * first and one past the last in the passage's list, or null when splitting that stretch alone
   * could find other words: a word cut at either end, or a passage `whole` does not vouch for.
   */
  wordsWithin(id: number, text: string, from: number, to: number): [number, number] | null {
    const start = this.layout.start[id] as number;
    const end = this.layout.end[id] as number;
    if (this.whole[id] !== 1 || from < start || to > end || from > to) return null;
    // Where no word runs across either end (a space, a quote mark), the stretch splits as the passage did.
    if ((from > start && !separatesWords(text, from - 1)) || (to < end && !separatesWords(text, to)))
      return null;
    return [this.firstAt(id, from), this.firstAt(id, to)];
  }

  /** Adds the tokens of words `first` … `last` of passage `id` to `lists`, as a list. */
  add(lists: { push(list: ArrayLike<number>): void }, id: number, [first, last]: [number, number]): void {
    const offset = this.tokens.offsets[id] as number;
    lists.push(this.tokens.ids.subarray(offset + first, offset + last));
  }

  /** The number in passage `id`'s list of its first word starting at or after `at`. */
  private firstAt(id: number, at: number): number {
    const offset = this.tokens.offsets[id] as number;
    let lo = offset;
    let hi = this.tokens.offsets[id + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - offset;
  }
}
