/**
 * `/quotes` a page at a time: the statements of a speaker, or about a topic, in the order the whole
 * list would have, but only the page shown is sorted and made. What every call would otherwise
 * redo is made once beside the index, in steps after the open: each statement's same-text group,
 * each passage's statements by number, each speaker's statements listed once per text. A broad
 * topic ("the president") finds thousands of statements; sorting all of them per call held the
 * event loop for 5–20 ms on ~950 real articles, against a page of 25.
 */
import type { Statement } from '../attribution/types.ts';
import type { Passage } from './passages.ts';
import type { Matches } from './postings.ts';
import type { TokenLists } from './token-lists.ts';

/** Which page of a list is asked for. */
export interface PageRequest {
  /** Listed statements skipped before the page. */
  offset: number;
  /** Statements on the page (`Infinity`: the whole list). */
  limit: number;
  /** Only the statements it keeps are listed and counted (the bot's filters); called once each. */
  keep?: ((s: Statement) => boolean) | undefined;
}

/** One page of a list, and how long the list is. */
export interface StatementPage {
  statements: Statement[];
  /** Statements the list holds (those `keep` keeps). */
  total: number;
  /** Statements it would hold without `keep`. */
  found: number;
}

export const NO_STATEMENTS: StatementPage = Object.freeze({ statements: [], total: 0, found: 0 });

/**
 * Statements or passages walked between two steps of `StatementLists.build`: 2,000 held a reload's
 * event loop for about 7 ms.
 */
const PER_STEP = 500;

/**
 * Longest run of the best statements kept sorted while the statements found are read, each compared
 * with the run's last and rarely shifted in: pages within the first 64 (the bot's first two pages
 * of 25). A deeper page sorts all found instead (5,000 in about 1 ms), where a longer run's shifts
 * would cost as much as a sort, or more.
 */
const SHORT_RUN = 64;

/**
 * A page of `list` (statement numbers), for a list whose every statement counts: a slice, or with
 * `keep` one pass over the list.
 */
function pageOf(statements: readonly Statement[], list: Int32Array, request: PageRequest): StatementPage {
  const { offset, limit, keep } = request;
  const end = offset + Math.min(limit, list.length);
  if (!keep) {
    const page = Array.from(list.subarray(offset, end), (i) => statements[i] as Statement);
    return { statements: page, total: list.length, found: list.length };
  }
  const page: Statement[] = [];
  let total = 0;
  for (let k = 0; k < list.length; k++) {
    const s = statements[list[k] as number] as Statement;
    if (!keep(s)) continue;
    if (total >= offset && total < end) page.push(s);
    total++;
  }
  return { statements: page, total, found: list.length };
}

/**
 * Per token, the statements holding it (once per time held): the index of `tokens` turned over, so
 * that a topic's words are counted in the statements holding them rather than by reading every
 * word of every statement found (most of a broad topic's time).
 */
function* statementsByToken(tokens: TokenLists, statements: number): Generator<void, TokenLists> {
  const { offsets: from, ids: of } = tokens;
  let size = 0;
  for (let k = 0; k < of.length; k++) size = Math.max(size, (of[k] as number) + 1);
  const offsets = new Int32Array(size + 1);
  for (let k = 0; k < of.length; k++) {
    const t = of[k] as number;
    if (t >= 0) offsets[t + 1] = (offsets[t + 1] as number) + 1;
  }
  for (let t = 0; t < size; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  yield;
  const at = offsets.slice(0, size);
  const ids = new Int32Array(offsets[size] as number);
  for (let s = 0; s < statements; s++) {
    if (s % PER_STEP === PER_STEP - 1) yield;
    const end = from[s + 1] as number;
    for (let k = from[s] as number; k < end; k++) {
      const t = of[k] as number;
      if (t < 0) continue;
      const place = at[t] as number;
      ids[place] = s;
      at[t] = place + 1;
    }
  }
  return { offsets, ids };
}

/**
 * The statements of one briefing as `/quotes` lists them. A list holds each group of statements of
 * one article, kind and text once: its first member in the list's order.
 */
export class StatementLists {
  /** Statements found about the topic of the last call: numbers and sort keys, reused. */
  private statementOf = new Int32Array(0);
  private score = new Float64Array(0);
  private passageScore = new Float64Array(0);
  /** Per group: the call that last saw it, and its first statement (index into the arrays above). */
  private readonly seenIn: Int32Array;
  private readonly firstOf: Int32Array;
  /** Per statement: the call that counted its words of the topic, and how many it counted. */
  private readonly countedIn: Int32Array;
  private readonly topicWords: Int32Array;
  private calls = 0;

  private constructor(
    private readonly statements: readonly Statement[],
    /** Per statement: its group. */
    private readonly group: Int32Array,
    /** Per passage: its statements' numbers. */
    private readonly byPassage: TokenLists,
    /** Per statement: its speaker's number in `speakerIds`. */
    private readonly speakerOf: Int32Array,
    private readonly speakerIds: Map<string, number>,
    /** Every statement, and each speaker's (by number), a group once, in briefing order. */
    private readonly all: Int32Array,
    private readonly bySpeaker: Int32Array[],
    /** Per token: the statements holding it, one entry per time it is held. */
    private readonly byToken: TokenLists,
    groups: number,
  ) {
    this.seenIn = new Int32Array(groups);
    this.firstOf = new Int32Array(groups);
    this.countedIn = new Int32Array(statements.length);
    this.topicWords = new Int32Array(statements.length);
  }

  /**
   * The lists of `statements`, found in `passages`, a few thousand statements per step; `tokens`,
   * each statement's token ids (-1 for a word without one).
   */
  static *build(
    statements: readonly Statement[],
    passages: readonly Passage[],
    tokens: TokenLists,
  ): Generator<void, StatementLists> {
    const number = new Map<Statement, number>();
    const group = new Int32Array(statements.length);
    const speakerOf = new Int32Array(statements.length);
    const speakerIds = new Map<string, number>();
    // By text first, then article and kind among the few statements of that text: no key is made by
    // joining the three (16,000 strings as long as the statements, made and dropped at every open).
    const byText = new Map<string, { article: string; kind: string; id: number }[]>();
    let groups = 0;
    for (const [i, s] of statements.entries()) {
      if (i % PER_STEP === PER_STEP - 1) yield;
      number.set(s, i);
      let list = byText.get(s.text);
      if (!list) {
        list = [];
        byText.set(s.text, list);
      }
      let same = list.find((g) => g.article === s.article && g.kind === s.kind);
      if (!same) {
        same = { article: s.article, kind: s.kind, id: groups++ };
        list.push(same);
      }
      group[i] = same.id;
      let speaker = speakerIds.get(s.speaker);
      if (speaker === undefined) {
        speaker = speakerIds.size;
        speakerIds.set(s.speaker, speaker);
      }
      speakerOf[i] = speaker;
    }
    const offsets = new Int32Array(passages.length + 1);
    const ids: number[] = [];
    for (const [p, passage] of passages.entries()) {
      if (p % PER_STEP === PER_STEP - 1) yield;
      for (const s of passage.statements) ids.push(number.get(s) ?? -1);
      offsets[p + 1] = ids.length;
    }
    if (ids.includes(-1)) throw new Error('a passage holds a statement the briefing does not list');
    yield;
    const seen = new Uint8Array(groups);
    const all: number[] = [];
    const own: number[][] = Array.from({ length: speakerIds.size }, () => []);
    const ownSeen: Set<number>[] = Array.from({ length: speakerIds.size }, () => new Set());
    for (let i = 0; i < statements.length; i++) {
      if (i % PER_STEP === PER_STEP - 1) yield;
      const g = group[i] as number;
      if (seen[g] === 0) {
        seen[g] = 1;
        all.push(i);
      }
      const speaker = speakerOf[i] as number;
      const met = ownSeen[speaker] as Set<number>;
      if (!met.has(g)) {
        met.add(g);
        (own[speaker] as number[]).push(i);
      }
    }
    yield;
    const byToken = yield* statementsByToken(tokens, statements.length);
    return new StatementLists(
      statements,
      group,
      { offsets, ids: Int32Array.from(ids) },
      speakerOf,
      speakerIds,
      Int32Array.from(all),
      own.map((list) => Int32Array.from(list)),
      byToken,
      groups,
    );
  }

  /** Statements of a speaker (every one when null), in briefing order. */
  inOrder(speaker: string | null, request: PageRequest): StatementPage {
    if (speaker === null) return pageOf(this.statements, this.all, request);
    const id = this.speakerIds.get(speaker);
    return id === undefined
      ? NO_STATEMENTS
      : pageOf(this.statements, this.bySpeaker[id] as Int32Array, request);
  }

  /** Statements of several speakers ("Harte": Rosalind and Owen Harte), in briefing order. */
  inOrderOf(speakers: readonly string[], request: PageRequest): StatementPage {
    const lists = speakers.flatMap((name) => {
      const id = this.speakerIds.get(name);
      return id === undefined ? [] : [this.bySpeaker[id] as Int32Array];
    });
    if (lists.length === 0) return NO_STATEMENTS;
    const merged = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const list of lists) {
      merged.set(list, at);
      at += list.length;
    }
    return pageOf(this.statements, merged.sort(), request);
  }

  /**
   * Statements (of a speaker, when not null) of the passages a topic's search matched, best first:
   * a statement scores its passage's score times one more than the number of its words that are
   * the topic's (`wanted`: distinct token ids). Ties go to the better passage (then the earlier
   * matched), then to the earlier statement in it.
   */
  about(
    matches: Matches,
    wanted: readonly number[],
    speaker: string | null,
    request: PageRequest,
  ): StatementPage {
    const speakerId = speaker === null ? -1 : (this.speakerIds.get(speaker) ?? -2);
    if (speakerId === -2) return NO_STATEMENTS;
    const call = ++this.calls;
    this.countWords(wanted, call);
    const count = this.collect(matches, speakerId, call);
    // Each group's first statement in the list's order; only those are listed.
    const { seenIn, firstOf, group, statementOf } = this;
    for (let k = 0; k < count; k++) {
      const g = group[statementOf[k] as number] as number;
      if (seenIn[g] !== call) {
        seenIn[g] = call;
        firstOf[g] = k;
      } else if (this.before(k, firstOf[g] as number)) firstOf[g] = k;
    }
    const listed: number[] = [];
    let found = 0;
    for (let k = 0; k < count; k++) {
      const s = statementOf[k] as number;
      if (firstOf[group[s] as number] !== k) continue;
      found++;
      if (!request.keep || request.keep(this.statements[s] as Statement)) listed.push(k);
    }
    const end = request.offset + Math.min(request.limit, listed.length);
    const page = this.best(listed, end).slice(request.offset, end);
    return {
      statements: page.map((k) => this.statements[statementOf[k] as number] as Statement),
      total: listed.length,
      found,
    };
  }

  /** Counts the words of the topic in the statements holding one (only those are counted in `call`). */
  private countWords(wanted: readonly number[], call: number): void {
    const { offsets, ids } = this.byToken;
    const { countedIn, topicWords } = this;
    for (const token of wanted) {
      if (token < 0 || token + 1 >= offsets.length) continue;
      const end = offsets[token + 1] as number;
      for (let k = offsets[token] as number; k < end; k++) {
        const s = ids[k] as number;
        if (countedIn[s] !== call) {
          countedIn[s] = call;
          topicWords[s] = 1;
        } else topicWords[s] = (topicWords[s] as number) + 1;
      }
    }
  }

  /** Fills the arrays with the statements found; returns how many. */
  private collect(matches: Matches, speakerId: number, call: number): number {
    const { offsets, ids } = this.byPassage;
    const { countedIn, topicWords } = this;
    const passages = matches.ids;
    let count = 0;
    for (let m = 0; m < passages.length; m++) {
      const p = passages[m] as number;
      const from = offsets[p] as number;
      const to = offsets[p + 1] as number;
      if (from === to) continue;
      const score = matches.score(p);
      for (let k = from; k < to; k++) {
        const s = ids[k] as number;
        if (speakerId >= 0 && this.speakerOf[s] !== speakerId) continue;
        const own = countedIn[s] === call ? (topicWords[s] as number) : 0;
        if (count === this.statementOf.length) this.grow();
        this.statementOf[count] = s;
        this.score[count] = score * (1 + own);
        this.passageScore[count] = score;
        count++;
      }
    }
    return count;
  }

  private grow(): void {
    const size = Math.max(1024, 2 * this.statementOf.length);
    const statementOf = new Int32Array(size);
    statementOf.set(this.statementOf);
    this.statementOf = statementOf;
    const score = new Float64Array(size);
    score.set(this.score);
    this.score = score;
    const passageScore = new Float64Array(size);
    passageScore.set(this.passageScore);
    this.passageScore = passageScore;
  }

  /**
   * Whether found statement a is listed before b. They were found passage by passage in match
   * order, each passage's statements in order: the lower number was found first.
   */
  private before(a: number, b: number): boolean {
    const { score, passageScore } = this;
    if (score[a] !== score[b]) return (score[a] as number) > (score[b] as number);
    if (passageScore[a] !== passageScore[b]) return (passageScore[a] as number) > (passageScore[b] as number);
    return a < b;
  }

  /** The first `n` of `listed` in list order: kept in a short sorted run, or all sorted for a deep page. */
  private best(listed: number[], n: number): number[] {
    if (n <= 0) return [];
    if (n > SHORT_RUN) return listed.sort((a, b) => (this.before(a, b) ? -1 : 1)).slice(0, n);
    const top: number[] = [];
    for (const k of listed) {
      if (top.length === n && !this.before(k, top[n - 1] as number)) continue;
      let at = top.length === n ? n - 1 : top.length;
      while (at > 0 && this.before(k, top[at - 1] as number)) {
        top[at] = top[at - 1] as number;
        at--;
      }
      top[at] = k;
    }
    return top;
  }
}
