/**
 * One matcher decides "this typed name or role is that speaker", for questions and autocomplete
 * alike: a person by any word of their name or aliases (typos tolerated on longer words), an
 * organisation by its whole name, anyone by most of the words of a role the text gave them.
 */

import { sexOfGivenName } from '../../attribution/given-names.ts';
import { NON_PERSON_WORDS, TITLE_WORDS } from '../../attribution/lexicon.ts';
import type { Speaker } from '../../attribution/types.ts';
import { casedWords, editDistance, maxTypos, STOP_WORDS, term, words } from '../text.ts';
import { SPEAKER_MATCH } from '../weights.ts';
import { expansionOf } from './abbreviations.ts';
import { CapitalRuns, neutralNameWord, WEAK_NAME_WORDS } from './capitals.ts';
import { isEverydayWord } from './common-words.ts';
import { otherForms } from './nicknames.ts';

/** A speaker a text names, how strongly, and which of the text's words named them. */
export interface SpeakerMatch {
  speaker: Speaker;
  score: number;
  /** Indexes (in `words(text)`) of the words that named the speaker. */
  words: number[];
}

/** What the matcher knows of a speaker, worked out from their name, aliases and roles. */
export interface EntryData {
  /** Lowercase words of the name and aliases, name words that mean nothing alone left out. */
  nameWords: string[];
  /** The last word of the canonical name: the family name of a person. */
  surname: string;
  /** Whole names of an organisation or group, as lowercase word lists. */
  wholeNames: string[][];
  /** A body's name by its first word (see `shortName`), lowercase, before it is known whether a person bears it. */
  shortName: string | null;
  /** Stems of each role. */
  roles: string[][];
  person: boolean;
}

interface Entry extends Omit<EntryData, 'nameWords'> {
  /** Its place among the matcher's entries: counters per entry are typed arrays by it. */
  n: number;
  speaker: Speaker;
  nameWords: Set<string>;
  /** Stems of each role that name the office (`ROLE_FILLER` left out), roles of none left out. */
  roleWords: string[][];
}

/** Speakers whose entries are worked out between two steps of `entrySteps`. */
const SPEAKERS_PER_STEP = 50;

/**
 * The entries of the speakers, a few at a time: the costly part of a matcher (each name split into
 * words, roles stemmed, bodies' short names looked up), kept with a persisted index.
 */
export function* entrySteps(speakers: readonly Speaker[]): Generator<void, EntryData[]> {
  const out: EntryData[] = [];
  for (const [i, speaker] of speakers.entries()) {
    out.push(entryOf(speaker));
    if (i % SPEAKERS_PER_STEP === SPEAKERS_PER_STEP - 1) yield;
  }
  return out;
}

/** A word and the space after it, with the word that follows (looked at, not taken: it may open the next pair). */
const PAIR_OF_WORDS =
  /(?<![\p{L}\p{M}'’-])(\p{L}[\p{L}\p{M}'’]*)\s+(?=(\p{L}[\p{L}\p{M}'’]*)(?![\p{L}\p{M}'’-]))/gu;

/** Stems of words that describe an office without naming it ("former", "top", "senior"). */
const ROLE_FILLER = new Set(['former', 'top', 'senior', 'then', 'current', 'new', 'longtim', 'veteran']);

/** Letters two stems of one root share at least (see `sameRoot`). */
const ROOT_PREFIX = 4;

/** Words whose name words `nameWordsLike` keeps (a few hundred kilobytes at most). */
const LIKE_CACHE_WORDS = 5_000;

/** Marks a constructor call that leaves the filling to `SpeakerMatcher.build`'s steps. */
const STEPWISE = Symbol('stepwise');

export class SpeakerMatcher {
  private readonly entries: Entry[] = [];
  /** Entries by a word of a person's name, or by the first word of an organisation's name. */
  private readonly byWord = new Map<string, Entry[]>();
  /** Entries by a stem of one of their roles. */
  private readonly byRoleStem = new Map<string, Entry[]>();
  /** Entries by a word of their roles that names the office (`roleWords`), with how often it stands there. */
  private readonly byRoleWord = new Map<string, [Entry, number][]>();
  /** Those role words by their first `ROOT_PREFIX` letters: the words one root may share (`sameRoot`). */
  private readonly roleWordsByPrefix = new Map<string, string[]>();
  /**
   * Per entry, stamped with the question's number: reached by a word of the question, and how many
   * of its role words the question holds. Typed arrays, so a role word of thousands of speakers
   * ("senator") costs a write each, not a set's insertion.
   */
  private reachedAt = new Int32Array(0);
  private countedAt = new Int32Array(0);
  private roleWordsFound = new Int32Array(0);
  private questions = 0;
  /** Name words by first letter, for typo lookups without scanning every name. */
  private readonly nameWordsByInitial = new Map<string, Set<string>>();
  /** The same words by first letter and length (a typo's candidates), and each one's place in its set. */
  private readonly nameWordsByShape = new Map<string, string[]>();
  private readonly nameWordOrder = new Map<string, number>();

  constructor(
    readonly speakers: readonly Speaker[],
    stepwise?: typeof STEPWISE,
  ) {
    if (stepwise !== STEPWISE) {
      const entries = entrySteps(speakers);
      let next = entries.next();
      while (!next.done) next = entries.next();
      for (const _ of this.fill(next.value));
    }
  }

  /**
   * The text with a person's double-barrelled name typed as two words written as the briefing writes
   * it ("what did vasquez hale say" → "what did vasquez-hale say"), so that the question's words are
   * the passages' words.
   */
  joinNames(text: string): string {
    // Most questions hold no such pair: the check is one lookup per pair of neighbouring words.
    return text.replace(PAIR_OF_WORDS, (gap: string, first: string, second: string) => {
      const joined = `${first}-${second}`.toLowerCase();
      return (this.byWord.get(joined) ?? []).some((e) => e.person) ? `${first}-` : gap;
    });
  }

  /**
   * The matcher of the speakers and their entries (`entrySteps`, at a build or read back from a
   * persisted index), a few speakers at a time, for a build that gives the event loop back.
   */
  static *open(speakers: readonly Speaker[], entries: readonly EntryData[]): Generator<void, SpeakerMatcher> {
    const matcher = new SpeakerMatcher(speakers, STEPWISE);
    yield* matcher.fill(entries);
    return matcher;
  }

  private *fill(entries: readonly EntryData[]): Generator<void, void> {
    // "Roe supporters", "the Roe campaign": a body named after a person is not called by that name alone.
    const personWords = new Set<string>();
    for (const [i, speaker] of this.speakers.entries()) {
      const data = entries[i] as EntryData;
      // Its own lists: the entries are the index data's, kept (and persisted) as they were built.
      this.entries.push({
        ...data,
        n: i,
        speaker,
        nameWords: new Set(data.nameWords),
        wholeNames: [...data.wholeNames],
        roleWords: data.roles.map((r) => r.filter((w) => !ROLE_FILLER.has(w))).filter((r) => r.length > 0),
      });
      if (data.person) for (const w of data.nameWords) personWords.add(w);
      if (i % SPEAKERS_PER_STEP === SPEAKERS_PER_STEP - 1) yield;
    }
    for (const [i, e] of this.entries.entries()) {
      if (e.shortName && !personWords.has(e.shortName)) e.wholeNames.push([e.shortName]);
      if (i % SPEAKERS_PER_STEP === SPEAKERS_PER_STEP - 1) yield;
      const keys = e.person ? e.nameWords : new Set(e.wholeNames.map((n) => n[0] as string));
      for (const w of keys) {
        push(this.byWord, w, e);
        if (e.person) {
          const initial = w[0] as string;
          const set = this.nameWordsByInitial.get(initial) ?? new Set<string>();
          this.nameWordsByInitial.set(initial, set);
          if (!set.has(w)) {
            this.nameWordOrder.set(w, set.size);
            push(this.nameWordsByShape, `${initial}:${w.length}`, w);
          }
          set.add(w);
        }
      }
      for (const role of e.roles) for (const stem of new Set(role)) push(this.byRoleStem, stem, e);
      const times = new Map<string, number>();
      for (const role of e.roleWords) for (const r of role) times.set(r, (times.get(r) ?? 0) + 1);
      for (const [r, n] of times) {
        const list = this.byRoleWord.get(r);
        if (list) list.push([e, n]);
        else {
          this.byRoleWord.set(r, [[e, n]]);
          if (r.length >= ROOT_PREFIX) push(this.roleWordsByPrefix, r.slice(0, ROOT_PREFIX), r);
        }
      }
    }
    this.reachedAt = new Int32Array(this.entries.length);
    this.countedAt = new Int32Array(this.entries.length);
    this.roleWordsFound = new Int32Array(this.entries.length);
  }

  /**
   * The speakers a question names, best first; only those within `SPEAKER_MATCH.keepShare` of the
   * best are kept, so "Trump" finds every Trump while "Eric Trump" finds Eric.
   *
   * @example matcher.match('What did blinkin say about China?')[0].speaker.name // 'Antony Blinken'
   */
  match(
    typed: string,
    options: { prefix?: boolean; within?: readonly [number, number] } = {},
  ): SpeakerMatch[] {
    // "vasquez hale" for Vasquez-Hale: read as the one word the briefing writes.
    const text = this.joinNames(typed);
    const list = words(text);
    const cased = casedWords(text);
    const runs = new CapitalRuns(text, cased);
    const found = new Map<Entry, SpeakerMatch>();
    const credit = (e: Entry, score: number, at: number[]) => {
      const m = found.get(e);
      if (!m) found.set(e, { speaker: e.speaker, score, words: at });
      else {
        m.score += score;
        for (const i of at) if (!m.words.includes(i)) m.words.push(i);
      }
    };
    list.forEach((w, i) => {
      if (w.length < 2 || STOP_WORDS.has(w)) return;
      const last = options.prefix === true && i === list.length - 1;
      // "the Roe spokesman", "Roe supporters": people of Roe's, not Roe.
      const ofSomeone = runs.beforeRoleWord(i, list);
      for (const [known, weight] of ofSomeone ? [] : this.nameWordsLike(w, last)) {
        for (const e of this.byWord.get(known) ?? []) {
          if (!e.person || namesOther(runs, cased, i, e)) continue;
          const base = known === e.surname ? SPEAKER_MATCH.surname : SPEAKER_MATCH.otherName;
          credit(e, base * weight, [i]);
        }
      }
      for (const e of this.byWord.get(w) ?? []) {
        if (e.person) continue;
        for (const name of e.wholeNames) {
          // "the Harbour Authority spokesman": a person of the body, not the body.
          if (runs.beforeRoleWord(i + name.length - 1, list)) continue;
          if (name.every((n, k) => list[i + k] === n) && !namesOther(runs, cased, i, e)) {
            credit(
              e,
              SPEAKER_MATCH.wholeName,
              name.map((_, k) => i + k),
            );
          }
        }
      }
    });
    this.matchMisspeltSurnames(list, credit);
    this.matchRoles(list, cased, runs, credit);
    // Asked about a part of the text (the subject of its verb): only those it alone names compete.
    const [from, to] = options.within ?? [0, list.length];
    const inside = [...found.values()].filter((m) => m.words.every((i) => i >= from && i < to));
    if (inside.length === 0 && options.within) {
      const office = this.officeHolders(list, from, to);
      // One holder is the one asked about; several, and the question does not say which.
      const only = office?.holders.length === 1 ? office.holders[0] : undefined;
      if (only && office)
        inside.push({ speaker: only.speaker, score: SPEAKER_MATCH.role, words: [office.at] });
    }
    const best = Math.max(0, ...inside.map((m) => m.score));
    return inside
      .filter((m) => m.score >= SPEAKER_MATCH.minScore && m.score >= best * SPEAKER_MATCH.keepShare)
      .sort((a, b) => b.score - a.score || b.speaker.statements - a.speaker.statements);
  }

  /**
   * "Tamsin Korell" for Tamsin Korrel, "Bethan Row" for Bethan Rowe: a given name typed right, then a
   * surname a little wrong (`SURNAME_AFTER_GIVEN_EDITS`, or the start of it): the given name makes
   * sure of more than a surname alone could. And the other way round ("Colum Roe" for Callum Roe).
   */
  private matchMisspeltSurnames(
    list: readonly string[],
    credit: (e: Entry, score: number, at: number[]) => void,
  ): void {
    for (let i = 0; i + 1 < list.length; i++) {
      const typed = list[i + 1] as string;
      if (typed.length < 3 || STOP_WORDS.has(typed)) continue;
      // "Jane Ross" where Jane Ross speaks too: a name typed right is no one else's misspelling.
      const given = list[i] as string;
      if ((this.byWord.get(typed) ?? []).some((e) => e.person && e.nameWords.has(given))) continue;
      for (const e of this.byWord.get(given) ?? []) {
        if (!e.person || e.surname === given || e.surname === typed || e.nameWords.has(typed)) continue;
        const close =
          (e.surname.startsWith(typed) && e.surname.length - typed.length <= SURNAME_AFTER_GIVEN_EDITS) ||
          editDistance(typed, e.surname, SURNAME_AFTER_GIVEN_EDITS) <= SURNAME_AFTER_GIVEN_EDITS;
        // Both words, as the typed name's words are the given name and this surname.
        if (close)
          credit(e, (SPEAKER_MATCH.otherName + SPEAKER_MATCH.surname) * SPEAKER_MATCH.typo, [i, i + 1]);
      }
      // "Colum Roe" for Callum Roe: the surname typed right, the given name a little wrong (its first
      // letter kept): the surname makes sure of more than a given name alone could.
      for (const e of this.byWord.get(typed) ?? []) {
        if (!e.person || e.surname !== typed || e.nameWords.has(given)) continue;
        // "did Axelrod" is no David Axelrod: a given name of four letters or more, not a common word.
        if (given.length < MIN_GIVEN_TYPO || STOP_WORDS.has(given) || isEverydayWord(given)) continue;
        const close = [...e.nameWords].some(
          (g) =>
            g !== typed &&
            g[0] === given[0] &&
            editDistance(given, g, SURNAME_AFTER_GIVEN_EDITS) <= SURNAME_AFTER_GIVEN_EDITS,
        );
        if (close)
          credit(e, (SPEAKER_MATCH.otherName + SPEAKER_MATCH.surname) * SPEAKER_MATCH.typo, [i, i + 1]);
      }
    }
  }

  /**
   * Name words a word of a question stands for, by the word: a briefing's questions repeat its names,
   * and finding a typo's names reads every name word of its shape. Bounded: cleared when full.
   */
  private readonly likeCache = new Map<string, [string, number][]>();

  /** Name words a typed word stands for, each with how sure: 1 exact, less for a typo or a prefix. */
  private nameWordsLike(w: string, prefix: boolean): [string, number][] {
    if (prefix) return this.nameWordsLikeUncached(w, true);
    let out = this.likeCache.get(w);
    if (!out) {
      if (this.likeCache.size >= LIKE_CACHE_WORDS) this.likeCache.clear();
      out = this.nameWordsLikeUncached(w, false);
      this.likeCache.set(w, out);
    }
    return out;
  }

  private nameWordsLikeUncached(w: string, prefix: boolean): [string, number][] {
    const out: [string, number][] = [];
    if (this.byWord.has(w)) out.push([w, 1]);
    // A typo of a name is read in words of five letters or more: shorter ones are too often another
    // word one letter away ("much", "Mich").
    // A word of everyday English typed right ("polite") is not a misspelt name ("Polity").
    const typos = w.length >= 5 && !isEverydayWord(w) ? maxTypos(w) : 0;
    if (!prefix) {
      // Only words of a length within reach are read, in the order of the scan over all of them.
      const near: string[] = [];
      for (let length = w.length - typos; typos > 0 && length <= w.length + typos; length++) {
        for (const known of this.nameWordsByShape.get(`${w[0]}:${length}`) ?? []) {
          if (known !== w && editDistance(w, known, typos) <= typos) near.push(known);
        }
      }
      near.sort((a, b) => (this.nameWordOrder.get(a) ?? 0) - (this.nameWordOrder.get(b) ?? 0));
      for (const known of near) out.push([known, SPEAKER_MATCH.typo]);
      return out;
    }
    const candidates = this.nameWordsByInitial.get(w[0] as string) ?? new Set<string>();
    for (const known of candidates) {
      if (known === w) continue;
      if (prefix && w.length >= 2 && known.startsWith(w)) out.push([known, SPEAKER_MATCH.prefix]);
      else if (typos > 0 && Math.abs(known.length - w.length) <= typos) {
        if (editDistance(w, known, typos) <= typos) out.push([known, SPEAKER_MATCH.typo]);
      }
    }
    return out;
  }

  /**
   * "What did the mayor say?": a subject that is one office word and nothing else stands for the
   * people whose roles hold that word (the question's speaker when only one does). Two words ("the
   * foreign minister") are `matchRoles`'s.
   */
  private officeHolders(
    list: readonly string[],
    from: number,
    to: number,
  ): { holders: Entry[]; at: number } | null {
    let at = -1;
    for (let i = from; i < to; i++) {
      const w = list[i] as string;
      if (STOP_WORDS.has(w)) continue;
      // "the CFO": an office's shorthand is an office word too.
      if (at >= 0 || !(TITLE_WORDS.has(w) || expansionOf(w).length > 1)) return null;
      at = i;
    }
    if (at < 0) return null;
    // "the CEO": the people whose roles say "chief executive".
    const office = list[at] as string;
    const expanded = expansionOf(office);
    const holders =
      expanded.length > 0 && this.holdersOf(office).length === 0
        ? this.holdersOf(expanded[0] as string).filter((e) =>
            expanded.every((w) => this.holdersOf(w).includes(e)),
          )
        : this.holdersOf(office);
    return { holders: holders.filter((e) => e.person), at };
  }

  /**
   * The speakers a name typed on its own fits (autocomplete, `/quotes speaker:`), best first: as
   * `match` finds them, less a person a word of the name does not fit. Typed alone, every name word
   * counts, the first too (a question's first word is capitalised as any sentence's is, so `match`
   * cannot tell), so "Mike Pence" is not Mike DuHaime nor "Bill Clinton" Hillary Clinton.
   *
   * @example matcher.typedName('Mike Pence') // [] where the only Mike quoted is Mike DuHaime
   */
  typedName(typed: string): SpeakerMatch[] {
    const text = this.joinNames(typed);
    const list = words(text);
    const cased = casedWords(text);
    return this.match(text, { prefix: true }).filter((m) => {
      const e = this.entryFor(m.speaker);
      return !e?.person || list.every((w, i) => m.words.includes(i) || fitsPerson(w, cased[i] ?? w, e));
    });
  }

  /** Each speaker's entry, made on the first typed name (a lookup, not a scan of thousands of speakers). */
  private entriesBySpeaker: Map<Speaker, Entry> | null = null;

  private entryFor(speaker: Speaker): Entry | undefined {
    this.entriesBySpeaker ??= new Map(this.entries.map((e) => [e.speaker, e]));
    return this.entriesBySpeaker.get(speaker);
  }

  /** The people whose roles hold the one office word typed ("minister", "the mayor"), most quoted first. */
  officeHoldersTyped(text: string): Speaker[] {
    const list = words(text);
    return (this.officeHolders(list, 0, list.length)?.holders ?? [])
      .map((e) => e.speaker)
      .sort((a, b) => b.statements - a.statements);
  }

  /** The entries whose roles hold an office word ("mayor", "mayors"), each once. */
  private holdersOf(word: string): Entry[] {
    const stem = term(word);
    return stem === null ? [] : (this.byRoleWord.get(stem) ?? []).map(([e]) => e);
  }

  /**
   * How many speakers' roles hold every one of some office words ("prime", "minister"): "no one the
   * briefing quotes is described as the prime minister" is said only at 0.
   */
  roleHolders(offices: readonly string[]): number {
    const [first, ...rest] = offices.map((w) => new Set(this.holdersOf(w)));
    if (!first) return 0;
    let n = 0;
    for (const e of first) if (rest.every((set) => set.has(e))) n++;
    return n;
  }

  /** Credits speakers holding most of a role's words ("the Chinese foreign ministry spokesman"). */
  private matchRoles(
    list: string[],
    cased: readonly string[],
    runs: CapitalRuns,
    credit: (e: Entry, score: number, at: number[]) => void,
  ): void {
    const stems = list.map((w) => (STOP_WORDS.has(w) ? null : term(w)));
    const question = ++this.questions;
    // Where in the question each role word stands: many speakers' roles share their words.
    const places = new Map<string, number>();
    const placeOf = (r: string) => {
      let i = places.get(r);
      if (i === undefined) {
        i = stems.findIndex((s) => s !== null && s.charCodeAt(0) === r.charCodeAt(0) && sameRoot(s, r));
        places.set(r, i);
      }
      return i;
    };
    // How many role words of each entry the question holds, over all its roles: an entry with fewer
    // than two can have no role of two words found, and is not read.
    const counted = (r: string) => {
      for (const [e, n] of this.byRoleWord.get(r) ?? []) {
        if (this.countedAt[e.n] !== question) {
          this.countedAt[e.n] = question;
          this.roleWordsFound[e.n] = 0;
        }
        this.roleWordsFound[e.n] = (this.roleWordsFound[e.n] as number) + n;
      }
    };
    const seen = new Set<string>();
    for (const s of stems) {
      if (s === null) continue;
      const near =
        s.length >= ROOT_PREFIX ? (this.roleWordsByPrefix.get(s.slice(0, ROOT_PREFIX)) ?? []) : [s];
      for (const r of near) {
        if (seen.has(r) || !this.byRoleWord.has(r) || placeOf(r) < 0) continue;
        seen.add(r);
        counted(r);
      }
    }
    // Entries reached by a word of the question as typed, in the order they are reached.
    const reached: Entry[] = [];
    for (const s of stems) {
      if (!s) continue;
      for (const e of this.byRoleStem.get(s) ?? []) {
        if (this.reachedAt[e.n] === question) continue;
        this.reachedAt[e.n] = question;
        if (this.countedAt[e.n] === question && (this.roleWordsFound[e.n] as number) >= 2) reached.push(e);
      }
    }
    for (const e of reached) {
      let best = 0;
      let at: number[] = [];
      for (const wanted of e.roleWords) {
        // Counted first: most roles reached hold one word of the question, and need no list.
        let found = 0;
        for (const r of wanted) if (placeOf(r) >= 0) found++;
        if (found < 2 || found / wanted.length < SPEAKER_MATCH.roleShare) continue;
        const hitAt: number[] = [];
        for (const r of wanted) {
          const i = placeOf(r);
          if (i >= 0) hitAt.push(i);
        }
        const share = hitAt.length / wanted.length;
        if (
          hitAt.length >= 2 &&
          share >= SPEAKER_MATCH.roleShare &&
          !otherNameBeside(runs, cased, hitAt, e)
        ) {
          const score = SPEAKER_MATCH.role * share * Math.min(hitAt.length, 3);
          if (score > best) {
            best = score;
            at = hitAt;
          }
        }
      }
      if (best > 0) credit(e, best, at);
    }
  }
}

/** A party and state tag ("D-Mass", "R-Tex"): part of how news names a lawmaker, no name word. */
const PARTY_TAG = /^[dri]-[a-z.]+$/u;

/** A word without its accents ("lópez" → "lopez"): names are often typed without them. */
const unaccented = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Whether a word typed in a name (`raw` as typed) fits the person though the match was not found by
 * it: one of their name words (accents aside, or a part of a hyphenated one, or one hyphenated into
 * theirs: "Son hui" for Son-hui, "Jong-un" for Jong Un), another form of one of their given names
 * ("Bill" for William), or a word that names no one (a title, abbreviated or not, an initial, a word
 * of their role, a party tag).
 */
function fitsPerson(w: string, raw: string, e: Entry): boolean {
  if (w.length < 2 || neutralNameWord(raw) || neutralNameWord(`${raw}.`) || PARTY_TAG.test(w)) return true;
  const names = [...e.nameWords].map(unaccented);
  const bare = unaccented(w);
  if (names.includes(bare) || bare.split('-').every((part) => names.includes(part))) return true;
  if (names.some((n) => n.includes('-') && n.split('-').includes(bare))) return true;
  if (otherForms(w).some((form) => e.nameWords.has(form))) return true;
  const roleStems = new Set(e.roles.flat());
  return [w, ...expansionOf(w)].some((x) => roleStems.has(term(x) ?? x));
}

/** Letters a surname typed right after its person's given name may be off by ("Tait" for "Tate"). */
const SURNAME_AFTER_GIVEN_EDITS = 2;

/**
 * Fewest letters of a given name read as a typo of another before a surname typed right ("Colum"
 * for Callum); shorter words ("did", "Ann") are too often a question's own word or another name.
 */
const MIN_GIVEN_TYPO = 4;

/** An honorific that tells a man from a woman, as a question types it ("Ms", "Mrs.", "Mr"). */
const HONORIFIC_SEX = /^(Mr|Ms|Mrs|Miss)\.?$/u;

/**
 * Whether the word at `i` stands in a run of capitalised words naming someone or something else:
 * "Harlow State" is not the group "the State", "Petra Quist" not "Anna Quist". Titles, honorifics
 * and initials belong to any name.
 */
function namesOther(runs: CapitalRuns, cased: readonly string[], i: number, e: Entry): boolean {
  const run = runs.runOf(i);
  if (!run) return false;
  // "Ms. Roe" is not Tom Roe, nor "Mr. Roe" Jane Roe, where the given name tells.
  const sex = sexOfGivenName(e.speaker.name.toLowerCase());
  for (let k = Math.max(0, run.from - 1); k <= run.to; k++) {
    const honorific = HONORIFIC_SEX.exec(cased[k] as string)?.[1];
    if (honorific && sex && (honorific === 'Mr' ? 'male' : 'female') !== sex) return true;
  }
  for (let k = run.from; k <= run.to; k++) {
    const raw = cased[k] as string;
    // The question's first word is capitalised as any sentence's is.
    if (k === i || k === 0 || e.nameWords.has(raw.toLowerCase())) continue;
    if (!neutralNameWord(raw)) return true;
  }
  return false;
}

/**
 * Whether a name the speaker's role lacks stands among or beside the role's words in the text: "the
 * Harlow State economics professor" is not "a professor of economics at Yale". Only the capitalised
 * runs touching the role's words count, not the rest of the question.
 */
function otherNameBeside(
  runs: CapitalRuns,
  cased: readonly string[],
  at: readonly number[],
  e: Entry,
): boolean {
  let from = Math.min(...at);
  let to = Math.max(...at);
  from = runs.runOf(from - 1)?.from ?? from;
  to = runs.runOf(to + 1)?.to ?? to;
  const known = (raw: string) => {
    const w = raw.toLowerCase();
    const stem = term(w);
    // "Sweden's trade minister" for "Swedish trade minister": one root.
    return (
      e.nameWords.has(w) || (stem !== null && e.roles.some((r) => r.some((x) => sameCapitalRoot(x, stem))))
    );
  };
  for (let k = Math.max(1, from); k <= to; k++) {
    const run = runs.runOf(k);
    if (!run) continue;
    const list = cased.slice(Math.max(1, run.from), run.to + 1);
    k = run.to;
    // A run holding a word of the role ("Trey Roe's" for "Roe's spokesman") is the role's own.
    if (list.some(known)) continue;
    if (list.some((w) => !neutralNameWord(w))) return true;
  }
  return false;
}

/**
 * A place's name and its people's word share most of their letters: "sweden"/"swedish",
 * "norway"/"norwegian" (all but the last three letters of the shorter), while "slovakia" is not
 * "slovenian".
 */
function sameCapitalRoot(a: string, b: string): boolean {
  if (sameRoot(a, b)) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return k >= Math.max(4, short.length - 3);
}

/**
 * Whether two stems are one word in different forms: equal, or sharing all but the last letters of
 * the shorter ("mexico"/"mexican", "china"/"chines"), as nationality words differ from their country.
 */
export function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length < 4) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return k >= 4 && k >= short.length - 1;
}

function entryOf(speaker: Speaker): EntryData {
  const nameList = words(speaker.name);
  const person = isPerson(speaker, nameList);
  const nameWords = new Set<string>();
  for (const form of [speaker.name, ...speaker.aliases]) {
    for (const w of words(form)) {
      if (w.length >= 2 && !STOP_WORDS.has(w) && !WEAK_NAME_WORDS.has(w)) nameWords.add(w);
    }
  }
  const realNames = nameList.filter((w) => !WEAK_NAME_WORDS.has(w));
  return {
    nameWords: [...nameWords],
    surname: realNames[realNames.length - 1] ?? '',
    wholeNames: [speaker.name, ...speaker.aliases]
      .map((n) => words(n).filter((w) => w !== 'the'))
      .filter((n) => n.length > 0),
    shortName: person ? null : (words(shortName(speaker.name)[0] ?? '')[0] ?? null),
    roles: speaker.roles
      .map((r) => words(r).flatMap((w) => (STOP_WORDS.has(w) ? [] : [term(w) ?? w])))
      .filter((r) => r.length > 0),
    person,
  };
}

/**
 * A body's name by its first word when that word is no everyday English ("the Halvard" for the
 * Halvard Institution): how news calls a body after naming it in full. Not "the National" for the
 * National Gallery.
 */
function shortName(name: string): string[] {
  const [first, ...rest] = casedWords(name).filter((w) => w.toLowerCase() !== 'the');
  if (!first || rest.length === 0 || !/^\p{Lu}\p{Ll}{3,}$/u.test(first)) return [];
  return isEverydayWord(first.toLowerCase()) ? [] : [first];
}

/** A person is named by two words or more, or addressed with an honorific; else a body speaks. */
function isPerson(speaker: Speaker, nameList: string[]): boolean {
  const kind = (speaker as Speaker & { kind?: string }).kind;
  if (kind !== undefined) return kind === 'person';
  if (casedWords(speaker.name).some((w) => NON_PERSON_WORDS.has(w))) return false;
  return nameList.length >= 2 || speaker.aliases.some((a) => /^(?:Mr|Ms|Mrs|Dr)\.?\s/u.test(a));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
