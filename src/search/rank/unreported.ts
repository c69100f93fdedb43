/**
 * Refusal after ranking: the passages found are about what the question is about, yet do not report
 * what it asks. A question can name only things the briefing mentions and still ask what it never
 * says: who won a match it reports only before play ("Who won the final between Roe and Doe?"), a
 * count at a place it mentions only beside another event ("How many were arrested in Lyon?"), what
 * someone told people that no passage found names. The best passage is read with its neighbours
 * and its article's lead: a sentence that answers often leans on the one before it, and a dateline
 * or a headline sets where a whole article happens. A place named last before the best passage (or
 * in it) sets where it happens too: news names a place once and reports what happened there after
 * it ("Roe landed in Lyon …", then her speech's quotes), until it names another.
 */
import { findPlaceMentions, isWhere } from '../../attribution/places.ts';
import { matchesOf } from '../../matches.ts';
import type { Question } from '../question/analyze.ts';
import { STOP_WORDS, term, words } from '../text.ts';
import { holdsRun, type TokenTable } from '../tokens.ts';
import { UNREPORTED } from '../weights.ts';

/** What `unreported` reads of the index. */
export interface UnreportedSource {
  /** Each passage's token ids, in text order. */
  readonly tokens: readonly Int32Array[];
  readonly table: TokenTable;
  /** The passage before or after in the same article, if any. */
  neighbour(id: number, step: -1 | 1): number | undefined;
  /** Passages whose text holds a stem, ascending. */
  holding(stem: string): Iterable<number>;
  /** A passage's text. */
  text(id: number): string;
  /** The title and dateline of the passage's article. */
  heading(id: number): string;
  /** Whether the briefing only ever writes the word capitalised. */
  isName(word: string): boolean;
}

/**
 * "Who won …", "Which team lost …", "Who was the winner …": a question about an outcome. Only the
 * question's opening is read, so an outcome named further on ("What did she say after she won?") is
 * a question about something else.
 */
const OUTCOME_QUESTION =
  /^\s*(?:who|which\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:(?:has|have|had|will|would)\s+)?(?:won|wins|win|lost|loses|lose|beat|beats|defeated|defeats|prevailed|triumphed)\b|^\s*who\s+(?:is|was|were|are)\s+the\s+(?:winners?|losers?|victors?)\b/iu;

/**
 * Words that report an outcome, in English news: the one who won or lost is said so with one of
 * them, or with a verb of getting what was at stake ("took the title", "carried the state",
 * "received most of the votes"). Stems, so "victories" and "victory", "defeat" and "defeated" are
 * one. Read only beside another word of the question (`reportsOutcome`).
 */
const OUTCOME_STEMS = [
  ...new Set(
    'win wins won winning winner winners victory victories victorious victor beat beats beaten defeat defeated defeats lose loses lost losing loser losers prevail prevailed triumph triumphed clinch clinched elected carry carried sweep swept capture captured secure secured receive received take took'
      .split(' ')
      .map((w) => term(w) ?? w),
  ),
];

/** Whether the question asks who won or lost. */
export function asksOutcome(question: Pick<Question, 'text'>): boolean {
  // A plain test first: the Unicode pattern costs milliseconds to compile the first time it runs.
  return OUTCOME_WORD.test(question.text) && OUTCOME_QUESTION.test(question.text);
}

/** Every word `OUTCOME_QUESTION` needs one of, as the start of a word. */
const OUTCOME_WORD = /\b(?:won|win|lost|los|beat|defeat|prevail|triumph|victor)/i;

/** What `askedPlaces` reads of the briefing for a question typed in lower case. */
export interface PlaceLexicon {
  isName(word: string): boolean;
  /** Whether some passage holds the words side by side, in this order. */
  holdsPhrase(words: readonly string[]): boolean;
}

/**
 * Whom "What did X tell …" asks about: the words after the verb, up to what was told ("about …",
 * "that …") or where and when ("in …", "after …"). Only questions about what someone said.
 */
export function addressee(question: Pick<Question, 'text' | 'asks'>): string[] {
  if (question.asks !== 'said') return [];
  const m = TOLD.exec(question.text);
  return m ? words(m[1] as string).filter((w) => !STOP_WORDS.has(w)) : [];
}

const TOLD =
  /\b(?:tell|tells|told|tel)\s+((?:[\p{L}\p{N}'’.-]+\s+){0,3}?[\p{L}\p{N}'’.-]+)\s*(?:\b(?:about|that|when|where|why|how|if|to|in|on|at|before|after|during|over|b4)\b|[?.!,]|$)/iu;

/**
 * The places a question sets what it asks in ("… in Lyngby", "… at Ostvik Pier"): capitalised runs
 * after a locative preposition, as the text's places are read. "to" is left out: "spoke to American
 * officials", "lose to Roe" name people as often as places. A question typed in lower case ("… in
 * san remo") has its places read with the briefing's help: a word the briefing writes only as a
 * name, and the words after it the briefing writes beside it ("san remo", not "san remo yesterday").
 */
export function askedPlaces(question: Pick<Question, 'text'>, lexicon: PlaceLexicon): string[] {
  // The question's first word is capitalised as any sentence's: "In Lyon, who …" reads as "in Lyon".
  const text = question.text.replace(/^\s*[A-Z][a-z]*/, (w) => w.toLowerCase());
  if (text !== text.toLowerCase()) {
    return findPlaceMentions(text)
      .filter(isWhere)
      .map((m) => m.place);
  }
  const places: string[] = [];
  // Most questions hold no such preposition: a plain test first, before the Unicode pattern (which
  // costs milliseconds to compile the first time a question runs it).
  if (!PLACE_PREPOSITION.test(text)) return places;
  for (const m of matchesOf(LOWER_CASE_PLACE, text)) {
    const typed = words((m[1] as string).replace(/['’]s\b.*$/su, ''));
    const first = typed[0];
    if (first === undefined || STOP_WORDS.has(first) || !lexicon.isName(first)) continue;
    const run = [first];
    for (const w of typed.slice(1)) {
      if (STOP_WORDS.has(w) || !lexicon.holdsPhrase([...run, w])) break;
      run.push(w);
    }
    places.push(run.join(' '));
  }
  return places;
}

const PLACE_PREPOSITION = /\b(?:in|at|near|from|outside|inside)\s/;

/**
 * A locative preposition and the words after it, up to punctuation: a lower-case question's place.
 * The words are looked ahead at, so "stay at in san remo" reads "in san remo" too.
 */
const LOWER_CASE_PLACE = new RegExp(
  String.raw`\b(?:in|at|near|from|outside|inside)\s+(?=((?:[\p{L}\p{N}'’.-]+\s*){1,${UNREPORTED.placeWords}}))`,
  'gu',
);

/**
 * Why the passages found (`ranked`, best first) cannot answer the question, or null. Refuses only on
 * what the question asks beyond its words: an outcome that none of the first passages (with their
 * neighbours) reports, a place the briefing names only away from the best passage, its neighbours
 * and its article's lead, those told something when the passages found are only related and none
 * around the best names them. A place or a person the briefing never names is not read here (the
 * question is refused before ranking as about something it lacks).
 */
export function unreported(
  question: Question,
  ranked: readonly number[],
  source: UnreportedSource,
  only: { related: boolean },
): string | null {
  const { table } = source;
  const best = ranked[0];
  if (best === undefined) return null;
  // Any of the first passages found may report the outcome: ranking may put a preview first.
  if (asksOutcome(question)) {
    const outcome = new Set(OUTCOME_STEMS.flatMap((s) => table.ofStem(s) ?? []));
    const about = question.terms
      .flatMap((t) => t.stems.flatMap((s) => table.ofStem(s) ?? []))
      .filter((t) => !outcome.has(t));
    const read = ranked.slice(0, UNREPORTED.outcomeRead).flatMap((id) => windowOf(id, source));
    if (!read.some((id) => reportsOutcome(source.tokens[id] as Int32Array, outcome, about)))
      return 'The briefing does not say who won or lost.';
  }
  // The tokens of the best passage and its neighbours: read only by a question naming those told or a place.
  const window = windowOf(best, source);
  let aroundSet: Set<number> | undefined;
  const around = () => {
    if (!aroundSet) {
      aroundSet = new Set<number>();
      for (const id of window) for (const t of source.tokens[id] as Int32Array) aroundSet.add(t);
    }
    return aroundSet;
  };
  // "What did Roe tell the auditors?" answered only by related passages none of which names the
  // auditors: the briefing does not report her telling them anything.
  const told = only.related ? addressee(question) : [];
  const toldIds = table.ofWords(told).filter((t) => t >= 0 && !table.isStop(t));
  if (toldIds.length > 0 && !toldIds.some((t) => around().has(t))) {
    return `No passage reports what was told to ${told.join(' ')}.`;
  }
  let lead: Set<number> | undefined;
  let scene: string | null | undefined;
  const lexicon = {
    isName: (w: string) => source.isName(w),
    holdsPhrase: (ws: readonly string[]) => holdsPhrase(ws, source),
  };
  for (const place of askedPlaces(question, lexicon)) {
    const ids = table.ofWords(words(place)).filter((t) => !table.isStop(t));
    // A word of the place the briefing never uses: not this rule's to judge.
    if (ids.length === 0 || ids.includes(-1)) continue;
    if (ids.every((t) => around().has(t))) continue;
    lead ??= leadOf(best, source);
    if (ids.every((t) => lead?.has(t))) continue;
    // "Central America" asked, "Central American" written: the place as the start of a word.
    const named = placePattern(place);
    const texts = [...window, firstOf(best, source)].map((id) => source.text(id));
    if ([...texts, source.heading(best)].some((text) => named.test(text))) continue;
    scene ??= sceneOf(best, source);
    if (scene !== null && named.test(scene)) continue;
    return `Nothing in the briefing reports this in ${place}.`;
  }
  return null;
}

/** The place's words in a row, the last one possibly the start of a longer word ("Americans"). */
function placePattern(place: string): RegExp {
  const escaped = words(place).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(String.raw`\b${escaped.join(String.raw`[\s\p{P}]+`)}`, 'iu');
}

/** The first passage of the passage's article. */
function firstOf(id: number, source: UnreportedSource): number {
  let first = id;
  for (let p = source.neighbour(id, -1); p !== undefined; p = source.neighbour(p, -1)) first = p;
  return first;
}

/**
 * The place named last ("in Lyon", "at Harbour Hall") in the passage or, when it names none, in the
 * nearest passage before it in its article that names one, `UNREPORTED.sceneReach` passages back at
 * most: where the article has got to.
 */
function sceneOf(id: number, source: UnreportedSource): string | null {
  let p: number | undefined = id;
  for (let k = 0; p !== undefined && k <= UNREPORTED.sceneReach; k++, p = source.neighbour(p, -1)) {
    const last = findPlaceMentions(source.text(p)).at(-1);
    if (last) return last.place;
  }
  return null;
}

/** The passage and `UNREPORTED.neighbours` passages on each side of it in its article. */
function windowOf(id: number, source: UnreportedSource): number[] {
  const out = [id];
  for (const step of [-1, 1] as const) {
    let p = source.neighbour(id, step);
    for (let k = 0; p !== undefined && k < UNREPORTED.neighbours; k++, p = source.neighbour(p, step))
      out.push(p);
  }
  return out;
}

/** Tokens of the article's title, dateline and first body passage: where the whole article happens. */
function leadOf(id: number, source: UnreportedSource): Set<number> {
  return new Set([
    ...source.table.ofWords(words(source.heading(id))),
    ...(source.tokens[firstOf(id, source)] as Int32Array),
  ]);
}

/** Whether some passage holds the words side by side (only those holding the first word are read). */
function holdsPhrase(list: readonly string[], source: UnreportedSource): boolean {
  const phrase = source.table.ofWords(list);
  const stem = term(list[0] ?? '');
  if (phrase.includes(-1) || !stem) return false;
  for (const id of source.holding(stem)) if (holdsRun(phrase, source.tokens[id] as Int32Array)) return true;
  return false;
}

/**
 * Whether a passage reports an outcome of what the question asks about: a word for an outcome beside
 * another word of the question ("Roe won the final"), not an outcome of anything else ("the seat she
 * won in 2012", asked who won a debate).
 *
 * @param outcome  token ids of `OUTCOME_STEMS`
 * @param about  token ids of the question's other words
 */
function reportsOutcome(tokens: Int32Array, outcome: ReadonlySet<number>, about: readonly number[]): boolean {
  return tokens.some((t) => outcome.has(t)) && about.some((t) => tokens.includes(t));
}
