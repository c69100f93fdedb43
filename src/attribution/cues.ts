/**
 * Attribution cues of one sentence: a reporting word and its source. The sentence's quotes are masked,
 * so the words read here are the frame around them. A source is found
 * - before its verb: "Roe said", "Sen. Jane Roe (D-Mo.) said", "Roe on Tuesday said", "Roe now says",
 *   "Roe, meanwhile, says", "Roe, the party's leader since 2010, who …, said";
 * - after it: "…,” said Radio Norte host Lina Vasquez", "Said Roe: …";
 * - as the subject of the clause a participle hangs on: "Roe left early, saying …";
 * - after "according to", in "as Roe put it", after a dash that follows a quote ("… ” ― Jane Roe"),
 *   or as a speaker's label opening a transcript line ("ROE: …").
 * The noun phrases themselves are read in `phrases.ts`. Every scan is bounded by a fixed number of
 * words, so a sentence is read in linear time.
 */
import {
  AMOUNT_WORDS,
  CORE_SPEECH_VERBS,
  DETERMINERS,
  FEMALE_PRONOUNS,
  FUNCTION_WORDS,
  GROUP_WORDS,
  HONORIFICS,
  IRREGULAR_PASTS,
  MALE_PRONOUNS,
  NEGATORS,
  NOUN_LIKE_SPEECH,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
  SUBJECT_VERB_FILLERS,
  TELL_FORMS,
  TIME_UNITS,
  TIME_WORDS,
  TITLE_WORDS,
  wordTest,
} from './lexicon.ts';
import {
  describe,
  isHonorific,
  isNounPhraseWord,
  isTitleWord,
  type Mention,
  parseMention,
} from './mentions.ts';
import {
  asidePlace,
  backwardNounPhrase,
  basedPlace,
  candidatePhrase,
  clauseOf,
  clauseStarts,
  clauseSubject,
  closesClause,
  described,
  describedAfter,
  describedBefore,
  endsPhrase,
  firstConjunct,
  forwardNounPhrase,
  isAside,
  isFiller,
  MAX_ASIDE_WORDS,
  MAX_ASIDES,
  MAX_RELATIVE_CLAUSE_WORDS,
  relativeSubject,
  roleOfAside,
  SUBORDINATORS,
  type Subject,
} from './phrases.ts';
import { cleanPlace, isPlaceNoun } from './places.ts';
import {
  bare,
  cutToken,
  isNameWord,
  isPossessive,
  PARTY_TAG,
  parentheticalBefore,
  pluralOwner,
  type Token,
} from './tokens.ts';

/**
 * How a cue names its source. `continued` is a sentence opening with a participle and no subject
 * ("Adding, “…”"): the speaker of the sentence before goes on.
 */
export type CueKind = 'verb' | 'participle' | 'according' | 'dash' | 'label' | 'continued';

export interface Cue {
  kind: CueKind;
  /** The source as named or described, or null when it is a pronoun (`pronoun`). */
  mention: Mention | null;
  /** "he" or "she", to be resolved to a person named before. */
  pronoun: 'male' | 'female' | null;
  /** The reporting word ("said", "according", the dash). */
  verb: Token;
  /** Offsets of the attribution itself (source and verb): not part of what was said. */
  from: number;
  to: number;
  /** Offsets of an apposition or aside giving the role or the circumstances: not what was said. */
  asideSpan: [number, number] | null;
  /** A place the aside gives ("Roe, speaking in Graz, said"). */
  place: string | null;
  /** How strongly this is the sentence's main attribution. */
  score: number;
  /** Which clause of the sentence holds the cue ("Roe said …; Doe said …", "…, while Doe argued …"). */
  clause: number;
  /** The cue whose reported clause holds this one ("Roe said Doe called …" → Roe's), if any. */
  outer: Cue | null;
  /** A statement noun and its possessor ("Roe’s claim that …"), not a verb. */
  possessed: boolean;
  /**
   * A finite verb of talking with what was talked about ("Roe spoke of the harbour's decline", "spoke
   * out against …"): what was said reads only with its sentence, which is the statement.
   */
  talkedOf: boolean;
}

/** Words that may open a noun phrase before its noun-phrase words ("one Democratic source"). */
const BE = /^(?:is|was|are|were|be|been|being|'s|’s)$/u;
const RELATIVE = /^(?:who|whom|which)$/u;
/**
 * Every attribution cue of a sentence (tokens of the masked text, in order).
 *
 * @example findCues(tokenize('“Go,” said Mr. Roe.'), '··········said Mr. Roe.')[0].mention.name // 'Roe'
 */
export function findCues(tokens: readonly Token[], masked: string, paragraphStart: boolean): Cue[] {
  const cues: Cue[] = [];
  const firstWord = tokens.findIndex((t) => !t.quoted);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted) {
      // "Jane Roe -- “…”": a name, a dash, then the quote.
      const before =
        i > 0 && DASH.test(masked.slice((tokens[i - 1] as Token).end, t.start))
          ? dashBefore(tokens, i - 1, masked)
          : null;
      if (before) cues.push(before);
      continue;
    }
    if (!CUE_WORDS.has(t.lower) && !(i > 0 && (tokens[i - 1] as Token).quoted)) continue;
    // "Roe issued the following statement:": the statement noun's index, read once.
    const issued = ISSUE.test(t.lower) ? issuedStatement(tokens, i) : -1;
    let cue: Cue | null = null;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cue = accordingTo(tokens, i, masked);
    } else if (VIEW_NOUNS.has(t.lower) && i > 0 && isPossessive(tokens[i - 1] as Token)) {
      // "in Roe’s telling" is a noun; "with Roe telling reporters …" a participle, read below.
      cue = inViewOf(tokens, i, masked);
    } else if (
      CLAIM_NOUNS.has(t.lower) &&
      (thatAfterNoun(tokens, i) || quotedAfterNoun(tokens, i)) &&
      !t.trailing &&
      ownerBefore(tokens, i) >= 0
    ) {
      cue = possessorOf(tokens, i, masked);
    } else if (ANSWER_BACK.has(t.lower) && tokens[i + 1]?.lower === 'back' && !t.trailing) {
      // "Roe shot back, “…”", "Roe hit back at critics": an answer, like a verb of saying.
      cue = verbCue(tokens, i, masked, false);
    } else if (POINT.test(t.lower) && tokens[i + 1]?.lower === 'out' && !t.trailing && t.core === t.lower) {
      // "Roe pointed out that …", "as Roe pointed out, “…”": a verb of saying with its particle,
      // which is no part of what was said ("Doctors, she points out, earn more").
      const found = verbCue(tokens, i, masked, t.lower === 'pointing');
      cue = found ? cueWith(found, { to: Math.max(found.to, (tokens[i + 1] as Token).end) }) : null;
    } else if (talksAbout(tokens, i)) {
      // "as Roe went on about “…”", "Roe talked about “…”": speech whose object is the quote.
      cue = verbCue(tokens, i, masked, false);
      if (cue && TALKED.test(t.lower)) cue.talkedOf = true;
    } else if (issued > 0) {
      // "Roe issued the following statement:": the words the colon brings in are the subject's; the
      // noun is part of the attribution, no statement of its own.
      const found = verbCue(tokens, i, masked, false);
      const noun = tokens[issued] as Token;
      cue = found ? cueWith(found, { kind: 'dash', to: Math.max(found.to, noun.end) }) : null;
    } else if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it') {
      // "as Roe put it": the phrase reports wording like a verb of saying.
      cue = verbCue(tokens, i, masked, false);
    } else if (
      SPEECH_VERBS.has(t.lower) &&
      (t.core === t.lower || i === firstWord) &&
      // "prices continued to rise": "continue" before an infinitive goes on doing, says nothing.
      !(CONTINUE.test(t.lower) && tokens[i + 1]?.lower === 'to' && !t.trailing) &&
      // "the so-called plan", "the so called plan": a manner of naming, no attribution.
      !(t.lower === 'called' && tokens[i - 1]?.lower === 'so' && !tokens[i - 1]?.trailing) &&
      // "veterans ask for help": a request for a thing reports no words, unless the sentence quotes
      // some ("asked for a sentence of three years, calling it “…”").
      !(
        ASK_FOR.test(t.lower) &&
        tokens[i + 1]?.lower === 'for' &&
        !t.trailing &&
        !tokens.some((x) => x.quoted)
      ) &&
      !reactsTo(tokens, i) &&
      !ingNoun(tokens, i) &&
      !addsAmount(tokens, i) &&
      !namedEvent(tokens, i) &&
      !objectRelative(tokens, i) &&
      !chargesWith(tokens, i) &&
      !pluralNounSubject(tokens, i) &&
      !pluralNounObject(tokens, i) &&
      !possessedNoun(tokens, i) &&
      !objectOfPastVerb(tokens, i) &&
      !quotesAnother(tokens, i) &&
      !asksNotToBeNamed(tokens, i) &&
      !passiveAfterNoun(tokens, i)
    ) {
      cue = verbCue(tokens, i, masked, SPEECH_PARTICIPLES.has(t.lower));
    } else if (
      i > 0 &&
      (tokens[i - 1] as Token).quoted &&
      DASH.test(masked.slice((tokens[i - 1] as Token).end, t.start))
    ) {
      cue = dashCue(tokens, i, masked);
    } else if (
      // "“…,” beamed Jane Roe.": any verb in the past right after a quote, before the name that
      // closes the clause, attributes it like a verb of saying.
      i > 0 &&
      (tokens[i - 1] as Token).quoted &&
      INVERTED_VERB.test(t.core) &&
      !t.trailing &&
      tokens[i + 1] !== undefined &&
      (isNameWord(tokens[i + 1] as Token) || isHonorific(tokens[i + 1] as Token))
    ) {
      cue = verbCue(tokens, i, masked, false);
    }
    if (cue?.kind === 'participle') cue = afterCue(cue, cues[cues.length - 1], tokens[i - 1]);
    if (cue?.kind === 'participle') cue = sharedParticiple(cue, cues, tokens[i - 1]);
    if (cue?.kind === 'verb') cue = sharedVerb(cue, cues, tokens, i);
    if (cue) cues.push(cue);
  }
  if (paragraphStart) {
    const label = labelCue(tokens, masked);
    if (label) cues.push(label);
  }
  return cues;
}

/**
 * "…, Roe said, adding …", "…,” said Roe, noting …": a participle right after an attribution hangs
 * on it, so its speaker is that attribution's source, not the subject of the sentence.
 */
function afterCue(participle: Cue, before: Cue | undefined, prev: Token | undefined): Cue {
  if (!before || !prev || before.kind !== 'verb' || (!before.mention && !before.pronoun)) return participle;
  if (prev.trailing !== ',' || (before.verb !== prev && before.to !== prev.end)) return participle;
  return cueWith(participle, { mention: before.mention, pronoun: before.pronoun });
}

/** Prepositions whose object does not speak the participle after it ("on Facebook writing …"). */
const NOT_SPEAKER_PREPOSITION =
  /^(?:on|in|at|to|from|via|through|into|onto|toward|towards|for|by|about|against)$/u;

/**
 * "with Roe tweeting that … and asking, “…”": a participle joined by "and" to one before it shares
 * its speaker.
 */
function sharedParticiple(participle: Cue, cues: readonly Cue[], prev: Token | undefined): Cue {
  if (prev?.lower !== 'and' || prev.trailing) return participle;
  const before = cues.findLast((c) => c.kind === 'participle' && c.clause === participle.clause);
  if (!before || (!before.mention && !before.pronoun)) return participle;
  return cueWith(participle, { mention: before.mention, pronoun: before.pronoun });
}

/** The most words between two verbs joined by "and" that share a subject ("called … and promised"). */
const MAX_SHARED_VERB_GAP = 10;

/**
 * "the pact, which Roe called a “disaster” and promised to “rip up”": a verb joined by "and" to a
 * verb of saying shortly before it, with no comma between, shares that verb's subject, which may be
 * the subject of a relative clause rather than of the sentence.
 */
function sharedVerb(c: Cue, cues: readonly Cue[], tokens: readonly Token[], i: number): Cue {
  const prev = tokens[i - 1];
  if (!prev || prev.trailing || !/^(?:and|but)$/u.test(prev.lower)) return c;
  const before = cues.at(-1);
  if (before?.kind !== 'verb' || (!before.mention && !before.pronoun)) return c;
  const from = tokens.indexOf(before.verb);
  if (from < 0 || i - from > MAX_SHARED_VERB_GAP) return c;
  // The words between are the first verb's object: no comma, no clause of their own.
  if (tokens.slice(from, i - 1).some((t) => /[,;:]/u.test(t.trailing) || SUBORDINATORS.has(t.lower)))
    return c;
  if (c.mention === before.mention && c.pronoun === before.pronoun) return c;
  return {
    ...c,
    mention: before.mention,
    pronoun: before.pronoun,
    asideSpan: before.asideSpan,
    place: before.place,
  };
}

/** "ROE: …" or "Jane Roe: …" opening a paragraph: a transcript's speaker label. */
function labelCue(tokens: readonly Token[], masked: string): Cue | null {
  const end = tokens.findIndex((t) => t.trailing.startsWith(':'));
  if (end < 0 || end > 2) return null;
  const phrase = tokens.slice(0, end + 1);
  if (!phrase.every((t) => isNameWord(t) || isHonorific(t))) return null;
  // A label is set apart: in capitals, or a name right before the colon. One word not in capitals
  // ("Roe:", "Update:") is a label only if the article names that person in full (see the reader).
  const capitals = phrase.every((t) => t.core === t.core.toUpperCase());
  const mention = parseMention(phrase, masked);
  if (!mention || mention.kind === 'unnamed') return null;
  if (!capitals && phrase.length < 2) mention.sure = false;
  if (mention.name === mention.name.toUpperCase()) {
    mention.name = mention.name
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
  }
  const last = phrase[phrase.length - 1] as Token;
  return cue('label', mention, null, last, (phrase[0] as Token).start, last.end, null, null);
}

function cue(
  kind: CueKind,
  mention: Mention | null,
  pronoun: 'male' | 'female' | null,
  verb: Token,
  from: number,
  to: number,
  asideSpan: [number, number] | null,
  place: string | null,
): Cue {
  return {
    kind,
    mention,
    pronoun,
    verb,
    from,
    to,
    asideSpan,
    place,
    score: 0,
    clause: 0,
    outer: null,
    possessed: false,
    talkedOf: false,
  };
}

/**
 * A copy of `c` with `changes`, made by `cue`: every cue then shares one hidden class. Spread copies
 * ("{ ...c, mention }") each had another, and the hot code reading cues, met with a new one after it
 * was optimised, was thrown back and compiled again.
 */
export function cueWith(c: Cue, changes: Partial<Cue>): Cue {
  const copy = cue(c.kind, c.mention, c.pronoun, c.verb, c.from, c.to, c.asideSpan, c.place);
  copy.score = c.score;
  copy.clause = c.clause;
  copy.outer = c.outer;
  copy.possessed = c.possessed;
  copy.talkedOf = c.talkedOf;
  return Object.assign(copy, changes);
}

/** Participles of getting hold of a document: "seen by", "obtained by", "reviewed by". */
const OBTAINED = /^(?:seen|obtained|reviewed|viewed|acquired|examined|leaked)$/u;

/** "According to Roe, …", "according to a report by the Coast Institute". */
function accordingTo(tokens: readonly Token[], i: number, masked: string): Cue | null {
  const t = tokens[i] as Token;
  // "According to X, …" opening the sentence ("But according to", "Now, according to"): a clause
  // follows the source's comma.
  const opens = i <= MAX_WORDS_BEFORE_OPENING;
  let k = i + 2;
  // "according to a report by X": the body behind the document is the source.
  const head = tokens.slice(k, k + 6);
  const by = head.findIndex((x) => x.lower === 'by' || x.lower === 'from' || x.lower === 'of');
  // But "a report seen by the Guardian": who saw or obtained a document did not write it.
  const obtained = by > 0 && OBTAINED.test((head[by - 1] as Token).lower);
  if (by > 0 && !obtained && head.slice(0, by).every((x) => !isNameWord(x))) k += by + 1;
  const him = tokens[k];
  if (him && /^(?:him|her)$/u.test(him.lower)) {
    return cue('according', null, him.lower === 'him' ? 'male' : 'female', t, t.start, him.end, null, null);
  }
  const familiar = familiarSource(tokens, k, masked);
  if (familiar) return cue('according', familiar.mention, null, t, t.start, familiar.end, null, null);
  const np = forwardNounPhrase(tokens, k, masked);
  // "according to Radio Norte legal analyst Judge Lina Vasquez.": a role no noun phrase reads, then
  // the name that closes the clause; the outlet is part of the role.
  if (!np || !closesClause(tokens, np.end)) {
    const named = roleThenName(tokens, k, t, masked);
    // Not "an account she gave to The Daily", "economists Jane Roe and John Doe": a clause or a
    // list of names is no role ("contributor and historian Jane Roe" is one).
    const phrase = named
      ? tokens.filter((x) => x.start >= (tokens[k] as Token).start && x.end <= named.to)
      : [];
    const list = phrase.some(
      (x, i) =>
        /^(?:and|or)$/u.test(x.lower) && phrase[i + 1] !== undefined && isNameWord(phrase[i + 1] as Token),
    );
    if (named && !list && !phrase.some((x) => NOT_IN_ROLE.test(x.lower)))
      return cueWith(named, { kind: 'according', from: t.start });
    // "According to the Velmar harbour authority, …": a body described by a name and common nouns,
    // to the comma, where the noun phrase stopped at the name.
    const described = opens ? describedToComma(tokens, k, masked) : null;
    if (described)
      return cue(
        'according',
        described.mention,
        null,
        t,
        t.start,
        afterSeenBy(tokens, described.end),
        null,
        null,
      );
  }
  if (!np) return null;
  // "According to the Velmar ministry, about 900 farmers rely on …": what follows the comma is the
  // clause reported, not an apposition, when it runs to the sentence's end.
  const last = tokens[tokens.length - 1];
  if (opens && np.asideSpan && last && np.end >= last.end) {
    const aside = tokens.findIndex((x) => x.start >= (np.asideSpan as [number, number])[0]);
    const own = forwardNounPhrase(tokens.slice(0, aside), k, masked);
    if (!own) return null;
    return cue('according', own.mention, null, t, t.start, afterSeenBy(tokens, own.end), null, null);
  }
  return cue(
    'according',
    np.mention,
    null,
    t,
    t.start,
    opens ? afterSeenBy(tokens, np.end) : np.end,
    np.asideSpan,
    null,
  );
}

/** Who news leaves unnamed by what they know: "people familiar with the talks", "a source close to Roe". */
const UNNAMED_HEAD =
  /^(?:people|person|persons|sources?|officials?|individuals?|aides?|diplomats?|someone|those)$/u;
const FAMILIAR = /^(?:familiar|close|knowledgeable|briefed)$/u;
/** Most words from the head to the phrase's end ("familiar with the state's plans for the harbour"). */
const MAX_FAMILIAR_WORDS = 10;

/**
 * "according to people familiar with the talks", "according to a person close to the campaign": an
 * unnamed source described by what they know, to the end of its clause. Null for any other phrase.
 */
function familiarSource(
  tokens: readonly Token[],
  k: number,
  masked: string,
): { mention: Mention; end: number } | null {
  let h = k;
  if (/^(?:a|an|the|two|three|several|some|one|many|other)$/u.test(tokens[h]?.lower ?? '')) h++;
  const head = tokens[h];
  const adjective = tokens[h + 1];
  if (
    !head ||
    !adjective ||
    head.trailing ||
    !UNNAMED_HEAD.test(head.lower) ||
    !FAMILIAR.test(adjective.lower)
  )
    return null;
  for (let e = h + 1; e < tokens.length && e - h <= MAX_FAMILIAR_WORDS; e++) {
    const t = tokens[e] as Token;
    if (t.quoted) return null;
    if (!t.trailing) continue;
    const mention = described(tokens.slice(k, e + 1), masked);
    return mention ? { mention, end: t.end } : null;
  }
  return null;
}

/**
 * Where the source of an opening "according to" ends: after its noun phrase (`end`), or after an
 * aside saying who saw the document ("According to the report, seen by the Herald, …").
 */
function afterSeenBy(tokens: readonly Token[], end: number): number {
  const next = tokens.findIndex((x) => x.start >= end);
  if (next < 0 || !OBTAINED.test((tokens[next] as Token).lower)) return end;
  return tokens.slice(next).find((x) => x.trailing.startsWith(','))?.end ?? end;
}

/** Words that may stand before an opening "according to" ("But", "Now,"). */
const MAX_WORDS_BEFORE_OPENING = 2;

/** Most words of a description read to its comma after "according to" ("the Velmar harbour authority"). */
const MAX_DESCRIBED_WORDS = 6;

/**
 * "the Velmar harbour authority," after "according to": "the", then words to a comma, none a verb or
 * a clause's word, the last a common noun: a body (or person) described, read as one noun phrase.
 */
function describedToComma(
  tokens: readonly Token[],
  k: number,
  masked: string,
): { mention: Mention; end: number } | null {
  if (tokens[k]?.lower !== 'the') return null;
  for (let j = k + 1; j < tokens.length && j - k < MAX_DESCRIBED_WORDS; j++) {
    const w = tokens[j] as Token;
    if (w.quoted || FUNCTION_WORDS.has(w.lower) || SPEECH_VERBS.has(w.lower) || NOT_IN_ROLE.test(w.lower))
      return null;
    if (!w.trailing) continue;
    if (!w.trailing.startsWith(',') || w.core !== w.lower) return null;
    const span = tokens.slice(k, j + 1);
    const mention = parseMention(span, masked);
    if (mention) return { mention, end: w.end };
    // A name then common nouns no lexicon lists ("the Velmar harbour authority"): a body so described.
    if (!span.some((x) => x.core !== x.lower && x.lower !== 'the')) return null;
    const start = (tokens[k] as Token).start;
    const name = masked.slice(start, w.end).replace(/[,\s]+$/u, '');
    return {
      mention: {
        name,
        role: null,
        honorific: null,
        kind: 'unnamed',
        sure: false,
        gender: null,
        start,
        end: w.end,
      },
      end: w.end,
    };
  }
  return null;
}

/** Words that make the words before a name a clause, not its role ("an account she gave to …"). */
const NOT_IN_ROLE = /^(?:he|she|they|it|we|i|who|which|that)$/u;

/** Nouns of "in Roe’s view": the possessor's opinion or wording. */
const VIEW_NOUNS = new Set(['view', 'words', 'opinion', 'telling', 'estimation', 'account']);

/** A verb in the past tense, by its ending ("beamed", "marveled"). */
const INVERTED_VERB = /^\p{Ll}{3,}ed$/u;

/**
 * Where a cue made from a clause's subject starts: at its pronoun ("She defended …, but admitted
 * “…”"), so that "she" is resolved among the persons named before it, not before the verb.
 */
const HE_OR_SHE = wordTest("he she he’s she’s he's she's");

function pronounAt(tokens: readonly Token[], subject: { pronoun: unknown }, verb: Token): number {
  if (!subject.pronoun) return verb.start;
  const at = tokens.find((t) => !t.quoted && t.start < verb.start && HE_OR_SHE.test(t.lower));
  return at?.start ?? verb.start;
}

/** A cue whose source is a clause's subject, for the verb of saying `verb`. */
function subjectCue(
  kind: 'verb' | 'participle',
  subject: Subject,
  tokens: readonly Token[],
  verb: Token,
): Cue {
  const { mention, pronoun, asideSpan, place } = subject;
  return cue(kind, mention, pronoun, verb, pronounAt(tokens, subject, verb), verb.end, asideSpan, place);
}

/** "respond", "reply": verbs of speech that are as often verbs of action. */
const RESPOND = /^(?:respond|responds|responded|responding|reply|replies|replied|replying)$/u;

/**
 * "how the city responds to the floods": "respond to X" away from any quote is a reaction, no
 * statement; speech needs a quote beside it ("“No,” Roe replied to the board") or a clause of its own.
 */
function reactsTo(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!RESPOND.test(t.lower) || t.trailing || tokens[i + 1]?.lower !== 'to') return false;
  for (let k = Math.max(0, i - 3); k <= Math.min(tokens.length - 1, i + 6); k++) {
    const x = tokens[k] as Token;
    if (x.quoted) return false;
    // "Roe responded to critics: …": a colon brings what was said.
    if (k > i && x.trailing.includes(':')) return false;
  }
  return true;
}

/** Words after "added to" read for a "that" saying what was added to whom ("added to reporters that"). */
const ADDED_TO_WORDS = 4;

/** -ing forms of verbs of speech that are nouns as often ("a warning", "the briefing", "its ruling", "a 100% rating"). */
const ING_NOUNS = wordTest('warning briefing ruling filing writing posting hearing reading finding rating');
/** Most modifiers between a determiner and such a noun ("its red wind warning"). */
const MAX_ING_NOUN_MODIFIERS = 3;

/**
 * "The agency extended its red wind warning for the coast": after a determiner and modifiers, the
 * -ing form is a noun, no participle of speech, unless a that-clause follows it. Not after a word for who speaks ("with the mayor
 * warning that …", "the agency warning …"): that is the participle's subject.
 */
function ingNoun(tokens: readonly Token[], i: number): boolean {
  // "issued a warning that …": the noun reports what its clause says.
  if (!ING_NOUNS.test((tokens[i] as Token).lower) || tokens[i + 1]?.lower === 'that') return false;
  for (let j = i - 1; j >= 0 && j >= i - 1 - MAX_ING_NOUN_MODIFIERS; j--) {
    const w = tokens[j] as Token;
    if (w.trailing || w.quoted) return false;
    if (DETERMINERS.has(w.lower)) return true;
    if (TITLE_WORDS.has(w.lower) || GROUP_WORDS.has(w.lower) || isNameWord(w) || SPEECH_VERBS.has(w.lower))
      return false;
  }
  return false;
}

/** "add" in its forms. */
const ADD = /^(?:add|adds|added|adding)$/u;

/**
 * "organizers added 160 guards", "the bill adds $2 billion", "the closure adds a 14-mile detour": "add"
 * right before an amount (digits, a currency sign) puts something in; it reports no words. Unless a finite verb follows within the
 * clause: "she added 15 people were hurt" reports that they were. Nor does "add to" ("adding to her
 * lead").
 */
function addsAmount(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!ADD.test(t.lower) || t.trailing || next === undefined || next.quoted) return false;
  // "adding to her lead", "added to the confusion": what was added to, not what was said; but
  // "added to reporters that …" says something.
  if (next.lower === 'to' && !next.trailing)
    return !tokens.slice(i + 2, i + 2 + ADDED_TO_WORDS).some((w) => w.lower === 'that' || w.quoted);
  // "added a second from the penalty spot", "added two more": a count put in, like digits. Not
  // right after a quote ("“…,” added a Harbour Democrat"), where the one adding speaks.
  const after = tokens[i + 2];
  // "adds a 14-mile detour", "added a $2 billion fund": an amount after the article, as well.
  const count =
    NUMBER_WORDS.has(next.lower) ||
    (/^(?:a|an|another)$/u.test(next.lower) &&
      after !== undefined &&
      (ORDINALS.has(after.lower) || /^[$€£]?\d/u.test(after.leading + after.core)));
  if (!/^[$€£]?\d/u.test(next.leading + next.core) && (!count || tokens[i - 1]?.quoted)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + AMOUNT_CLAUSE_WORDS; k++) {
    const w = tokens[k] as Token;
    if (k > i + 1 && FINITE_AFTER.test(w.lower)) return false;
    if (w.trailing) break;
  }
  return true;
}

/** Numbers in words that open a count after "added" as digits do ("added two more"). */
const NUMBER_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
]);
/** Ordinals after "a" or "another" that make a count of it ("added a second", "another third"). */
const ORDINALS = new Set([
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);

/** Words after "added" read for a clause's verb ("added $2 million in aid was missing"). */
const AMOUNT_CLAUSE_WORDS = 8;

/** Verbs of saying whose clause may lack its subject ("the money that Roe said was stolen"). */
const SUBJECT_GAP_VERBS =
  /^(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|believe|believes|believed|argue|argues|argued|insist|insists|insisted|contend|contends|contended|suggest|suggests|suggested|estimate|estimates|estimated|predict|predicts|predicted|think|thinks|thought|add|adds|added)$/u;

/** Finite verbs that may follow an object relative clause as the main clause's verb. */
const FINITE_MAIN = /^(?:is|are|was|were|has|have|had|will|would|can|could|remain|remains|remained)$/u;

/**
 * "records that Roe questioned are stored …": a verb of speech closing an object relative clause
 * ("that", "which" or "whom", then its subject) with the main clause's verb right after it reports
 * nothing; the noun before "that" is what it took as object. Not "the money that Roe said was stolen".
 */
function objectRelative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.trailing || !next || next.quoted || !FINITE_MAIN.test(next.lower) || SUBJECT_GAP_VERBS.test(t.lower))
    return false;
  const subject = backwardNounPhrase(tokens, i - 1);
  const first = subject[0];
  if (!first) return false;
  const relative = tokens[tokens.indexOf(first) - 1];
  return relative !== undefined && !relative.trailing && /^(?:that|which|whom)$/u.test(relative.lower);
}

/** Plurals of verbs of speech that name violent events ("the Paris attacks"). */
const EVENT_PLURALS = /^(?:attacks|blasts)$/u;

/**
 * "After the Paris attacks, …", "the 9/11 attacks that …": "the", then a name or a number, then
 * "attacks" names an event; the name is where it happened, and nothing is said.
 */
function namedEvent(tokens: readonly Token[], i: number): boolean {
  if (!EVENT_PLURALS.test((tokens[i] as Token).lower)) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 3) {
    const t = tokens[k] as Token;
    if (t.quoted || t.trailing) return false;
    if (t.lower === 'the') return k < i - 1;
    if (!isNameWord(t) && !/^\d/u.test(t.core)) return false;
    k--;
  }
  return false;
}

/** "charge" in its forms. */
const CHARGE = /^(?:charge|charges|charged|charging)$/u;

/** The most words of the one charged between "charged" and "with". */
const MAX_CHARGED_WORDS = 5;

/**
 * "prosecutors charged the officer with murder": "charge" with an object and "with" accuses in law;
 * it reports no words ("critics charged that …" does).
 */
function chargesWith(tokens: readonly Token[], i: number): boolean {
  if (!CHARGE.test((tokens[i] as Token).lower) || (tokens[i] as Token).trailing) return false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_CHARGED_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    if (t.quoted || t.lower === 'that') return false;
    if (t.lower === 'with') return k > i + 1;
    if (t.trailing) return false;
  }
  return false;
}

/** Finite verbs and auxiliaries: one right after a word in -s makes that word a plural noun. */
const FINITE_AFTER =
  /^(?:is|are|was|were|have|has|had|will|would|can|could|did|do|does|should|may|might|must)$/u;

/**
 * "His introductory remarks were subdued", "the reports are false": a form in -s followed by a finite
 * verb is a plural noun, the subject of that verb, not a verb of saying.
 */
function pluralNounSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!t.lower.endsWith('s') || t.trailing || next === undefined || !FINITE_AFTER.test(next.lower))
    return false;
  // "the ones Roe now says are secret", "which she says is false": a subject before the verb makes
  // it one; an adjective or a determiner ("his introductory remarks") makes it a noun.
  return (
    prev !== undefined &&
    !prev.quoted &&
    !prev.trailing &&
    prev.core === prev.lower &&
    !isFiller(prev) &&
    !/^(?:he|she|it|who|which|that|they|we|i|you|one|and|but|or|then|also)$/u.test(prev.lower)
  );
}

/**
 * "The bank held interest rates at 4.5%", "the board raised tax rates": a form in -s right after a
 * lower-case word that a verb in the past governs is that verb's plural object, not a verb of
 * saying. Not when the past form is an adjective after a determiner, an adverb or a possessive ("the
 * newly elected mayor says", "a retired teacher says").
 */
function objectOfPastVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const modifier = tokens[i - 1];
  const past = tokens[i - 2];
  const subject = tokens[i - 3];
  // A form in -s, not a verb whose base ends in it ("to express", "to discuss").
  if (!/[^su]s$/u.test(t.lower) || !modifier || !past || !subject) return false;
  if ([modifier, past, subject].some((x) => x.quoted || x.trailing)) return false;
  if (modifier.core !== modifier.lower || past.core !== past.lower) return false;
  if (!/^\p{Ll}{3,}ed$/u.test(past.core) && !IRREGULAR_PASTS.has(past.core)) return false;
  const adjectival =
    DETERMINERS.has(subject.lower) ||
    /ly$/u.test(subject.lower) ||
    isPossessive(subject) ||
    isFiller(subject);
  return !adjectival;
}

/** Forms in -s of verbs of saying that are as often plural nouns of what was said. */
const SPEECH_PLURALS = wordTest(
  'claims comments remarks estimates rules reports notes states promises pledges vows',
);

/**
 * "the party’s existing rules empower …", "the candidates’ respective estimates of …": such a form
 * right after a possessive and one lower-case word is the noun the possessive owns, not a verb of
 * saying; unless "that" or a quote follows it ("the pilots’ union claims that …", where the word
 * between is the owned noun).
 */
function possessedNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const modifier = tokens[i - 1];
  const owner = tokens[i - 2];
  const next = tokens[i + 1];
  if (!SPEECH_PLURALS.test(t.lower) || t.trailing || !modifier || !owner || !next) return false;
  if (modifier.quoted || modifier.trailing || modifier.core !== modifier.lower || isNounPhraseWord(modifier))
    return false;
  return (isPossessive(owner) || pluralOwner(owner)) && !next.quoted && next.lower !== 'that';
}

/**
 * "responded to questions about …", "turning to states with …": a form in -s after "to" is a plural
 * noun, not a verb of saying (an infinitive takes the base form). Not "to discuss".
 */
function pluralNounObject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return (
    /[^s]s$/u.test(t.lower) && prev !== undefined && !prev.quoted && !prev.trailing && prev.lower === 'to'
  );
}

/** "continue" in its forms. */
const CONTINUE = /^continu(?:e|es|ed|ing)$/u;

/** Verbs before an infinitive of saying that go on or start saying it ("continued to insist"). */
const GO_ON = /^(?:continu(?:e|es|ed|ing)|began|begins|begin|started|starts|start)$/u;

/** "point out" in its forms. */
const POINT = wordTest('point points pointed pointing');

/** "go on about", "talk about", "speak of": verbs of talking, attributions only of a quote right after. */
const TALK = wordTest('talk talks talked speak speaks spoke go goes went rant rants ranted');

/** Finite forms of talking: "Roe spoke of …" reports speech; "to speak of", "will talk about" do not yet. */
const TALKED = wordTest('talks talked speaks spoke');

/** Fewest words of what a person "spoke of" or "talked about" for the sentence to report their speech. */
const TALKED_OF_WORDS = 3;

/**
 * "went on about “…”", "talked about “…”", "spoke of “…”": a verb of talking with a quote as object;
 * or "Roe spoke of the harbour's long decline": a finite one with a noun phrase, what Roe's speech was
 * about (the sentence is the statement). Not when denied ("has not talked about it").
 */
function talksAbout(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.trailing || t.core !== t.lower || !TALK.test(t.lower)) return false;
  let k = i + 1;
  const isGo = /^(?:go|goes|went)$/u.test(t.lower);
  if (isGo) {
    if (tokens[k]?.lower !== 'on' || tokens[k]?.trailing) return false;
    k++;
  }
  // "Roe spoke out against the plan", "… spoke out in favor of Doe": speaking up for or against.
  const out = !isGo && TALKED.test(t.lower) && tokens[k]?.lower === 'out' && !tokens[k]?.trailing;
  if (out) k++;
  const prep = tokens[k];
  if (!prep || prep.trailing) return false;
  const inFavorOf =
    out && prep.lower === 'in' && FAVOR.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of';
  if (inFavorOf) k += 2;
  // After "out", only "about", "against", "in favor of": "spoke out of turn" says how, not what.
  else if (
    !(prep.lower === 'about' || (!isGo && !out && prep.lower === 'of') || (out && prep.lower === 'against'))
  )
    return false;
  if (tokens[k + 1]?.quoted === true) return true;
  if (isGo || !TALKED.test(t.lower) || [tokens[i - 1], tokens[i - 2]].some((x) => x && denies(x.lower)))
    return false;
  // "spoke about two hours", "talked about an hour": "about" as "roughly", before a length of time.
  const [amount, unit] = [tokens[k + 1]?.lower ?? '', tokens[k + 2]?.lower ?? ''];
  if (prep.lower === 'about' && (/^\d+$/u.test(amount) || AMOUNT_WORDS.has(amount)) && TIME_UNITS.has(unit))
    return false;
  // "As Roe spoke of …, Doe …", "Doe, who spoke of …": the sentence reports something else; one
  // quoting someone reports their words, not this.
  const before = [tokens[i - 1], tokens[i - 2]];
  if (
    inSubordinateClause(tokens, t.start) ||
    before.some((x) => x && (RELATIVE.test(x.lower) || x.lower === 'that'))
  )
    return false;
  if (tokens.some((x) => x.quoted)) return false;
  let words = 0;
  for (let j = k + 1; j < tokens.length && !(tokens[j] as Token).quoted; j++) words++;
  return words >= TALKED_OF_WORDS;
}

/** "spoke out in favor of", "in support of". */
const FAVOR = /^(?:favor|favour|support)$/u;

/** Whether a word denies the verb after it, or says it seldom happens ("rarely spoke of", "didn’t"). */
const denies = (w: string) => NEGATORS.has(w) || /n['’]t$/u.test(w);

/** Verbs that answer with "back" ("shot back", "hit back"). */
const ANSWER_BACK = new Set([
  'shot',
  'fired',
  'hit',
  'hits',
  'fires',
  'shoots',
  'pushed',
  'pushes',
  'struck',
  'strikes',
]);

/** Nouns of a statement whose possessor made it ("Roe’s claim that …"). */
const CLAIM_NOUNS = new Set([
  'aside',
  'remark',
  'remarks',
  'comment',
  'comments',
  'call',
  'claim',
  'claims',
  'statement',
  'assertion',
  'insistence',
  'contention',
  'argument',
  'suggestion',
  'promise',
  'pledge',
  'vow',
  'warning',
  'accusation',
  'charge',
  'conclusion',
  'admission',
  'interjection',
  'boast',
  'complaint',
  'prediction',
  'declaration',
  'assessment',
  'observation',
  'quip',
  'joke',
  'retort',
]);

/** Verbs of putting out words: "issued", "released", "made", "gave" before "a statement:". */
const ISSUE = wordTest(`
issue issues issued issuing release releases released releasing make makes made making give gives gave given giving
`);

/** Nouns of words put out that a colon may introduce ("issued the following statement:"). */
const ISSUED_NOUNS = wordTest('statement comment comments remarks response reply message');

/** The most words between a verb of issuing and its noun ("the following brief statement"). */
const MAX_ISSUED_WORDS = 3;

/**
 * "Roe issued the following statement:", "Roe released a statement:", "Roe made the following
 * comment:": a verb of issuing whose object, a statement noun after at most a few words of its
 * phrase, closes the sentence with a colon introduces the words that follow as its subject's.
 * The index of that noun, or -1.
 */
function issuedStatement(tokens: readonly Token[], i: number): number {
  if ((tokens[i] as Token).trailing) return -1;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_ISSUED_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) return -1;
    if (t.trailing) return t.trailing === ':' && ISSUED_NOUNS.test(t.lower) ? k : -1;
  }
  return -1;
}

/**
 * Every word a cue of `findCues` can start from, but for a word right after a quote: the branches
 * each ask for one of these, and one lookup lets the other words (nearly all) skip them all.
 */
const CUE_WORDS: ReadonlySet<string> = new Set([
  'according',
  ...VIEW_NOUNS,
  ...CLAIM_NOUNS,
  ...ANSWER_BACK,
  ...POINT.words,
  ...TALK.words,
  'put',
  'puts',
  ...SPEECH_VERBS,
  ...ISSUE.words,
]);

/** The most words between a statement noun's "for" or "of" and the quote it names ("Roe’s call for a “…”"). */
const MAX_NOUN_TO_QUOTE = 3;

/**
 * "Roe’s call for a “harbour force”", "Roe’s aside that …": a statement noun whose "for" or "of"
 * leads to a quote within a few words names the possessor's wording. Without a quote, "Roe’s call
 * for a recount" reports no words.
 */
function quotedAfterNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.quoted) return next?.quoted === true;
  if (next.lower !== 'for' && next.lower !== 'of') return false;
  for (let k = i + 2; k <= i + 2 + MAX_NOUN_TO_QUOTE && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.quoted) return true;
    if (t.trailing && /[,;:.]/u.test(t.trailing)) return false;
  }
  return false;
}

/** The most adjectives between a possessive and its statement noun ("Roe’s patronizing suggestion"). */
const MAX_CLAIM_ADJECTIVES = 2;

/** The most words of a time or an occasion between a statement noun and its "that". */
const MAX_CLAIM_OCCASION = 6;

/**
 * The index of the name's possessive that owns the statement noun at `i` ("Roe’s"), with at most
 * two adjectives between ("Roe’s patronizing suggestion"); -1 when none. Not "his" or "her": who
 * they stand for is as often another than the subject ("his suggestion that …" after a list).
 */
function ownerBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= MAX_CLAIM_ADJECTIVES + 1; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || (t.trailing && !/^[’']$/u.test(t.trailing))) return -1;
    if (isPossessive(t)) return k;
    if (t.core !== t.lower || FUNCTION_WORDS.has(t.core) || SPEECH_VERBS.has(t.core)) return -1;
  }
  return -1;
}

/**
 * "Roe’s claim that …", "his comment Monday that …", "Roe’s suggestion at a debate that …": "that"
 * right after a statement noun, or after a time or a short phrase of occasion without a comma. Not a
 * relative "that" ("Roe’s statement that was posted online", "… that angered voters"): a verb right
 * after it makes the noun its subject, not what was said.
 */
function thatAfterNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.lower === 'that') return !relativeThat(tokens, i + 1);
  if (!next || next.quoted || !(TIME_WORDS.has(next.core) || /^(?:at|in|on|during)$/u.test(next.lower)))
    return false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_CLAIM_OCCASION; k++) {
    const t = tokens[k] as Token;
    if (t.quoted || t.trailing) return false;
    if (t.lower === 'that') return k > i + 1 && !relativeThat(tokens, k);
  }
  return false;
}

/** Whether the "that" at `at` opens a relative clause: a finite verb or a past form follows it. */
function relativeThat(tokens: readonly Token[], at: number): boolean {
  const after = tokens[at + 1];
  if (!after || after.quoted || after.core !== after.lower) return false;
  return FINITE_AFTER.test(after.lower) || /^[a-z]{3,}ed$/u.test(after.lower);
}

/**
 * "Roe’s claim that …": the possessor of a statement noun before its clause made the statement; the
 * caller has checked that `ownerBefore` finds one.
 */
function possessorOf(tokens: readonly Token[], i: number, masked: string): Cue | null {
  const t = tokens[i] as Token;
  const np = backwardNounPhrase(tokens, ownerBefore(tokens, i));
  if (np.length === 0) return null;
  const mention = possessorMention(np, masked);
  if (!mention || mention.kind === 'unnamed') return null;
  const c = cue('verb', mention, null, t, (np[0] as Token).start, (tokens[i + 1] as Token).end, null, null);
  c.possessed = true;
  return c;
}

/** The mention a possessive noun phrase makes, its last word without its "’s" ("Jane Roe’s" → Jane Roe). */
function possessorMention(np: readonly Token[], masked: string): ReturnType<typeof parseMention> {
  const last = np[np.length - 1] as Token;
  const core = bare(last.core);
  return parseMention([...np.slice(0, -1), cutToken(last, core)], masked);
}

/** "in Roe’s view", "in the words of …" is not read; "in Roe’s words": the possessor speaks. */
function inViewOf(tokens: readonly Token[], i: number, masked: string): Cue | null {
  const owner = tokens[i - 1];
  if (!owner || (owner.trailing && !/^[’']$/u.test(owner.trailing)) || !isPossessive(owner)) return null;
  const np = backwardNounPhrase(tokens, i - 1);
  const at = tokens[tokens.indexOf(np[0] as Token) - 1];
  if (np.length === 0 || !at || at.lower !== 'in') return null;
  const mention = possessorMention(np, masked);
  if (!mention || mention.kind === 'unnamed') return null;
  const t = tokens[i] as Token;
  return cue('according', mention, null, t, at.start, t.end, null, null);
}

/** A dash between words: "―", "—", "–", "--" or a spaced hyphen. */
const DASH = /[―—–]|--|\s-\s/u;

/** "Mitt Romney -- “…”": a name, a dash, then the quote. */
function dashBefore(tokens: readonly Token[], j: number, masked: string): Cue | null {
  const last = tokens[j] as Token;
  if (last.quoted || (last.trailing && !/^\.?—?$/u.test(last.trailing)) || !isNameWord(last)) return null;
  const np = backwardNounPhrase(tokens, j);
  const mention = np.length > 0 ? parseMention(np, masked) : null;
  if (!mention || mention.kind === 'unnamed') return null;
  // "… seemed fond of Roe -- “…”": a name a preposition governs is what the words are about, not
  // who says them ("came from Roe -- “…”" still names the source).
  const governor = tokens[tokens.indexOf(np[0] as Token) - 1];
  if (governor && !governor.trailing && /^(?:of|about|to|with|against|for)$/u.test(governor.lower))
    return null;
  return cue('dash', mention, null, last, mention.start, last.end, null, null);
}

/**
 * "Jeffrey Roe: “…”", "Roe delivered a blunt message: “…”", "Here is Roe in 1992: “…”": the source
 * of a quote that a colon introduces, when no reporting verb does. The quote starts at token `qi`.
 */
export function colonCue(tokens: readonly Token[], qi: number, masked: string): Cue | null {
  const colon = tokens[qi - 1];
  if (!colon || colon.quoted || !colon.trailing.endsWith(':')) return null;
  // A name right before the colon ("… - Jeffrey Roe: “…”").
  const j = skipFillers(tokens, qi - 1);
  const np =
    j === qi - 1
      ? backwardNounPhrase(tokens, j)
      : j >= 0 && !(tokens[j] as Token).trailing
        ? backwardNounPhrase(tokens, j)
        : [];
  const named = np.length > 0 ? parseMention(np, masked) : null;
  // "delivered a blunt message to Roe: “…”": the one a preposition governs is addressed, not the
  // source; "Our reporter Jane Roe is in Lund: “…”": nor is the place she is in.
  const governor = np.length > 0 ? tokens[tokens.indexOf(np[0] as Token) - 1] : undefined;
  const addressed =
    governor !== undefined &&
    !governor.trailing &&
    /^(?:to|at|for|with|against|about|of|in|on|outside|near|inside)$/u.test(governor.lower);
  if (
    named &&
    !addressed &&
    named.kind !== 'unnamed' &&
    (np.length === qi - tokens.indexOf(np[0] as Token) || named.kind === 'person')
  ) {
    // "Jane Roe and John Doe: “…”": several named; the first is the source named.
    const first = firstConjunct(tokens, np);
    const lead = first !== np ? parseMention(first, masked) : null;
    const source = lead && lead.kind !== 'unnamed' ? lead : named;
    return cue('dash', source, null, colon, source.start, colon.end, null, null);
  }
  const subject = clauseSubject(tokens, qi, masked);
  if (!subject || (subject.mention && subject.mention.kind === 'unnamed')) return null;
  return cue(
    'dash',
    subject.mention,
    subject.pronoun,
    colon,
    colon.start,
    colon.end,
    subject.asideSpan,
    subject.place,
  );
}

/** "… ” ― Jane Roe": a dash after a quote, then the name. */
function dashCue(tokens: readonly Token[], i: number, masked: string): Cue | null {
  const t = tokens[i] as Token;
  const np = forwardNounPhrase(tokens, i, masked);
  if (!np || np.mention.kind === 'unnamed') return null;
  // The dash attribution is all there is after the quote: the name ends the sentence or is followed
  // by its role.
  const next = tokens.findIndex((x) => x.start >= np.end);
  if (next >= 0 && !(tokens[next - 1] as Token).trailing.includes(',')) return null;
  return cue('dash', np.mention, null, t, t.start, np.end, np.asideSpan, null);
}

/** A line opened by a dash and closed by none: "- Jane Roe.", "—Mayor Jane Roe, Lyon." ("– Old hands –." is a subhead). */
const CREDIT_LINE = /^\s*(?:[-―—–]|--)\s*\p{Lu}(?!.*[-―—–]\s*\.?\s*$)/su;

/**
 * "- Jane Roe." or "—Mayor Jane Roe, posting after the speech." standing as a paragraph of its own:
 * the credit line of a roundup, naming a person in full (with a role before and an aside or a place
 * after a comma) who said the lone quote above it. Null for any other line: a name followed by more
 * of a sentence ("- Jane Roe said …") is no credit.
 *
 * @example creditCue(tokenize('- Jane Roe, Lyon.'), '- Jane Roe, Lyon.')?.mention?.name // 'Jane Roe'
 */
export function creditCue(tokens: readonly Token[], masked: string): Cue | null {
  const first = tokens[0];
  if (!first || !CREDIT_LINE.test(masked)) return null;
  const np = forwardNounPhrase(tokens, 0, masked);
  if (np?.mention.kind !== 'person' || !np.mention.sure) return null;
  // The name ends the line, or a comma sets off what follows it (a role, a place, the occasion).
  const last = tokens.findLast((t) => t.end <= np.end);
  const closes = last === tokens[tokens.length - 1] || last?.trailing.startsWith(',');
  if (!last || !closes) return null;
  return cue('dash', np.mention, null, first, np.mention.start, np.end, null, null);
}

/** Verbs that refuse the infinitive after them: "declined to say", "refused to comment". */
const REFUSE = /^(?:declin|refus)(?:e|es|ed|ing)$/u;

/** A reporting verb (or a participle of one) and its source. */
function verbCue(tokens: readonly Token[], vi: number, masked: string, participle: boolean): Cue | null {
  const verb = tokens[vi] as Token;
  const before = skipFillers(tokens, vi - 1);
  const prev = tokens[before];
  // "Roe did not say which services …", "Roe declined to say how much …": what was not said.
  if (tokens.slice(before + 1, vi).some((t) => denies(t.lower))) return null;
  const joined = tokens[vi - 1];
  if (joined?.lower === 'to' && REFUSE.test(tokens[vi - 2]?.lower ?? '')) return null;
  // "Roe stood up to say …", "Roe offered a job, then says …": the clause's subject speaks.
  if (
    joined &&
    !joined.trailing &&
    (joined.lower === 'to' || (/^(?:then|and|but)$/u.test(joined.lower) && vi - 1 !== before)) &&
    verb.core === verb.lower
  ) {
    // "the leak led Jane Roe to announce …", "urged Roe to say": the one made to speak speaks.
    const controlled = joined.lower === 'to' ? controlledSpeaker(tokens, vi - 2, masked) : null;
    if (controlled) return cue('verb', controlled, null, verb, controlled.start, verb.end, null, null);
    const subject = clauseSubject(tokens, vi, masked);
    if (subject?.mention || subject?.pronoun) return subjectCue('verb', subject, tokens, verb);
    // "…, Roe continued to insist that …": the subject right before the verb the infinitive follows
    // (only one that goes on or starts saying: "refused to say" says nothing).
    const governing = tokens[vi - 2];
    if (joined.lower === 'to' && governing && !governing.trailing && GO_ON.test(governing.lower)) {
      const found = subjectBefore(tokens, vi - 2, skipFillers(tokens, vi - 3), masked);
      if (found?.mention || found?.pronoun) return cueWith(found, { verb, to: verb.end });
    }
    if (joined.lower === 'to') return null;
  }
  // "was asked by host Jane Roe": the agent of a passive speaks.
  if (prev && BE.test(prev.lower) && !participle && !verb.trailing && tokens[vi + 1]?.lower === 'by') {
    const np = forwardNounPhrase(tokens, vi + 2, masked);
    if (np && np.mention.kind !== 'unnamed')
      return cue('verb', np.mention, null, verb, verb.start, np.end, np.asideSpan, null);
    return null;
  }
  // "was called", "is described as": a passive reports what others said of the subject.
  if (prev && BE.test(prev.lower) && !participle) return null;
  if (participle) {
    // "He’s claiming …": a pronoun and a contracted "is".
    if (prev && before === vi - 1 && /^(?:he|she)[’']s$/u.test(prev.lower)) {
      const gender = prev.lower.startsWith('he') ? 'male' : 'female';
      return cue('verb', null, gender, verb, prev.start, verb.end, null, null);
    }
    // "is saying", "kept saying": a progressive is a finite verb.
    if (prev && (BE.test(prev.lower) || /^(?:keeps?|kept|started|began|continued?s?)$/u.test(prev.lower))) {
      return subjectBefore(tokens, vi, skipFillers(tokens, before - 1), masked);
    }
    // "footage of Roe saying …", "with Roe reportedly yelling …": the name right before the
    // participle, or before adverbs of manner between them, speaks.
    if (prev && !prev.trailing && isNameWord(prev) && adverbsOnly(tokens, before + 1, vi)) {
      const np = backwardNounPhrase(tokens, before);
      const mention = np.length > 0 ? parseMention(np, masked) : null;
      // "wrote on Facebook saying", "a letter to Jane Roe asking": the one a preposition governs
      // (other than "of", "with": "footage of Roe saying") is where or whom, not who speaks.
      const governed = np[0] ? tokens[tokens.indexOf(np[0]) - 1] : undefined;
      const object =
        governed !== undefined && !governed.trailing && NOT_SPEAKER_PREPOSITION.test(governed.lower);
      if (mention && mention.kind !== 'unnamed' && !object)
        return cue('participle', mention, null, verb, mention.start, verb.end, null, null);
    }
    // "prosecutors charged him and Roe fired the chief, acknowledging …": the subject of the
    // clause "and" joins right before the participle speaks.
    const joinedSubject = prev?.trailing === ',' ? coordinatedSubject(tokens, vi, masked) : null;
    if (joinedSubject)
      return cue('participle', joinedSubject, null, verb, joinedSubject.start, verb.end, null, null);
    if (receivedMessage(tokens, vi)) return null;
    // "The Herald quoted Jane Roe as saying …": the one quoted speaks, not who quotes them.
    const quoted = quotedAs(tokens, vi, masked);
    if (quoted) return cue('participle', quoted, null, verb, quoted.start, verb.end, null, null);
    // "Roe left early, saying …", "before asking her": the subject of the clause speaks.
    const subject = clauseSubject(tokens, vi, masked);
    if (subject) return subjectCue('participle', subject, tokens, verb);
    // "Adding, “…”": no subject at all; the speaker before goes on.
    const first = tokens.findIndex((t) => !t.quoted);
    return first === vi ? cue('continued', null, null, verb, verb.start, verb.end, null, null) : null;
  }
  // "Asked about the feud with Roe, Doe said …": a passive participle opening the sentence says what
  // its subject (after the comma) was asked or told; the names inside it are no inverted source.
  if (
    vi === tokens.findIndex((t) => !t.quoted) &&
    verb.core !== verb.lower &&
    PASSIVE_OPENER.test(verb.lower)
  )
    return null;
  const found = subjectBefore(tokens, vi, before, masked) ?? subjectAfter(tokens, vi, masked);
  if (found) return found;
  // "Roe, citing “…”, said the plan …": the subject stands before an aside holding a quote.
  if (prev?.quoted) {
    const subject = clauseSubject(tokens, vi, masked);
    if (subject?.mention && subject.mention.kind !== 'unnamed')
      return subjectCue('verb', subject, tokens, verb);
  }
  return null;
}

/** Most words between a passive participle and its "by" ("posted on TikTok by"). */
const MAX_BEFORE_AGENT = 4;

/**
 * "A video posted on TikTok by user …", "a statement released by the council said": a verb of
 * saying in the past right after a lower-case noun, with its agent after "by", is a passive
 * participle describing that noun, no cue; the verb after the phrase may be.
 */
function passiveAfterNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const noun = tokens[i - 1];
  // Not "said" or "told": after a noun they are its verb ("Democrats in Iowa who watched the debate said").
  if (!/^\p{Ll}{3,}ed$|^written$/u.test(t.core) || t.trailing) return false;
  if (!noun || noun.trailing || noun.quoted || noun.core !== noun.lower || !/^\p{Ll}{3,}$/u.test(noun.core))
    return false;
  // A noun, not a pronoun, an auxiliary or an adverb ("they posted", "was posted"); not a passive
  // that reports ("was first reported by the Herald").
  if (
    /^(?:they|we|who|which|that|was|were|been|being|has|have|had|and|also|first|later|\p{Ll}+ly)$/u.test(
      noun.lower,
    )
  )
    return false;
  if (/^(?:is|are|was|were|been|being|be)$/u.test(tokens[i - 2]?.lower ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_BEFORE_AGENT + 1; k++) {
    const x = tokens[k] as Token;
    if (x.quoted || x.lower === 'that') return false;
    if (x.lower === 'by') return true;
    if (x.trailing) return false;
  }
  return false;
}

/** "asked not to be named", "requested not to be identified": what a source asks of the reporter. */
const NOT_TO_BE_NAMED = /^not\s+to\s+be\s+(?:named|identified|quoted)\b/u;

/**
 * "The official, who asked not to be named because …, said": a source's request to stay unnamed is
 * no statement.
 */
function asksNotToBeNamed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!/^(?:ask|asks|asked|asking|request|requests|requested|requesting)$/u.test(t.lower) || t.trailing)
    return false;
  const after = tokens
    .slice(i + 1, i + 5)
    .map((x) => x.lower)
    .join(' ');
  return NOT_TO_BE_NAMED.test(after);
}

/** Verbs of quoting someone: "quoted Roe as saying", "cited Roe as saying". */
const QUOTE_VERBS = wordTest('quoted quotes quoting cited cites citing');
/** Most words of the one quoted between a verb of quoting and "as saying" ("an unnamed senior official"). */
const MAX_QUOTED_WORDS = 6;

/**
 * "The Herald quoted Jane Roe as saying …", "citing an official as saying …": the object of a verb
 * of quoting, then "as", then the participle at `vi`; that object is who spoke.
 */
function quotedAs(tokens: readonly Token[], vi: number, masked: string): Mention | null {
  const as = tokens[vi - 1];
  if (as?.lower !== 'as' || as.trailing) return null;
  for (let k = vi - 3; k >= 0 && vi - 2 - k <= MAX_QUOTED_WORDS; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || t.trailing) return null;
    if (!QUOTE_VERBS.test(t.lower)) continue;
    const words = tokens.slice(k + 1, vi - 1);
    const np = backwardNounPhrase(tokens, vi - 2);
    // A name ("Jane Roe", "the mayor") or a description ("an unnamed senior official").
    const named = np.length === words.length ? parseMention(np, masked) : null;
    return named ?? described(words, masked);
  }
  return null;
}

/**
 * "citing an official as saying …", "quoted Roe as saying …": a verb of quoting whose object is
 * then said to speak is no cue of its own; the participle after "as" is.
 */
function quotesAnother(tokens: readonly Token[], i: number): boolean {
  if (!QUOTE_VERBS.test((tokens[i] as Token).lower)) return false;
  for (let k = i + 2; k < tokens.length && k - i <= MAX_QUOTED_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    if (t.quoted || (tokens[k - 1] as Token).trailing) return false;
    if (t.lower === 'as') return SPEECH_PARTICIPLES.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/** Verbs of getting a message, whose subject is its reader, not its writer. */
const RECEIVE = wordTest('receive receives received receiving get gets got getting hear hears heard hearing');
/** Messages a participle of speech may follow ("calls saying", "reports claiming"). */
const MESSAGE_NOUNS = wordTest(
  'calls call reports messages texts emails e-mails letters notes tweets posts signs',
);
/** Most words between a verb of getting and its message ("received three anonymous 911 calls"). */
const MAX_MESSAGE_MODIFIERS = 3;

/**
 * "Police received 911 calls saying shots had been fired": a participle of speech right after a
 * message that the subject got says what the message said, not its reader; whoever sent it is not
 * named.
 */
function receivedMessage(tokens: readonly Token[], vi: number): boolean {
  const noun = tokens[vi - 1];
  if (!noun || noun.trailing || noun.quoted || !MESSAGE_NOUNS.test(noun.lower)) return false;
  for (let k = vi - 2; k >= 0 && vi - 2 - k <= MAX_MESSAGE_MODIFIERS; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || t.trailing) return false;
    if (RECEIVE.test(t.lower)) return true;
  }
  return false;
}

/** Finite verbs a clause joined by "and" may open with after its subject, besides forms in -ed. */
const JOINED_CLAUSE_VERB =
  /^(?:has|had|is|was|are|were|will|would|did|does|made|took|gave|left|kept|held|sent|won|lost|told)$/u;

/**
 * The named subject of the last clause joined by "and" or "but" before the participle at `vi`, with
 * no comma between the conjunction and its verb: "prosecutors charged the officer and Jane Roe fired
 * the chief, acknowledging …" → Jane Roe. Null when no such clause stands before it.
 */
export function coordinatedSubject(tokens: readonly Token[], vi: number, masked: string): Mention | null {
  // The clause before the conjunction has a verb of its own: "Roe and Doe signed it, saying" joins
  // two subjects, not two clauses.
  const verbAt = tokens.findIndex((t, k) => k < vi && !t.quoted && isClauseVerb(t));
  if (verbAt < 0) return null;
  for (let k = vi - 1; k > verbAt; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || /[.;:!?]/u.test(t.trailing)) return null;
    if (t.trailing || (t.lower !== 'and' && t.lower !== 'but')) continue;
    // "Jane Roe and John Doe were …", "Lyon, Ghent and Roe are …": "and" joins names, not clauses.
    const before = tokens[k - 1];
    if (before && isNameWord(before)) continue;
    const np = forwardNounPhrase(tokens, k + 1, masked);
    if (!np || np.mention.kind === 'unnamed' || np.asideSpan) continue;
    const after = tokens.findIndex((x) => x.start >= np.end);
    const next = tokens[after];
    const named = tokens.slice(k + 1, after);
    if (!next || next.quoted || named.some((x) => x.trailing)) continue;
    if (isClauseVerb(next)) return np.mention;
  }
  return null;
}

/** A lower-case past form ("-ed", irregular) or another verb that makes a clause of its own after "and". */
function isClauseVerb(t: Token): boolean {
  return (
    t.core === t.lower &&
    (/^\p{Ll}{3,}ed$/u.test(t.core) || JOINED_CLAUSE_VERB.test(t.core) || IRREGULAR_PASTS.has(t.core))
  );
}

/**
 * Verbs that make their object do what the infinitive after it says, so that it was done: "led Roe
 * to announce", "prompted Roe to declare". Not "urged" or "encouraged": asked to speak is not speech.
 */
const CONTROL_VERB =
  /^(?:lead|leads|led|leading|prompt|prompts|prompted|prompting|force|forces|forced|forcing|cause|causes|caused|causing|compel|compels|compelled|compelling|spur|spurs|spurred|spurring)$/u;

/**
 * The named object of a verb of making or asking that ends at `j`, right before "to" and an
 * infinitive of saying: "the leak led party chair Jane Roe to announce" → Jane Roe. Null when the
 * words before "to" are no name or no such verb governs them.
 */
function controlledSpeaker(tokens: readonly Token[], j: number, masked: string): Mention | null {
  const last = tokens[j];
  if (!last || last.trailing || last.quoted || !isNameWord(last)) return null;
  const np = backwardNounPhrase(tokens, j);
  const first = np[0];
  if (!first) return null;
  const governing = tokens[tokens.indexOf(first) - 1];
  if (!governing || governing.trailing || governing.quoted || !CONTROL_VERB.test(governing.lower))
    return null;
  const mention = parseMention(np, masked);
  return mention && mention.kind !== 'unnamed' ? mention : null;
}

/**
 * Whether tokens `from` to `to` (exclusive) are adverbs that may stand between a subject and its
 * verb ("reportedly", "repeatedly"): none, or words of `SUBJECT_VERB_FILLERS`. A word merely ending
 * in "-ly" is not enough here: "a Westmark rally blasting …" puts a noun between, and the name only
 * modifies it.
 */
function adverbsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.trailing || t.quoted || !SUBJECT_VERB_FILLERS.has(t.core)) return false;
  }
  return true;
}

/** Past participles of speech that open a sentence as a passive ("Asked about …", "Told of …"). */
const PASSIVE_OPENER = /^(?:asked|told|challenged|questioned|pressed|reminded|informed)$/u;

/**
 * Skips, from `j` backwards, what may stand between a subject and its verb: auxiliaries and
 * adverbs ("also", "now", "repeatedly"), a time ("on Tuesday", "last week"), a parenthesis
 * ("(D-Mo.)"), "in a statement", and short asides between commas (", meanwhile,").
 */
function skipFillers(tokens: readonly Token[], from: number): number {
  let j = from;
  for (let steps = 0; j >= 0 && steps < 12; steps++) {
    const t = tokens[j] as Token;
    if (t.quoted) return j;
    const open = parentheticalBefore(tokens, j);
    if (open >= 0) {
      j = open - 1;
      continue;
    }
    if (!t.trailing && isFiller(t)) {
      j--;
      continue;
    }
    const time = timePhraseStart(tokens, j);
    if (time !== j) {
      j = time - 1;
      continue;
    }
    const said = statementPhraseStart(tokens, j);
    if (said !== j) {
      j = said - 1;
      continue;
    }
    break;
  }
  return j;
}

/** "on Tuesday", "last week", "on Sept. 5", "Friday night", "this morning": its first index, or `j`. */
function timePhraseStart(tokens: readonly Token[], j: number): number {
  const t = tokens[j] as Token;
  // A comma closes an aside ("Roe, who …, this week, said"): the time belongs to it.
  if (t.trailing) return j;
  const isTime = (x: Token) =>
    TIME_WORDS.has(x.core) || TIME_WORDS.has(x.lower) || /^\d{1,4}(?:st|nd|rd|th)?$/u.test(x.core);
  if (!isTime(t)) return j;
  let k = j;
  while (k - 1 >= 0 && j - k < 4) {
    const p = tokens[k - 1] as Token;
    if (p.trailing || p.quoted) break;
    if (isTime(p) || /^(?:on|last|this|next|past|late|early|earlier|the|in|at|during)$/u.test(p.lower)) k--;
    else break;
  }
  // A bare month or number alone is no time phrase ("Roe 5 said" makes no sense, "May said" may be a name).
  if (
    k === j &&
    !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)$/u.test(t.core)
  )
    return j;
  return k;
}

/**
 * "Roe in a statement said", "Roe in an interview with Fox News said", "Roe on Twitter wrote": the
 * first index of the phrase between a subject and its verb, or `j` when there is none.
 */
function statementPhraseStart(tokens: readonly Token[], j: number): number {
  for (let k = j - 1; k >= 1 && j - k < 8; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || t.trailing) return j;
    if (t.lower !== 'in' && t.lower !== 'on' && t.lower !== 'during') continue;
    // The phrase stands after a subject, never at the start of the sentence.
    if (!isNounPhraseWord(tokens[k - 1] as Token) || (tokens[k - 1] as Token).trailing) return j;
    const phrase = tokens.slice(k + 1, j + 1);
    const noun = phrase.findIndex((x) => STATEMENT_NOUNS.has(x.lower));
    const rest = noun >= 0 ? phrase.slice(noun + 1) : phrase;
    const fits =
      noun >= 0
        ? rest.length === 0 ||
          (/^(?:with|to|on)$/u.test((rest[0] as Token).lower) && rest.slice(1).every(isNounPhraseWord))
        : t.lower === 'on' && phrase.every(isNameWord);
    return fits ? k : j;
  }
  return j;
}

/** Verbs of speech that ask for a thing when "for" follows ("asked for a recount"). */
const ASK_FOR = /^(?:ask|asks|asked|asking)$/u;

/** The source before a verb at `vi`, whose last word is at `j` (fillers skipped). */
function subjectBefore(tokens: readonly Token[], vi: number, at: number, masked: string): Cue | null {
  const verb = tokens[vi] as Token;
  // "Ms. Roe in Lyon said": where she spoke, between the subject and the verb.
  const where = placeBeforeVerb(tokens, at);
  const j = where ? where.subjectEnd : at;
  const head = tokens[j];
  if (!head) return null;
  // "Having announced that …, Judge Roe proceeded": a participle opening the sentence; its subject
  // is the main clause's.
  if (j === 0 && !head.trailing && /^(?:Having|Being)$/u.test(head.core)) {
    const subject = clauseSubject(tokens, vi, masked);
    return subject ? subjectCue('verb', subject, tokens, verb) : null;
  }
  // "Roe, author of “The Long Coast,” said": a title closing an apposition (see `embeddedTitles`).
  if (head.quoted) return head.trailing === ',' ? appositionChain(tokens, j, verb, masked) : null;
  if (where && !head.trailing && isNameWord(head)) {
    const np = backwardNounPhrase(tokens, j);
    const mention = np.length > 0 ? parseMention(np, masked) : null;
    if (mention) return cue('verb', mention, null, verb, mention.start, verb.end, null, where.place);
  }
  if (
    !head.trailing &&
    (MALE_PRONOUNS.has(head.core) || FEMALE_PRONOUNS.has(head.core)) &&
    head.lower.length <= 3
  ) {
    if (head.lower === 'he' || head.lower === 'she') {
      return cue(
        'verb',
        null,
        head.lower === 'he' ? 'male' : 'female',
        verb,
        head.start,
        verb.end,
        null,
        null,
      );
    }
    return null;
  }
  // "Roe outlined the plan and vowed …": a second verb of the same subject.
  if (!head.trailing && /^(?:and|but|then)$/u.test(head.lower)) {
    // "Lund told Jane Roe, who answered the door and said …": the second verb of a relative clause
    // is the relative pronoun's, so the name before it said it.
    const relative = relativeOpening(tokens, j);
    const antecedent = relative >= 0 ? relativeCue(tokens, relative, verb, masked) : null;
    if (antecedent) return antecedent;
    const subject = clauseSubject(tokens, vi, masked);
    if (!subject) return null;
    return subjectCue('verb', subject, tokens, verb);
  }
  // "Roe, who said …": the relative pronoun stands for the name before it.
  if (RELATIVE.test(head.lower) && !head.trailing) return relativeCue(tokens, j, verb, masked);
  if (/^[.)]*[,—]$/u.test(head.trailing)) return appositionChain(tokens, j, verb, masked);
  if (head.trailing) return null;
  // "Jane Roe, who is chairman of the Harbour Fund said": a relative clause left unclosed.
  const unclosed = unclosedRelative(tokens, j, masked);
  if (unclosed) return cue('verb', unclosed, null, verb, unclosed.start, verb.end, null, null);
  const np = firstConjunct(tokens, backwardNounPhrase(tokens, j));
  let mention = np.length > 0 ? parseMention(np, masked) : null;
  // "the shipping magnate": a description keeps its determiner and adjectives, never a bare noun.
  if (mention?.kind === 'unnamed') mention = describedBefore(tokens, j, masked) ?? mention;
  // "One fan said: “…” Another said: “…”": one more of those an unnamed source was one of.
  if (!mention && np.length === 0 && head.lower === 'another' && j === tokens.findIndex((t) => !t.quoted))
    return cue('verb', describe(masked, head, head, 'unnamed'), null, verb, head.start, verb.end, null, null);
  if (!mention) {
    // "“…,” the gambling tycoon told Reuters": a source the text only describes.
    const described = describedBefore(tokens, j, masked);
    if (!described) return null;
    const governed = objectOfPreposition(tokens, described, verb, masked);
    if (governed !== undefined) return governed;
    return (
      namedBefore(tokens, described, verb, masked) ??
      cue('verb', described, null, verb, described.start, verb.end, null, null)
    );
  }
  const governed = objectOfPreposition(tokens, mention, verb, masked);
  if (governed !== undefined) return governed;
  // "Democrats trying to regain control of the Senate say": a name inside a participle or relative
  // clause of the subject is not the subject; the noun phrase that opens the clause is.
  const opener = inSubjectModifier(tokens, mention, vi) ? clauseSubject(tokens, vi, masked) : null;
  // A capitalised word opening the sentence ("Current and former officials who …") is no sure name.
  const sure = opener?.mention && (opener.mention.kind === 'unnamed' || opener.mention.sure);
  if (sure && (opener.mention as Mention).start < mention.start)
    return subjectCue('verb', opener, tokens, verb);
  const named =
    mention.kind === 'person' && !roleOfAnother(mention) ? null : namedBefore(tokens, mention, verb, masked);
  if (named) return named;
  return cue('verb', mention, null, verb, mention.start, verb.end, null, basedPlace(np, masked));
}

/** "Roe, who said …": the relative pronoun at `j` stands for the name before it. */
function relativeCue(tokens: readonly Token[], j: number, verb: Token, masked: string): Cue | null {
  const head = tokens[j] as Token;
  const antecedent = tokens[j - 1];
  if (!antecedent || antecedent.quoted) return null;
  // "Rep. Jane Roe (D-Texas), who …": a bracketed tag closing the name is the name's.
  const bracket = antecedent.trailing === '),' ? parentheticalBefore(tokens, j - 1) : -1;
  const end =
    bracket > 0 ? bracket - 1 : antecedent.trailing === ',' ? j - 1 : antecedent.trailing ? -1 : j - 1;
  if (end < 0) return null;
  let np = backwardNounPhrase(tokens, end);
  // "Rep. Jane Roe, D-San Antonio, who …", "Jane Roe, 54, who …": a party tag or an age between
  // commas is the name's aside, not who the pronoun stands for.
  const at = np[0]
    ? tokens.indexOf(np[0])
    : tokens[end] && /^\d+$/u.test((tokens[end] as Token).core)
      ? end
      : -1;
  const aside = tokens[at];
  if (
    at > 0 &&
    aside &&
    (PARTY_TAG.test(aside.core) || /^\d+$/u.test(aside.core)) &&
    (tokens[at - 1] as Token).trailing === ','
  )
    np = backwardNounPhrase(tokens, at - 1);
  const mention = np.length > 0 ? parseMention(np, masked) : null;
  const personal = head.lower === 'who';
  if (!mention) {
    const named = nameBeforeCommas(tokens, end, masked, personal);
    return named ? cue('verb', named, null, verb, head.start, verb.end, null, null) : null;
  }
  // "Jane Roe, the ranking member on the Harbour Committee, who said": the body a preposition
  // governs is what the description is of; the one described said it.
  const holder = holderOf(tokens, np, masked);
  if (holder) return cue('verb', holder, null, verb, head.start, verb.end, null, null);
  // "…with Roe, now the party's leader, who said": a description in apposition to a name. So is a
  // role of a body ("Roe, a spokeswoman for the Harbour Council, who said"): the body is what the
  // role is of; the person named before it said it.
  const described = mention.kind === 'unnamed' || (mention.kind === 'organization' && mention.role);
  const named = described
    ? (nameBeforeApposition(tokens, np, masked) ?? nameBeforeCommas(tokens, end, masked, personal))
    : null;
  if (named) return cue('verb', named, null, verb, head.start, verb.end, null, null);
  return cue('verb', mention, null, verb, head.start, verb.end, null, null);
}

/** Longest description between two commas that `nameBeforeCommas` reads as an apposition. */
const MAX_APPOSITION_WORDS = 6;
/** "Roe, now the party's leader": a word of time before a description in apposition. */
const NOW_THEN = /^(?:now|then|formerly|currently|still|later)$/u;
/** Words opening a description between commas: "Roe, the …", "Roe, her …" (or `NOW_THEN`). */
const COMMA_DESCRIPTION_OPENER = /^(?:the|a|an|his|her|their|its)$/u;
/** Words that end a description read backwards: it is a list or a clause, not an apposition. */
const NOT_APPOSITION = /^(?:and|or|but|who|whom|which|that)$/u;

/**
 * "Roe, the club captain, who …", "Roe, the harbourmaster, who …": the person named before a
 * description set off by commas (`end`: its last word, the comma after it), which the noun phrase
 * read back from the relative pronoun did not take whole (a bare "captain", or nothing). The
 * description opens with a determiner or "now"/"then"; it becomes the person's role. After "who"
 * (`personal`), a lone capitalised word before it is a person's surname ("Hale, now the majority
 * leader, who …"), not a body.
 */
function nameBeforeCommas(
  tokens: readonly Token[],
  end: number,
  masked: string,
  personal: boolean,
): Mention | null {
  if (tokens[end]?.trailing !== ',') return null;
  let k = end - 1;
  for (let words = 1; ; words++) {
    const t = tokens[k];
    if (!t || t.quoted || words > MAX_APPOSITION_WORDS) return null;
    if (t.trailing) break;
    if (NOT_APPOSITION.test(t.lower)) return null;
    k--;
  }
  const stretch = tokens.slice(k + 1, end + 1);
  const opener = stretch[0]?.lower ?? '';
  if (!COMMA_DESCRIPTION_OPENER.test(opener) && !NOW_THEN.test(opener)) return null;
  return personBeforeComma(
    tokens,
    k,
    masked,
    roleOf(NOW_THEN.test(opener) ? stretch.slice(1) : stretch),
    personal,
  );
}

/**
 * The relative pronoun opening, right after a comma, the clause that the "and" at `j` continues
 * ("…, who answered the door and said"), or -1. No punctuation lies between them.
 */
function relativeOpening(tokens: readonly Token[], j: number): number {
  for (let k = j - 1; k >= 1 && j - k <= MAX_RELATIVE_CLAUSE_WORDS; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || t.trailing) return -1;
    if (t.lower === 'who' || t.lower === 'which')
      return (tokens[k - 1] as Token).trailing === ',' && relativeSubject(tokens, k) ? k : -1;
  }
  return -1;
}

/**
 * "Roe’s email to supporters says", "a letter from Roe to the board says", "of Velmar claims": the
 * object of a preposition is no subject of the verb after it. A document's writer speaks through it;
 * else a verb that is as often a noun is one here (null). Undefined when `m` is governed by none.
 */
function objectOfPreposition(
  tokens: readonly Token[],
  m: Mention,
  verb: Token,
  masked: string,
): Cue | null | undefined {
  let first = tokens.findIndex((t) => t.start >= m.start);
  // "to her supporters", "to the board", "in many Asian states": a determiner the phrase left out.
  if (QUANTIFIER.test(tokens[first - 1]?.lower ?? '')) first--;
  const governor = tokens[first - 1];
  if (!governor || governor.quoted || governor.trailing) return undefined;
  const after = tokens[tokens.indexOf(verb) + 1];
  // "…, beating City forecasts.", "…, ignoring Labour claims that …": the object of a participle,
  // the word after it a plural noun.
  if (PARTICIPLE.test(governor.lower) && !SPEECH_PARTICIPLES.has(governor.lower))
    return verb.lower.endsWith('s') ? null : undefined;
  if (!OBJECT_PREPOSITION.test(governor.lower)) return undefined;
  const writer = writerOf(tokens, first - 2, masked);
  if (writer) return cue('verb', writer, null, verb, writer.start, verb.end, null, null);
  // "Parents at Gorse Lane Primary said", "Staff at Kell Hospital say": people, in the plural and
  // with no determiner, whose phrase names the place or body; they speak, not it.
  const group = describedBefore(tokens, tokens.indexOf(verb) - 1, masked);
  const opener = tokens.find((t) => t.start === group?.start);
  if (group && opener && group.start < m.start && !QUANTIFIER.test(opener.lower))
    return cue('verb', group, null, verb, group.start, verb.end, null, null);
  // "A document on the website states that …": a verb after all, whose subject stands before.
  return NOUN_LIKE_SPEECH.has(verb.lower) && after?.lower !== 'that' ? null : undefined;
}

/** Prepositions of place beside `OBJECT_PREPOSITION` ("voters who live outside Velmar"). */
const PLACE_PREPOSITIONS = /^(?:outside|inside|near|across|around|throughout|beyond|behind)$/u;

/** Words that open a clause modifying a noun: a relative pronoun ("that" is as often "said that"). */
const RELATIVE_OPENER = /^(?:who|which|whose)$/u;

/**
 * Whether mention `m`, right before the verb at `vi`, is the object of a preposition inside a
 * participle or relative clause that modifies the subject: "Democrats trying to regain control of the
 * Senate say", "voters who live outside Velmar say". Only words without commas lie between the
 * sentence's start and the preposition.
 */
function inSubjectModifier(tokens: readonly Token[], m: Mention, vi: number): boolean {
  const first = tokens.findIndex((t) => t.start >= m.start);
  const governor = tokens[first - 1]?.lower === 'the' ? tokens[first - 2] : tokens[first - 1];
  if (!governor || governor.trailing || first >= vi) return false;
  if (!OBJECT_PREPOSITION.test(governor.lower) && !PLACE_PREPOSITIONS.test(governor.lower)) return false;
  const at = tokens.indexOf(governor);
  // "Residents interviewed by the Herald said", "scientists not involved in the study said": the
  // object of a past participle after the subject.
  const participle = tokens[at - 1];
  if (at > 1 && participle && !participle.trailing && isPastParticiple(participle)) return true;
  // "residents of the town of Velmar say": a place a noun of place is of names no speaker.
  if (governor.lower === 'of' && participle && !participle.trailing && isPlaceNoun(participle.lower))
    return true;
  for (let k = at - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || t.trailing) return false;
    if (t.core === t.lower && (/^\p{Ll}{3,}ing$/u.test(t.core) || RELATIVE_OPENER.test(t.core))) return true;
  }
  return false;
}

/** A lower-case past form ("interviewed", "polled", "chosen"). */
function isPastParticiple(t: Token): boolean {
  return t.core === t.lower && (/^\p{Ll}{3,}ed$/u.test(t.core) || IRREGULAR_PASTS.has(t.core));
}

/** Determiners and quantifiers before a noun phrase ("the", "her", "many"). */
const QUANTIFIER =
  /^(?:the|a|an|his|her|their|its|our|my|your|many|some|several|all|most|few|both|other|these|those|such)$/u;

/** Prepositions whose object is no subject of the verb after it. */
const OBJECT_PREPOSITION =
  /^(?:to|of|for|with|about|against|from|by|among|toward|towards|in|on|at|into|over|under|within|between|despite|amid|amidst|unlike)$/u;
/**
 * A word in -ing before a noun phrase: a participle whose object it is ("beating City forecasts"),
 * or a pronoun in -thing that it qualifies ("everything Roe says is …": what Roe says, no statement).
 */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;

/**
 * The writer of a document whose phrase ends at `j`: "Roe’s fundraising email", "a letter from Roe",
 * "the memo by the Harbour Board". Null when the phrase names no document or no writer.
 */
function writerOf(tokens: readonly Token[], j: number, masked: string): Mention | null {
  const last = tokens[j];
  if (!last || last.quoted || last.trailing) return null;
  if (DOCUMENT_NOUNS.has(last.lower)) {
    // "Roe’s fundraising email": the possessor, with at most two words between.
    for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
      const t = tokens[k] as Token;
      if (t.quoted || (t.trailing.length > 0 && !/^[’']$/u.test(t.trailing))) return null;
      if (!isPossessive(t)) continue;
      const np = backwardNounPhrase(tokens, k);
      const owner = np.length > 0 ? possessorMention(np, masked) : null;
      return owner && owner.kind !== 'unnamed' ? owner : null;
    }
    return null;
  }
  // "a letter from Roe": a name after "from" or "by", right after the document noun.
  const np = backwardNounPhrase(tokens, j);
  const first = np[0] ? tokens.indexOf(np[0]) : -1;
  const by = tokens[first - 1];
  const doc = tokens[first - 2];
  if (!by || !doc || !/^(?:from|by)$/u.test(by.lower) || !DOCUMENT_NOUNS.has(doc.lower)) return null;
  const writer = np.length > 0 ? parseMention(np, masked) : null;
  return writer && writer.kind !== 'unnamed' ? writer : null;
}

/** Nouns of a written or recorded statement whose writer speaks through it. */
const DOCUMENT_NOUNS = new Set([
  'letter',
  'letters',
  'email',
  'emails',
  'e-mail',
  'memo',
  'statement',
  'release',
  'report',
  'ad',
  'advertisement',
  'post',
  'tweet',
  'message',
  'op-ed',
  'column',
  'essay',
  'editorial',
  'filing',
  'complaint',
  'lawsuit',
  'note',
  'video',
]);

/**
 * "Jane Roe, who is chairman of the Harbour Fund said …": the words before the verb (ending at `j`
 * with a name) are a relative clause whose closing comma is missing; the person it follows is the
 * subject. The
 * clause must open with its own verb ("who is", "who heads"): in "Roe, who Doe said was …" the verb
 * is Doe's. Null unless "NAME, who" stands a few words before, with no punctuation after it.
 */
function unclosedRelative(tokens: readonly Token[], j: number, masked: string): Mention | null {
  // The clause ends with the name of what the office is of ("… of the Harbour Fund said").
  if (!isNameWord(tokens[j] as Token)) return null;
  for (let k = j; k >= 1 && j - k <= MAX_RELATIVE_WORDS; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || (k < j && t.trailing)) return null;
    if (t.lower !== 'who') continue;
    const opener = tokens[k + 1];
    if (!opener || k + 1 > j || opener.core !== opener.lower) return null;
    const name = tokens[k - 1] as Token;
    if (name.quoted || name.trailing !== ',' || !isNameWord(name)) return null;
    const before = backwardNounPhrase(tokens, k - 1);
    const m = before.length > 0 ? parseMention(before, masked) : null;
    return m?.kind === 'person' ? m : null;
  }
  return null;
}

/** The most words of a relative clause between "who" and the phrase its preposition governs. */
const MAX_RELATIVE_WORDS = 10;

/** Prepositions that tie a body or a place to the office before them ("member on", "leader of"). */
const OFFICE_PREPOSITION = /^(?:of|on|for|at|in|from|with)$/u;

/**
 * "Jane Roe, the ranking member on the Harbour Committee, who said …", "Jane Roe, the leader of the
 * opposition in North Westmark, who said": when the phrase before "who" is the object of a
 * preposition inside a description set off by commas, the relative clause is about the person the
 * description follows; the description is their role. Null otherwise.
 */
function holderOf(tokens: readonly Token[], np: readonly Token[], masked: string): Mention | null {
  const first = tokens.indexOf(np[0] as Token);
  const governor = tokens[first - 1];
  if (!governor || governor.trailing || governor.quoted || !OFFICE_PREPOSITION.test(governor.lower))
    return null;
  // Back to the comma that opens the description, which must start with a determiner or a title.
  let k = first - 2;
  while (
    k >= 0 &&
    first - k <= MAX_ASIDE_WORDS &&
    !(tokens[k] as Token).trailing &&
    !(tokens[k] as Token).quoted
  )
    k--;
  const opener = tokens[k + 1];
  if (!opener || (!/^(?:the|a|an)$/iu.test(opener.core) && !isTitleWord(opener))) return null;
  const role = masked.slice(opener.start, (np[np.length - 1] as Token).end).replace(/^(?:the|a|an)\s/iu, '');
  return personBeforeComma(tokens, k, masked, role);
}

/**
 * "Roe, now the party's leader,": the person a description stands in apposition to, when a name and
 * its comma come right before the description (an adverb such as "now" or "then" may open it).
 */
function nameBeforeApposition(
  tokens: readonly Token[],
  np: readonly Token[],
  masked: string,
): Mention | null {
  let k = tokens.indexOf(np[0] as Token) - 1;
  if (NOW_THEN.test(tokens[k]?.lower ?? '')) k--;
  return personBeforeComma(tokens, k, masked, roleOf(np));
}

/** A description's words as a role: without its opening article ("the club captain" → "club captain"). */
function roleOf(words: readonly Token[]): string {
  return words
    .map((t) => t.core)
    .join(' ')
    .replace(/^(?:the|a|an)\s/u, '');
}

/**
 * The person named right before the comma at `tokens[k]`, given `role` unless the name brings one;
 * null when no person is named there. With `surname`, a lone capitalised word not sure to be a name
 * counts as a person's ("Hale, now the majority leader, who …"): the caller knows it is one.
 */
function personBeforeComma(
  tokens: readonly Token[],
  k: number,
  masked: string,
  role: string,
  surname = false,
): Mention | null {
  const prev = tokens[k];
  if (!prev || prev.quoted || prev.trailing !== ',' || !isNameWord(prev)) return null;
  const before = backwardNounPhrase(tokens, k);
  const named = before.length > 0 ? parseMention(before, masked) : null;
  if (!named) return null;
  const lone = surname && before.length === 1 && !named.sure && named.kind === 'organization';
  if (named.kind !== 'person' && !lone) return null;
  return { ...named, kind: 'person', role: named.role ?? role };
}

/**
 * "Jane Roe, the polling expert who founded the site tweeted": a description or a role right before
 * the verb, with no comma to close it, stands in apposition to the person named before its comma;
 * that person speaks, and the description is their role.
 */
function namedBefore(tokens: readonly Token[], m: Mention, verb: Token, masked: string): Cue | null {
  const first = tokens.findIndex((t) => t.start === m.start);
  const opener = tokens[first];
  if (!opener || (opener.core !== opener.lower && !isTitleWord(opener))) return null;
  // "Jane Roe, president and CEO of the Harbour Bank said": one role joined to another.
  let k = first - 1;
  for (
    let role = tokens[k - 1];
    tokens[k]?.lower === 'and' && role && !role.trailing && isTitleWord(role);
  ) {
    k -= 2;
    role = tokens[k - 1];
  }
  const prev = tokens[k];
  if (!prev || prev.quoted || prev.trailing !== ',' || !isNameWord(prev)) return null;
  const np = backwardNounPhrase(tokens, k);
  const named = np.length > 0 ? parseMention(np, masked) : null;
  if (named?.kind !== 'person' || !named.sure) return null;
  named.role ??= (roleOfAnother(m) ? masked.slice(m.start, m.end) : m.name).replace(/^(?:the|a|an)\s/u, '');
  return cue('verb', named, null, verb, named.start, verb.end, [m.start, m.end], null);
}

/**
 * "a former agent for President Tomas Berg", "an aide to Sen. Roe": a name whose role ends in a
 * preposition (and a title) is what the role is of; the description stands for someone else.
 */
function roleOfAnother(m: Mention): boolean {
  const end = m.role?.match(/\s(?:for|to|of|with|under)(?:\s+the)?(?:\s+(\S+))?$/u);
  if (!end) return false;
  const last = end[1];
  return last === undefined || HONORIFICS.has(last) || TITLE_WORDS.has(last.toLowerCase());
}

/**
 * "Roe in Lyon said", "Roe from Porto told": a place of one to three capitalised words after "in" or
 * "from", ending at token `j` right before the verb; with the index of the subject's last word.
 */
function placeBeforeVerb(tokens: readonly Token[], j: number): { place: string; subjectEnd: number } | null {
  for (let n = 1; n <= 3 && j - n >= 1; n++) {
    const prep = tokens[j - n] as Token;
    if (prep.lower !== 'in' && prep.lower !== 'from') continue;
    const run = tokens.slice(j - n + 1, j + 1);
    if (prep.trailing || !run.every((t) => isNameWord(t) && !t.trailing)) return null;
    const place = cleanPlace(run.map((t) => t.core).join(' '));
    return place ? { place, subjectEnd: j - n - 1 } : null;
  }
  return null;
}

/**
 * "NAME, ASIDE, ASIDE, said": the subject stands before one or more comma-separated asides
 * (appositions of any length, relative clauses, party tags, "speaking in X"). The earliest named
 * phrase the asides follow is the subject; the asides give the role and, when they say so, the place.
 */
function appositionChain(tokens: readonly Token[], j: number, verb: Token, masked: string): Cue | null {
  // Segments between commas, nearest the verb first.
  const segments: Token[][] = [];
  let e = j;
  while (segments.length < MAX_ASIDES && e >= 0) {
    let s = e;
    while (s - 1 >= 0 && e - s < MAX_ASIDE_WORDS && !endsPhrase(tokens[s - 1] as Token)) s--;
    segments.push(tokens.slice(s, e + 1));
    const p = tokens[s - 1];
    if (!p || p.quoted || !/^[.)]*[,—]$/u.test(p.trailing)) break;
    e = s - 1;
  }
  let best: { mention: Mention; index: number } | null = null;
  let nearest: { mention: Mention; index: number } | null = null;
  for (let idx = 1; idx < segments.length; idx++) {
    // The segments between this one and the verb must all be asides.
    if (!isAside(segments[idx - 1] as Token[])) break;
    const seg = segments[idx] as Token[];
    // "In Carrick Bay, the harbour master, Jane Roe, said", "In the capital, Lund, the minister, …":
    // a phrase opening with a preposition, and a name in apposition to its noun of place, open the
    // sentence; the subject is nearer the verb.
    if (opensWithPreposition(seg) || namesPlaceOf(seg, segments[idx + 1])) break;
    // "The issue came up after Roe, asked about it, had said": the subject follows a subordinator,
    // or the "what" of a free relative ("in what Jane Roe, the party's treasurer, called …").
    const sub = seg.findLastIndex(
      (t) => (SUBORDINATORS.has(t.lower) && t.lower !== 'that') || t.lower === 'what',
    );
    const np =
      candidatePhrase(seg) ?? (sub >= 0 && sub < seg.length - 1 ? candidatePhrase(seg.slice(sub + 1)) : null);
    const mention =
      (np ? parseMention(np, masked) : describedSegment(tokens, seg, masked)) ?? describedName(seg, masked);
    if (mention) {
      if (mention.kind !== 'unnamed') best = { mention, index: idx };
      nearest ??= { mention, index: idx };
    }
    if (!mention && !isAside(seg)) break;
  }
  // "another fraternity brother, Jane Roe, recalled": the name in apposition to a description.
  const own = candidatePhrase(segments[0] as Token[]) ?? nameBeforeAffiliation(segments[0] as Token[]);
  const named =
    own && best?.mention.kind !== 'person' && segments.length > 1 ? parseMention(own, masked) : null;
  // "The port's operator, Velm Shipping Holdings, said": a body named in apposition to a description.
  const body = named?.kind === 'organization' && nearest?.mention.kind === 'unnamed';
  if (named && (named.kind === 'person' || body) && named.sure) {
    if (!named.role) named.role = nearest?.mention.name ?? roleOfAside(segments[1] as Token[], masked);
    // The description before the name is part of the attribution, not of a reported clause.
    const described = segments[nearest?.index ?? 1]?.[0];
    const from = described && named.role ? Math.min(described.start, named.start) : named.start;
    return cue('verb', named, null, verb, from, verb.end, null, null);
  }
  const pick = best ?? nearest;
  if (!pick) return null;
  const asides = segments.slice(0, pick.index).reverse().flat();
  const aside: [number, number] = [(asides[0] as Token).start, (tokens[j] as Token).end];
  const role = roleOfAside(segments[pick.index - 1] as Token[], masked);
  if (role && !pick.mention.role) pick.mention.role = role;
  if (pick.mention.kind === 'organization' && !pick.mention.sure && role) pick.mention.kind = 'person';
  // "Roe, the union's general secretary, said", "Roe, 54, said": a lone surname is a person's when an
  // aside gives it a title or an age, though the article never names that person in full.
  if (!pick.mention.sure && pick.mention.kind !== 'unnamed' && personAside(segments.slice(0, pick.index)))
    pick.mention = { ...pick.mention, kind: 'person', sure: true };
  const place = asidePlace(asides, masked) ?? basedPlace(asides, masked);
  return cue('verb', pick.mention, null, verb, pick.mention.start, verb.end, aside, place);
}

/** Whether one of the asides after a name is a person's: an age, or a description with a title word. */
function personAside(asides: readonly (readonly Token[])[]): boolean {
  return asides.some(
    (seg) =>
      (seg.length === 1 && /^\d{1,3}$/u.test((seg[0] as Token).core)) ||
      (/^(?:the|a|an)$/u.test((seg[0] as Token | undefined)?.lower ?? '') && seg.some(isTitleWord)),
  );
}

/** Prepositions that open a phrase of place or time before the subject ("In Lund,", "At the pier,"). */
const OPENING_PREPOSITION = /^(?:in|at|from|on|near|outside|inside|across|off|aboard)$/u;

/**
 * Whether a comma-separated segment opens with a preposition: a phrase, never the subject; unless a
 * clause opens inside it ("in what Jane Roe, the treasurer, called …").
 */
function opensWithPreposition(seg: readonly Token[]): boolean {
  const first = seg[0];
  if (first === undefined || seg.length < 2 || !OPENING_PREPOSITION.test(first.lower) || first.trailing)
    return false;
  return !seg.some((t) => t.lower === 'what' || (SUBORDINATORS.has(t.lower) && t.lower !== 'that'));
}

/** "in the capital, Lund,": a segment of name words in apposition to the noun of place ending `before`. */
function namesPlaceOf(seg: readonly Token[], before: readonly Token[] | undefined): boolean {
  const noun = before?.[before.length - 1];
  return (
    before !== undefined &&
    noun !== undefined &&
    opensWithPreposition(before) &&
    isPlaceNoun(noun.lower) &&
    seg.every((t) => isNameWord(t))
  );
}

/**
 * "Local shopkeeper Jane Roe, who runs a bakery, said": a segment of lower-case words describing a
 * person, then that person's full name, is the name (the words before it its role).
 */
function describedName(seg: readonly Token[], masked: string): Mention | null {
  let k = seg.length;
  while (k > 0 && isNameWord(seg[k - 1] as Token) && (k === seg.length || !(seg[k - 1] as Token).trailing))
    k--;
  // Lower-case words only, and not a list: "his band and collaborator Jane Roe" names two.
  const described = seg.slice(1, k);
  const plain = (t: Token) => t.core === t.lower && !t.trailing && !/^(?:and|or)$/u.test(t.lower);
  if (seg.length - k < 2 || k === 0 || !described.every(plain)) return null;
  const mention = parseMention(seg, masked);
  return mention?.kind === 'person' && mention.sure ? mention : null;
}

/**
 * "The buyer, a consortium of banks, said": a segment that is a description of its own (a determiner,
 * then words of no name the lexicon knows), standing where the subject stands.
 */
function describedSegment(tokens: readonly Token[], seg: readonly Token[], masked: string): Mention | null {
  const first = seg[0];
  const last = seg[seg.length - 1];
  if (!first || !last) return null;
  const mention = describedBefore(tokens, tokens.indexOf(last), masked);
  return mention && mention.start === first.start ? mention : null;
}

/**
 * "One pastor backing Doe, Jane Roe of Harbour Baptist Church in Lorne, said": the name that opens
 * an apposition before the body or place it is "of", "from" or "at"; null unless the segment opens
 * with two or more name words.
 */
function nameBeforeAffiliation(seg: readonly Token[]): Token[] | null {
  let k = 0;
  while (k < seg.length && isNameWord(seg[k] as Token) && !(seg[k] as Token).trailing) k++;
  const prep = seg[k];
  if (k < 2 || !prep || !/^(?:of|from|at)$/u.test(prep.lower)) return null;
  return seg.slice(0, k);
}

/** "“…,” said Jane Roe, a trade expert at …", "Said Roe: …". */
function subjectAfter(tokens: readonly Token[], vi: number, masked: string): Cue | null {
  const verb = tokens[vi] as Token;
  const prev = tokens[vi - 1];
  if (prev && !prev.quoted && !/[,—–―:]/u.test(prev.trailing) && !/^[—–―]/u.test(verb.leading)) return null;
  if (verb.trailing && verb.trailing !== ':') return null;
  // "told Roe": the one told, never the speaker.
  if (TELL_FORMS.has(verb.lower)) return null;
  let k = vi + 1;
  // "said Tuesday Jane Roe" is rare; "said in a statement Jane Roe" rarer: only a time is skipped.
  if (tokens[k] && TIME_WORDS.has((tokens[k] as Token).core) && !(tokens[k] as Token).trailing) k++;
  const next = tokens[k];
  if (next && !next.trailing && (next.lower === 'he' || next.lower === 'she')) {
    return cue('verb', null, next.lower === 'he' ? 'male' : 'female', verb, verb.start, next.end, null, null);
  }
  // "“…,” said another.": one more of those an unnamed source was one of.
  const other =
    next && next.lower === 'another' && closesClause(tokens, next.end, true)
      ? describe(masked, next, next, 'unnamed')
      : null;
  if (other && next) return cue('verb', other, null, verb, verb.start, next.end, null, null);
  // A name, else a description ("said one district party leader."); either must close its clause.
  const named = forwardNounPhrase(tokens, k, masked);
  const np =
    named && closesClause(tokens, named.end, true)
      ? named
      : describedAfter(tokens, k, masked, CORE_SPEECH_VERBS.has(verb.lower));
  if (!np || !closesClause(tokens, np.end, true)) return roleThenName(tokens, k, verb, masked);
  const known = np.mention.kind === 'unnamed' ? namedAs(tokens, k, np.end, masked) : null;
  return cue('verb', known ?? np.mention, null, verb, verb.start, np.end, np.asideSpan, np.place);
}

/** "named", "called", "known as", "going by (the handle)": what gives a described source its name. */
const NAMED_AS = /^(?:named|called|(?:known\s+as|going\s+by)(?:\s+the\s+(?:handle|name))?)$/u;

/**
 * "said a man named Ivo Marsh", "tweeted a user going by the handle Harbourfox": the name a
 * description after the verb ends with, the description its role; null when it gives none.
 */
function namedAs(tokens: readonly Token[], k: number, end: number, masked: string): Mention | null {
  const span = tokens.filter((t) => t.start >= (tokens[k] as Token).start && t.end <= end);
  for (let i = 1; i < span.length - 1; i++) {
    for (let n = 4; n >= 1; n--) {
      const words = span.slice(i, i + n);
      if (words.some((t) => t.trailing) && n > 1) continue;
      if (!NAMED_AS.test(words.map((t) => t.lower).join(' '))) continue;
      const rest = span.slice(i + n);
      if (rest.length === 0 || !rest.every(isNameWord)) return null;
      const mention = parseMention(rest, masked);
      if (!mention || mention.kind === 'unnamed') return null;
      const role = masked
        .slice((span[0] as Token).start, (span[i - 1] as Token).end)
        .replace(/^(?:an?|the)\s+/iu, '');
      return { ...mention, role: mention.role ?? role };
    }
  }
  return null;
}

/** Words that open a clause of their own after an inverted speaker's name ("… Roe when asked …"). */
const NAME_CLOSERS = /^(?:who|whom|whose|which|when|while|as|after|before)$/u;

/** The most words of a role before an inverted speaker's name. */
const MAX_ROLE_WORDS = 8;

/**
 * "…,” said Idaho supplement-maker executive Jane Roe, who …": an inverted source whose role holds
 * words no noun phrase reads; the clause ends with a personal name, and the words before it are the role.
 */
function roleThenName(tokens: readonly Token[], k: number, verb: Token, masked: string): Cue | null {
  for (let e = k; e < tokens.length && e - k <= MAX_ROLE_WORDS; e++) {
    const t = tokens[e] as Token;
    if (t.quoted) return null;
    // "said Cruz constituent Jane Roe when asked about …": a clause of its own closes the name too.
    const next = tokens[e + 1];
    const opens = !t.trailing && next !== undefined && !next.quoted && NAME_CLOSERS.test(next.lower);
    if (!opens && (!t.trailing || (t.trailing === '.' && (isHonorific(t) || /^\p{Lu}\.$/u.test(t.core)))))
      continue;
    if ((!opens && !/^[.,;!?]/u.test(t.trailing)) || e - k < 2) return null;
    const last = tokens[e - 1] as Token;
    if (!isNameWord(t) || !isNameWord(last)) return null;
    const mention = parseMention(tokens.slice(k, e + 1), masked);
    if (mention?.kind !== 'person' || !mention.sure) return null;
    return cue('verb', mention, null, verb, verb.start, t.end, null, null);
  }
  return null;
}

/** Orders cues by how likely each is the sentence's main attribution, and scores them. */
export function scoreCues(cues: Cue[], tokens: readonly Token[], unitEnd: number): void {
  const clauses = clauseStarts(tokens);
  for (const c of cues) {
    c.clause = clauseOf(clauses, c.verb.start);
  }
  for (const c of cues) {
    const core = CORE_SPEECH_VERBS.has(c.verb.lower);
    const i = tokens.indexOf(c.verb);
    const nearQuote =
      tokens[i - 1]?.quoted ||
      tokens[i + 1]?.quoted ||
      tokens.some(
        (x) =>
          x.quoted && ((x.end <= c.from && c.from - x.end < 4) || (x.start >= c.to && x.start - c.to < 4)),
      );
    const atEnd = c.to >= unitEnd - 2 || /^[.!?]/u.test(c.verb.trailing);
    const subordinate = inSubordinateClause(tokens, c.from);
    // "a debate over how the state responds to …": an embedded question reports no statement.
    const at = tokens.findIndex((x) => x.start >= c.from);
    const embedded =
      at > 0 && EMBEDDED_QUESTION.test((tokens[at - 1] as Token).lower) && c.from < c.verb.start;
    c.outer =
      cues.find(
        (d) =>
          d !== c &&
          d.clause === c.clause &&
          d.verb.end <= c.from &&
          d.kind !== 'dash' &&
          inComplement(tokens, d, c),
      ) ?? null;
    c.score =
      (core ? 2 : 0) +
      (nearQuote ? 2 : 0) +
      (atEnd ? 2 : 0) +
      (c.mention?.kind === 'person' || c.pronoun ? 1 : 0) +
      (c.kind === 'participle' ? -1 : 0) +
      (subordinate ? -1 : 0) +
      (embedded ? -3 : 0) +
      // "Roe noted that experts say …": a cue inside another's reported clause is not the main one.
      (c.outer ? -3 : 0);
  }
}

const EMBEDDED_QUESTION = /^(?:how|why|whether|what)$/u;

/**
 * Whether cue `c` stands in the reported clause of the earlier cue `d` ("Roe noted that experts say
 * …"): no comma, quote or subordinator ("after", "when" …) between `d`'s verb and `c`.
 */
function inComplement(tokens: readonly Token[], d: Cue, c: Cue): boolean {
  // "After the Velmar attacks, Roe said …": a comma right after the first verb closes its clause.
  if (/[,;:—]/u.test(d.verb.trailing)) return false;
  for (const t of tokens) {
    if (t.start < d.verb.end || t.start >= c.from) continue;
    if (t.quoted || /[,;:—]/u.test(t.trailing) || (SUBORDINATORS.has(t.lower) && t.lower !== 'that'))
      return false;
  }
  return true;
}

/** Whether the clause holding offset `at` opens with a subordinator ("When Roe noted that …"). */
export function inSubordinateClause(tokens: readonly Token[], at: number): boolean {
  let k = 0;
  for (let i = 0; i < tokens.length && (tokens[i] as Token).start < at; i++) {
    const t = tokens[i] as Token;
    if (t.quoted || /[,;:—]/u.test(t.trailing)) k = i + 1;
  }
  const first = tokens[k];
  return first !== undefined && first.start < at && SUBORDINATORS.has(first.lower);
}
