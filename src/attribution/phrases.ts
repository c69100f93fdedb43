/**
 * Noun phrases of a sentence read as sources: a name or a description before or after its verb, the
 * asides between commas that follow a name (appositions, relative clauses, party tags), the subject
 * of a clause, and the clauses of a sentence. Every scan is bounded by a fixed number of words.
 */
import {
  COMPANY_ABBREVIATIONS,
  CORE_SPEECH_VERBS,
  DETERMINERS as DETERMINER_WORDS,
  FUNCTION_WORDS,
  GROUP_WORDS,
  NON_PERSON_WORDS,
  NUMBER_ABBREVIATIONS,
  PREPOSITIONS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  TIME_WORDS,
  TITLE_MODIFIERS,
  wordTest,
} from './lexicon.ts';
import { isHonorific, isNounPhraseWord, isTitleWord, type Mention, parseMention } from './mentions.ts';
import { occasionPlace, toldAfter } from './places.ts';
import {
  isNameWord,
  isPossessive,
  PARTY_TAG,
  parentheticalBefore,
  pluralOwner,
  skipParenthetical,
  type Token,
} from './tokens.ts';

/** The source of a clause: named or described, or a pronoun to resolve; with its aside and place. */
export interface Subject {
  mention: Mention | null;
  pronoun: 'male' | 'female' | null;
  asideSpan: [number, number] | null;
  place: string | null;
}

/** The most words a source noun phrase may have. */
const MAX_PHRASE = 12;
/** The most comma-separated asides between a subject and its verb. */
export const MAX_ASIDES = 6;
/** The most words of one aside. */
export const MAX_ASIDE_WORDS = 30;

/** Words that open an introductory phrase before the subject ("In Lyon, …", "Asked about it, …"). */
const INTRO_OPENERS = new Set(
  `in on at after before during despite for from with without under over amid among by like unlike asked speaking
  following later earlier meanwhile however still yet also then now last next since until although though while when
  if as because once upon throughout toward towards within beyond against according regarding given instead besides`
    .trim()
    .split(/\s+/u),
);

/** Possessive determiners that open a description ("her campaign", "his supporters"). */
const POSSESSIVE_DETERMINERS = /^(?:his|her|its|their|our|my)$/u;

const DETERMINERS =
  /^(?:the|a|an|one|another|some|two|three|several|other|The|A|An|One|Another|Some|Two|Three|Several)$/u;

export const SUBORDINATORS = new Set(
  'when if because although though after before as while since until unless whether once that where'.split(
    ' ',
  ),
);
/** Asides between a subject and its verb that say how or where the person spoke. */
const PARTICIPLE_ASIDE =
  /^(?:speaking|talking|writing|addressing|responding|answering|interviewed|asked|appearing|campaigning|standing|visiting)$/u;
/** Words that open an apposition ("Roe, the party's leader, said", "Roe, who …, said"). */
const APPOSITION_OPENER =
  /^(?:a|an|the|who|whom|whose|which|who[’'](?:s|d|ll|ve)|one|now|also|then|both|himself|herself|its|his|her|their|of|from|at|in|on|for|with|once|formerly|currently|still|another|like|as|chief|head|co-founder|founder|along|together|joined|including|unlike|accompanied|\d[\d,.]*)$/u;

/** Words that open a circumstance set between commas ("after a long pause", "despite the rain"). */
const CIRCUMSTANCE_OPENER =
  /^(?:after|before|during|despite|without|following|amid|upon|when|while|though|although|if|by|through|under)$/u;

export function isFiller(t: Token): boolean {
  if (t.core !== t.lower) return false;
  return SUBJECT_VERB_FILLERS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly'));
}

/** Words that open a description of a source ("the gambling tycoon", "one person", "his spokesman"). */
const DESCRIPTION_OPENER =
  /^(?:the|a|an|one|another|two|three|several|some|many|his|her|its|their|this|that|these|those)$/u;
/** The most words of a described source. */
const MAX_DESCRIPTION = 8;

/**
 * A source the text describes without a name, right before its verb: "“…,” the gambling tycoon told
 * Reuters", "the 46-year-old said". The description opens a clause (after a quote, a comma or at the
 * start of the sentence) with a determiner.
 */
export function describedBefore(tokens: readonly Token[], j: number, masked: string): Mention | null {
  /** The first preposition of a phrase the description holds ("a spokeswoman [for] the city"), or -1. */
  let held = -1;
  /** The same, for a phrase of a name right after its preposition ("Parents [at] Gorse Lane Primary"). */
  let heldName = -1;
  // "A man who saw the crash said": a relative clause of the description, before "said" or "told"
  // only (before "a populist challenge to", "challenge" is no verb and the clause no description's).
  const saying = CORE_SPEECH_VERBS.has(tokens[j + 1]?.lower ?? '');
  for (let k = j; k >= 0 && j - k < MAX_DESCRIPTION; k--) {
    const t = tokens[k] as Token;
    if (t.quoted || (k < j && t.trailing && !pluralOwner(t)) || SPEECH_VERBS.has(t.lower)) return null;
    const before = tokens[k - 1];
    const opens = !before || before.quoted || /[,;:—]$/u.test(before.trailing);
    // "Officials at the ambulance service said": a plural of people opening the clause, no
    // determiner, right before the phrase it holds.
    if (
      k < j &&
      opens &&
      (held === k + 1 || heldName === k + 1) &&
      PEOPLE_OPENER.test(t.lower) &&
      personWord(t)
    )
      return described(tokens.slice(k, j + 1), masked, saying);
    // "Parents at Gorse Lane Primary said": the phrase such plural people hold may name a place or body.
    const named = tokens[k + 1];
    if (k < j && HELD_PHRASE.test(t.lower) && !t.trailing && named && isNameWord(named)) heldName = k;
    if (!DESCRIPTION_OPENER.test(t.lower) || k === j) continue;
    // "A man who saw the crash said": the determiner of an object inside the description's own
    // relative clause; the description opens further back.
    if (!opens && saying && relativeBefore(tokens, k, j - MAX_DESCRIPTION)) continue;
    // "a spokeswoman for the city said": the determiner of a phrase the description holds.
    if (!opens && before && HELD_PHRASE.test(before.lower) && k - 1 > 0) {
      held = k - 1;
      continue;
    }
    if (!opens) return null;
    // With a phrase held, the word before it is the description's head: one for people ("a
    // spokesman for …", "the head of …"), a few words from the determiner; not "one of the many".
    if (held >= 0 && (held - 1 - k > MAX_HEAD_WORDS || !personWord(tokens[held - 1] as Token))) return null;
    return described(tokens.slice(k, j + 1), masked, saying);
  }
  return null;
}

/** Whether "who" or "whose" stands before `k` (back to `stop`) with no punctuation between. */
function relativeBefore(tokens: readonly Token[], k: number, stop: number): boolean {
  for (let m = k - 1; m >= Math.max(stop, 0); m--) {
    const t = tokens[m] as Token;
    if (t.quoted || t.trailing) return false;
    if (t.lower === 'who' || t.lower === 'whose') return true;
  }
  return false;
}

/** The most words of a phrase a description opening a sentence holds ("at the county archive"). */
const MAX_HELD_WORDS = 6;

/**
 * "A librarian at the county archive, who …, keeps the old maps.": a person brought in as new ("a",
 * "an") by a job (`TITLE_WORDS`) at the opening of a sentence, with no name. The description runs
 * through a phrase it holds when a comma closes that phrase; its head is its role.
 */
export function describedOpener(tokens: readonly Token[], masked: string): Mention | null {
  const first = tokens.findIndex((t) => !t.quoted);
  const det = tokens[first];
  if (!det || det.trailing || !/^an?$/u.test(det.lower)) return null;
  let h = first + 1;
  for (; h < tokens.length && h - first <= MAX_HEAD_WORDS; h++) {
    const t = tokens[h] as Token;
    if (t.quoted || t.core !== t.lower) return null;
    if (isTitleWord(t)) break;
    // Modifiers only: "a number of nurses" is a group.
    if (t.trailing || FUNCTION_WORDS.has(t.core) || PREPOSITIONS.has(t.core)) return null;
  }
  const head = tokens[h];
  if (!head || h - first > MAX_HEAD_WORDS || !isTitleWord(head) || /[^s]s$/u.test(head.core)) return null;
  let end = h;
  if (!head.trailing && HELD_PHRASE.test(tokens[h + 1]?.lower ?? '')) {
    let e = h + 1;
    while (
      e < tokens.length &&
      e - h <= MAX_HELD_WORDS &&
      !(tokens[e] as Token).trailing &&
      !(tokens[e] as Token).quoted
    )
      e++;
    if ((tokens[e] as Token | undefined)?.trailing === ',' && e - h <= MAX_HELD_WORDS) end = e;
  }
  // "A lawyer, Jane Roe has …", "A lawyer by training, he served …": a description set off by a
  // comma before a name or a pronoun is that one's apposition, not the subject.
  let c = end;
  while (c < tokens.length - 1 && c - end < MAX_HELD_WORDS && !(tokens[c] as Token).trailing) c++;
  const next = tokens[c + 1];
  if (
    (tokens[c] as Token).trailing === ',' &&
    next &&
    (isNameWord(next) || /^(?:he|she|they|i|we)$/u.test(next.lower))
  )
    return null;
  const mention = described(tokens.slice(first, end + 1), masked);
  if (mention) mention.role = head.core;
  return mention;
}

/** The most words from a description's determiner to its head ("the hospital's chief medical officer"). */
const MAX_HEAD_WORDS = 3;

/** Prepositions a description holds a phrase of ("a spokeswoman for the city", "the head of the board"). */
const HELD_PHRASE = /^(?:for|of|at|with|from|in|on)$/u;

/** Plurals of people that open a description without a determiner ("Officials at …", "police in …"). */
const PEOPLE_OPENER = /^\p{L}+s$|^(?:police|people|staff)$/u;

/** A title or a word for people by what they do: what a description's head may be. */
function personWord(t: Token): boolean {
  const w = t.lower.replace(/[^\p{L}-]/gu, '');
  return GROUP_WORDS.has(w) || isTitleWord(t) || AGENT_ENDING.test(w.replace(/s$/u, ''));
}

/**
 * A described source after an inverted verb: "…,” said one district party leader.", "said a person
 * close to the campaign". It runs to the end of the clause.
 */
export function describedAfter(
  tokens: readonly Token[],
  from: number,
  masked: string,
  /** After "said", "told", "wrote" …: a description there is a source whatever its words. */
  speech = true,
): { mention: Mention; end: number; asideSpan: null; place: null } | null {
  const first = tokens[from];
  // "said that the plan …": after a verb, "that" opens the reported clause, never its source.
  if (!first || !DESCRIPTION_OPENER.test(first.lower) || first.trailing || first.lower === 'that')
    return null;
  const words: Token[] = [first];
  for (let k = from + 1; k < tokens.length && words.length < MAX_DESCRIPTION; k++) {
    const t = tokens[k] as Token;
    if (t.quoted || /^(?:who|whom|which|that|as|when|while|after|before|because)$/u.test(t.lower)) break;
    words.push(t);
    if (t.trailing) break;
  }
  const last = words[words.length - 1] as Token;
  const next = tokens[tokens.indexOf(last) + 1];
  // "said another port lawyer, Jane Roe of the firm X": the name in apposition speaks.
  if (last.trailing === ',' && next && isNameWord(next)) {
    const np = forwardNounPhrase(tokens, tokens.indexOf(next), masked);
    if (np && np.mention.kind === 'person') {
      np.mention.role ??= masked.slice((words[0] as Token).start, last.end);
      return { mention: np.mention, end: np.end, asideSpan: null, place: null };
    }
  }
  // The clause must end with the description: "said the plan would …" is a reported clause.
  if (next && !last.trailing && !/^(?:who|whom|which|that)$/u.test(next.lower)) return null;
  // "…,” recommends a delay": after a verb that also takes an object, a thing is its object, not
  // a source that speaks; the words after the opener must name who could.
  if (!speech && !words.slice(1).some(agentWord)) return null;
  const mention = described(words, masked);
  return mention ? { mention, end: mention.end, asideSpan: null, place: null } : null;
}

/**
 * A word that can name who speaks: a body ("the council"), a title ("the governor"), a word for a
 * person by what they do ("one lawyer", "a source close to …", "another advocate"), a name or a
 * capitalised word ("one Democrat", "the younger Mr. Roe"), an age ("the 46-year-old").
 */
function agentWord(t: Token): boolean {
  return personWord(t) || /^\p{Lu}/u.test(t.core) || /-old$/u.test(t.lower.replace(/[^\p{L}-]/gu, ''));
}

/** Endings of words for people by what they do or are (a plural's "s" taken off first): -er, -or, -ist, -ian, -man … */
const AGENT_ENDING =
  /(?:er|or|ist|ian|man|men|woman|women|person|people|ant|ent|ee|ate|ive|ary|ard|ess|ic|folk)$/u;

/**
 * The description `words` make, or null when they are no noun phrase. `relative`: a relative clause
 * of it may hold a finite verb ("a driver who was injured in the crash" before "said").
 */
export function described(words: readonly Token[], masked: string, relative = false): Mention | null {
  if (words.length < 2) return null;
  const last = words[words.length - 1] as Token;
  if (/ly$/u.test(last.lower) || SPEECH_VERBS.has(last.lower) || FINITE.test(last.lower)) return null;
  // A description is a noun phrase: it ends with its noun ("the rest of the", "the hall filled with"
  // end with none) and holds no finite verb ("the campaign has yet to …", "he’s considering …").
  if (
    last.core === last.lower &&
    (PREPOSITIONS.has(last.lower) || DETERMINER_WORDS.has(last.lower) || NOT_A_NOUN.test(last.lower))
  )
    return null;
  const pronoun = relative ? words.findIndex((w) => w.lower === 'who' || w.lower === 'whose') : -1;
  if ((pronoun > 0 ? words.slice(0, pronoun) : words).some((w) => FINITE.test(w.lower))) return null;
  const start = (words[0] as Token).start;
  return {
    name: masked.slice(start, last.end).replace(/^(?:The|A|An)\s/u, (d) => d.toLowerCase()),
    role: null,
    honorific: null,
    kind: 'unnamed',
    sure: true,
    gender: null,
    start,
    end: last.end,
  };
}

/** Words that end no noun phrase: pronouns and particles ("of them", "so", "up"). */
const NOT_A_NOUN = /^(?:them|him|it|us|me|so|up|yet|out|off|and|or|but|not|very|too|also|all|both|each)$/u;

/** Finite verbs of being and having, modals, and pronoun contractions: a clause, not a description. */
export const FINITE =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did|do|(?:he|she|it|they|we|i)[’'](?:s|re|ve|d|ll))$/u;

/**
 * "Jane Roe and John Doe said", "Roe, Doe and Poe argued": several named subjects; the first is the
 * speaker named (the others share the statement). Returns the first conjunct, or `np` itself.
 */
export function firstConjunct(tokens: readonly Token[], np: Token[]): Token[] {
  let first = np;
  let sawAnd = false;
  for (let steps = 0; steps < 4 && first.length > 0; steps++) {
    const at = tokens.indexOf(first[0] as Token);
    const joint = tokens[at - 1];
    if (!joint || joint.quoted) break;
    let end: number;
    // ", and": a new clause ("… in Ohio, and Roe said"), not a list of speakers.
    if (
      !joint.trailing &&
      (joint.lower === 'and' || joint.lower === '&') &&
      !/,$/u.test(tokens[at - 2]?.trailing ?? '')
    ) {
      sawAnd = true;
      end = at - 2;
    } else if (sawAnd && /^\)?,$/u.test(joint.trailing)) {
      end = at - 1;
    } else break;
    const prev = tokens[end];
    if (!prev || prev.quoted || (prev.trailing && !/^(?:\.?\))?,?$/u.test(prev.trailing))) break;
    // A party or state tag after the name ("O’Malley (D) and Huckabee (R)", "Roe (Vt.) and Doe").
    const open = parentheticalBefore(tokens, end);
    const before = backwardNounPhrase(tokens, open >= 0 ? open - 1 : end);
    if (before.length === 0 || !before.some(isNameWord)) break;
    // "Health and Human Services Secretary Jane Roe": a word of a body's name (not a plural, as
    // "Republicans and …" is) before "and", and a title after, make one office, not two speakers.
    const office =
      before.every((t) => NON_PERSON_WORDS.has(t.core)) &&
      !/s$/u.test((before[before.length - 1] as Token).core) &&
      first.some((t, i) => i > 0 && isTitleWord(t)) &&
      !isTitleWord(first[0] as Token) &&
      !TITLE_MODIFIERS.has((first[0] as Token).lower);
    if (office) break;
    // "The Food and Drug Administration said": after "the", two capitalised parts joined by "and",
    // the second ending in a body's head word, are one body's name, no list of speakers.
    const head = first[first.length - 1] as Token;
    const named = before[0]?.lower === 'the' ? before.slice(1) : before;
    const opener = before[0]?.lower === 'the' ? before[0] : tokens[tokens.indexOf(before[0] as Token) - 1];
    if (
      NON_PERSON_WORDS.has(head.core) &&
      opener?.lower === 'the' &&
      !opener.trailing &&
      named.length > 0 &&
      // Not "the F.B.I. and the county sheriff's department": a body of its own on either side.
      (first[0] as Token).lower !== 'the' &&
      named.every(
        (t) => isNameWord(t) && !NON_PERSON_WORDS.has(t.core) && !/^\p{Lu}[\p{Lu}.]+$/u.test(t.core),
      )
    )
      return [...before, joint, ...first];
    first = before;
  }
  return first;
}

/** Modals: a lower-case word after one is a verb. */
const MODAL = /^(?:will|would|can|could|shall|should|may|might|must)$/u;

/** Collects a noun phrase ending at token `j`, stopping at clause punctuation and function words. */
export function backwardNounPhrase(tokens: readonly Token[], j: number): Token[] {
  const np: Token[] = [];
  for (let k = j; k >= 0 && np.length < MAX_PHRASE; k--) {
    const t = tokens[k] as Token;
    if (k < j && t.trailing && !(t.trailing === '.' && isHonorific(t)) && !/^[’']$/u.test(t.trailing)) break;
    // "whether she would lead the Office …": a lower-case word after a modal is a verb.
    const prior = tokens[k - 1];
    if (
      t.core === t.lower &&
      prior &&
      !prior.trailing &&
      MODAL.test(prior.lower) &&
      !DETERMINERS.test(t.core)
    )
      break;
    if (isNounPhraseWord(t)) {
      np.unshift(t);
      continue;
    }
    // Connectors inside a title or organisation ("Secretary of State", "Institute for Peace",
    // "Jane Roe of the Urban Institute").
    if (
      (/^(?:of|for|the)$/u.test(t.core) || (t.core === 'to' && isTitleWord(tokens[k - 1] as Token))) &&
      np.length > 0 &&
      k > 0 &&
      isNounPhraseWord(tokens[k - 1] as Token)
    ) {
      np.unshift(t);
      continue;
    }
    if (t.core === 'and' && np.length > 0 && andInOrganization(tokens, k)) {
      np.unshift(t);
      continue;
    }
    const before = tokens[k - 1];
    if (
      // "Institute of the Sea", "Committee for a Balanced Budget": an article after the connector;
      // capitalised in a title of its own ("Tomas Berg of The Harbour Review").
      /^(?:the|The|a|an)$/u.test(t.core) &&
      np.length > 0 &&
      k > 1 &&
      before &&
      /^(?:of|for)$/u.test(before.core) &&
      !before.trailing &&
      isNounPhraseWord(tokens[k - 2] as Token)
    ) {
      np.unshift(before, t);
      k--;
      continue;
    }
    if ((DETERMINERS.test(t.core) || POSSESSIVE_DETERMINERS.test(t.core)) && np.length > 0) np.unshift(t);
    break;
  }
  while (np.length > 0 && /^(?:of|for)$/u.test((np[0] as Token).core)) np.shift();
  return np;
}

/** The most capitalised words between an organisation's "of"/"for" and an "and" of its name. */
const MAX_ORGANIZATION_COMPLEMENT = 4;

/**
 * "the Organization for Economic Cooperation and Development", "the Center for Media and Public
 * Affairs": the "and" at `k` joins two capitalised words of one organisation's complement, when an
 * "of"/"for" after a word that names a body ("Organization", "Center") stands a few capitalised words
 * before it. "Jane Roe and John Doe" has no such head: two people, left to `firstConjunct`.
 */
function andInOrganization(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.trailing || !prev || prev.trailing || !next || !isNameWord(prev) || !isNameWord(next)) return false;
  for (let i = k - 1; i >= 1 && k - i <= MAX_ORGANIZATION_COMPLEMENT; i--) {
    const w = tokens[i] as Token;
    if (/^(?:of|for)$/u.test(w.core))
      return !w.trailing && NON_PERSON_WORDS.has((tokens[i - 1] as Token).core);
    if (w.trailing || !isNameWord(w)) return false;
  }
  return false;
}

/** A word that ends a phrase: clause punctuation after it (not the period of "Sen." or "J."). */
export function endsPhrase(t: Token): boolean {
  if (t.quoted) return true;
  if (!t.trailing) return false;
  if (t.trailing === '.' && (isHonorific(t) || isNameWord(t))) return false;
  // "the No. 2 Republican", "Acme Co. chief": an abbreviation's period, not the phrase's end.
  if (t.trailing === '.' && (NUMBER_ABBREVIATIONS.has(t.core) || COMPANY_ABBREVIATIONS.has(t.core)))
    return false;
  // "veterans’ families": a possessive apostrophe, not punctuation.
  return !/^(?:\)+|[’']+)$/u.test(t.trailing);
}

/** A phrase that can be a subject on its own: an optional determiner, then noun-phrase words. */
export function candidatePhrase(seg: readonly Token[]): Token[] | null {
  let toks = [...seg];
  // "81-year-old Jane Roe": an age before the name is no part of it.
  while (toks.length > 1 && /^\d[\d,.]*(?:-year-old)?$/u.test((toks[0] as Token).lower)) toks = toks.slice(1);
  // "As Roe, the party's leader, put it", "But Roe, …, said": the conjunction is not part of the name.
  if (toks.length > 1 && /^(?:as|but|and|yet|so|even)$/u.test((toks[0] as Token).lower)) toks = toks.slice(1);
  // "Sen. Jane Roe (D-Mo.)": the parenthesis after the name is an aside.
  const open = toks.findIndex((t) => t.leading.includes('('));
  if (open > 0) toks = toks.slice(0, open);
  if (toks.length === 0 || toks.length > MAX_PHRASE) return null;
  // "Wilcox and Beruff": several named people; the first is the speaker named.
  const and = toks.findIndex((t) => t.lower === 'and');
  if (and > 0 && toks.slice(0, and).some(isNameWord) && toks[and + 1] && isNameWord(toks[and + 1] as Token))
    toks = toks.slice(0, and);
  if (
    !toks.every(
      (t, i) =>
        isNounPhraseWord(t) ||
        (i > 0 && /^(?:of|for|the|and)$/u.test(t.core)) ||
        (i === 0 && /^(?:the|The)$/u.test(t.core)),
    )
  )
    return null;
  const last = toks[toks.length - 1] as Token;
  if (!isNounPhraseWord(last)) return null;
  if (FUNCTION_WORDS.has(last.core)) return null;
  return toks;
}

/** An apposition or relative clause between commas: an aside that is not itself a predicate. */
function isApposition(seg: readonly Token[]): boolean {
  const first = seg[0];
  if (!first) return false;
  if (seg.length === 1 && (PARTY_TAG.test(first.core) || isFiller(first))) return true;
  if (APPOSITION_OPENER.test(first.lower) || PARTICIPLE_ASIDE.test(first.lower)) return true;
  return (
    isTitleWord(first) ||
    first.leading.includes('(') ||
    possessiveRole(seg) ||
    possessiveDescription(seg) ||
    namedRole(seg) ||
    candidatePhrase(seg) !== null
  );
}

/** The most name words before the role word of an apposition without an article ("GOP strategist"). */
const MAX_ROLE_NAME_WORDS = 2;

/**
 * "YAF member in the 1960s", "GOP strategist": a name or acronym, then a role word in lower case,
 * with no article: a description in apposition.
 */
function namedRole(seg: readonly Token[]): boolean {
  const role = seg.findIndex((t) => t.core === t.lower);
  if (role < 1 || role > MAX_ROLE_NAME_WORDS) return false;
  const head = seg[role] as Token;
  return seg.slice(0, role).every((t) => isNameWord(t) && !t.trailing) && isTitleWord(head);
}

/**
 * "Berg’s opponent in the race", "Lind’s longtime friend": a relation to someone named, in apposition:
 * a possessive name, a noun with at most two words before it, then nothing or a prepositional phrase
 * ("Roe’s advice earned him …" is a clause).
 */
function possessiveDescription(seg: readonly Token[]): boolean {
  const first = seg[0] as Token;
  if (!isNameWord(first) || !isPossessive(first) || seg.length < 2) return false;
  let noun = 0;
  for (const t of seg.slice(1)) {
    if (PREPOSITIONS.has(t.lower)) break;
    if (t.quoted || t.core !== t.lower || ++noun > MAX_RELATION_WORDS) return false;
  }
  return noun > 0;
}

/** The most words of a relation after a possessive name ("longtime political friend"). */
const MAX_RELATION_WORDS = 3;

/** An apposition, relative clause, age, party tag or participle aside between commas. */
export function isAside(seg: readonly Token[]): boolean {
  const first = seg[0];
  if (!first || seg.length > MAX_ASIDE_WORDS) return false;
  if (seg.length === 1 && (PARTY_TAG.test(first.core) || isFiller(first))) return true;
  if (APPOSITION_OPENER.test(first.lower) || PARTICIPLE_ASIDE.test(first.lower)) return true;
  // "Roe, after a long pause, said": a circumstance between commas.
  if (seg.length > 1 && CIRCUMSTANCE_OPENER.test(first.lower)) return true;
  // "dedicating the museum on Saturday": a participle clause.
  if (first.core === first.lower && /^\p{Ll}{3,}(?:ing|ed)$/u.test(first.core)) return true;
  if (isTitleWord(first) || first.leading.includes('(')) return true;
  if (possessiveRole(seg)) return true;
  // A place or a name continuing the one before ("of Springfield, Va.,"), or a description.
  return candidatePhrase(seg) !== null;
}

/** "Roe’s senior media adviser", "Jones' aide": a role held for someone, closed by a title word. */
function possessiveRole(seg: readonly Token[]): boolean {
  const first = seg[0] as Token;
  const last = seg[seg.length - 1] as Token;
  const possessive = isPossessive(first) || /^[’']$/u.test(first.trailing);
  return possessive && seg.length > 1 && isNameWord(first) && isTitleWord(last);
}

/** The role an apposition gives ("the chief economist of the Harbour Bank"), when it is a description. */
export function roleOfAside(whole: readonly Token[], masked: string): string | null {
  // "a retired engineer who drives two hours to get here": the role ends where a relative clause
  // opens, unless the clause holds an office ("who chairs the Science Committee").
  const relative = whole.findIndex((t, i) => i > 0 && /^(?:who|whom|whose|which|that)$/u.test(t.lower));
  const office = relative > 0 && whole.slice(relative + 1).some(isTitleWord);
  let seg = relative > 0 && !office ? whole.slice(0, relative) : whole;
  while (seg.length > 1 && /^(?:and|or|but)$/u.test((seg[seg.length - 1] as Token).lower))
    seg = seg.slice(0, -1);
  const first = seg[0];
  if (!first) return null;
  if (
    /^(?:who|whom|whose|which|of|from|at|in|on|with|once|formerly|currently|still|like|as)$/u.test(
      first.lower,
    )
  )
    return null;
  if (PARTICIPLE_ASIDE.test(first.lower) || /^\d/u.test(first.core)) return null;
  // A clause is no role: it has a verb.
  if (seg.some((t) => /^(?:is|was|are|were|has|have|had|will|would|can|could|said|says)$/u.test(t.lower)))
    return null;
  let from = 0;
  while (from < seg.length - 1 && /^(?:the|a|an)$/iu.test((seg[from] as Token).core)) from++;
  if (!seg.slice(from).some(isTitleWord) && !/^(?:the|a|an)$/iu.test(first.core)) return null;
  return masked.slice((seg[from] as Token).start, (seg[seg.length - 1] as Token).end);
}

/**
 * "speaking in Graz on Thursday", "addressing a crowd outside the hall in Graz": a place an aside
 * says the person spoke in, in the chain of occasion phrases right after its participle (see
 * `occasionPlace`); "speaking about the floods in Graz" names what was spoken of, not where.
 */
export function asidePlace(aside: readonly Token[], masked: string): string | null {
  const i = aside.findIndex((t) => PARTICIPLE_ASIDE.test(t.lower));
  if (i < 0) return null;
  void masked;
  return occasionPlace(aside, i + 1, toldAfter((aside[i] as Token).lower)).place;
}

/** Words that open a relative clause, and "that". */
const RELATIVE_OR_THAT = wordTest('who which that whose');

/** "a Lyon-based analyst", "a start-up based in Lyon": where the speaker is based. */
export function basedPlace(toks: readonly Token[], masked: string): string | null {
  // Only in the description of the speaker itself: "who helped found X, a group based in Lyon"
  // says where the group is. Whether a comma or a relative word came before, kept as the words go by.
  let nested = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const m = t.core.endsWith('-based')
      ? /^(\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*)-based$/u.exec(t.core)
      : null;
    if (m) return (m[1] as string).replace(/-/gu, ' ');
    if (t.lower === 'based' && !t.trailing && toks[i + 1]?.lower === 'in' && !nested) {
      const place = occasionPlace(toks, i + 1, 'none').place;
      if (place) return place;
    }
    nested ||= t.trailing.includes(',') || RELATIVE_OR_THAT.test(t.lower);
  }
  void masked;
  return null;
}

/**
 * An inverted source closes its clause ("…,” said Roe." / "said Roe, who …" / "said Roe on Monday");
 * in "said the plan could fail" the noun phrase opens a reported clause and is no speaker.
 */
export function closesClause(tokens: readonly Token[], end: number, occasion = false): boolean {
  const after = tokens.findIndex((x) => x.start >= end);
  const last = tokens[after - 1];
  if (after < 0 || !last || last.trailing) return true;
  const next = tokens[after] as Token;
  if (next.quoted || TIME_WORDS.has(next.core)) return true;
  // "said Al From": a capitalised word goes on with the name.
  if (next.core !== next.lower) return false;
  return (
    INVERSION_FOLLOWERS.test(next.lower) ||
    (occasion && (OCCASION_FOLLOWERS.test(next.lower) || /^\p{Ll}{3,}ly$/u.test(next.core)))
  );
}

/** Words that may follow an inverted source in its own clause: a relative, a preposition, a time. */
const INVERSION_FOLLOWERS =
  /^(?:who|whom|whose|which|of|for|at|in|on|during|after|before|when|while|as|to|about|last|this)$/u;

/**
 * After a verb of saying, also the occasion's other prepositions and an adverb of manner ("said Jane
 * Roe outside the court", "said Roe by phone from Lyon", "said Roe quietly"); not after "according
 * to", where "documents from Jane Roe" names the source after the preposition.
 */
const OCCASION_FOLLOWERS = /^(?:outside|inside|near|from|aboard|beside|behind|by|via|with|following)$/u;

/** The most lower-case words between an organisation and the role word before a name. */
const MAX_ROLE_GAP = 3;

/**
 * From `i`: up to a few lower-case words ending with a role word ("technology columnist"), with no
 * punctuation inside (the role word may carry some after it); returns the index after it, or 0.
 */
function roleWords(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i <= MAX_ROLE_GAP) {
    const t = tokens[k] as Token;
    if (t.quoted || t.core !== t.lower || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.core)) break;
    // Nouns and adjectives only: "used to support fellow Kentuckian Jane Roe" is a verb's object.
    if (FUNCTION_WORDS.has(t.core) || /^(?:and|or|but|nor)$/u.test(t.core) || /(?:ed|ing)$/u.test(t.core))
      return 0;
    k++;
    if (t.trailing) break;
  }
  const role = tokens[k - 1];
  return k > i && role && isTitleWord(role) ? k : 0;
}

/**
 * From `i`: role words (see `roleWords`) with no punctuation after them, then a name; returns the
 * index after the name, or 0.
 */
function roleWordsThenName(tokens: readonly Token[], i: number): number {
  const k = roleWords(tokens, i);
  if (k === 0 || (tokens[k - 1] as Token).trailing) return 0;
  let e = k;
  while (e < tokens.length && isNameWord(tokens[e] as Token) && !(tokens[e] as Token).quoted) {
    if ((tokens[e] as Token).trailing) return e + 1;
    e++;
  }
  return e > k ? e : 0;
}

/**
 * "Rovers’ manager Tom Hale", "the Wardens' captain Ada Lind": a plural owner whose possessive mark
 * is left as trailing punctuation, then a role and a name, is one phrase; the owner and the role are
 * the name's role (not a body that speaks). Either mark, curly or straight: a straight one closes a
 * quote as often, so only before a role word and a name. Returns the index after the name, or 0.
 */
function ownerBeforeRole(tokens: readonly Token[], k: number): number {
  return pluralOwner(tokens[k] as Token) ? roleWordsThenName(tokens, k + 1) : 0;
}

/**
 * "the Wardens’ captain, Ada Lind": a plural owner, then a role set off by a comma before a name,
 * is the description the name stands in apposition to, as "the club’s captain, Ada Lind" is; the
 * owner is no body that speaks. Returns the index after the role word, or 0.
 */
function ownerRoleBeforeName(tokens: readonly Token[], k: number): number {
  if (!pluralOwner(tokens[k] as Token)) return 0;
  const e = roleWords(tokens, k + 1);
  const next = tokens[e];
  return e > 0 && (tokens[e - 1] as Token).trailing === ',' && next && !next.quoted && isNameWord(next)
    ? e
    : 0;
}

/** A noun phrase from `from` on, with the apposition after it when there is one. */
export function forwardNounPhrase(
  tokens: readonly Token[],
  from: number,
  masked: string,
): { mention: Mention; end: number; asideSpan: [number, number] | null; place: string | null } | null {
  const np: Token[] = [];
  let k = from;
  for (; k < tokens.length && np.length < MAX_PHRASE; k++) {
    const t = tokens[k] as Token;
    if (
      isNounPhraseWord(t) ||
      (/^(?:of|for|the)$/u.test(t.core) && np.length > 0) ||
      ((DETERMINERS.test(t.core) || POSSESSIVE_DETERMINERS.test(t.lower)) && np.length === 0)
    ) {
      np.push(t);
      const owned = ownerBeforeRole(tokens, k) || ownerRoleBeforeName(tokens, k);
      if (owned > 0) {
        np.push(...tokens.slice(k + 1, owned));
        k = owned - 1;
        break;
      }
      if (t.trailing && !(t.trailing === '.' && isHonorific(t))) break;
      continue;
    }
    k--;
    break;
  }
  while (np.length > 0 && /^(?:of|for|the|a|an)$/iu.test((np[np.length - 1] as Token).core)) np.pop();
  // "The Harbour Times technology columnist Jane Roe": words no noun phrase reads, then a role
  // word and a name, make the name the one meant and the words before it the role. Only after "the"
  // ("Roe took down businessman Jane Doe" is a verb and its object).
  const roled =
    np.length > 1 &&
    np[0]?.lower === 'the' &&
    !np[np.length - 1]?.trailing &&
    parseMention(np, masked)?.kind === 'organization'
      ? roleWordsThenName(tokens, k + 1)
      : 0;
  if (roled > 0) {
    const person = parseMention([...np, ...tokens.slice(k + 1, roled)], masked);
    if (person?.kind === 'person' && person.sure) {
      np.push(...tokens.slice(k + 1, roled));
      k = roled - 1;
    }
  }
  const mention = parseMention(np, masked);
  if (!mention) return null;
  let end = mention.end;
  let asideSpan: [number, number] | null = null;
  const last = np[np.length - 1];
  let r = k + 1;
  // "Sen. Jane Roe (D-Mo.)": a party tag after the name.
  const closed = skipParenthetical(tokens, r);
  if (closed !== r) {
    asideSpan = [(tokens[r] as Token).start, (tokens[closed - 1] as Token).end];
    end = asideSpan[1];
    r = closed;
  }
  const lastBefore = tokens[r - 1];
  if (last && lastBefore?.trailing.startsWith(',')) {
    // The apposition after the name, up to the next clause punctuation.
    const rest: Token[] = [];
    for (; r < tokens.length && rest.length < MAX_ASIDE_WORDS; r++) {
      const t = tokens[r] as Token;
      if (t.quoted) break;
      rest.push(t);
      // "said Roe, the Wardens’ manager", "said Roe, chairman of the dockers’ union": a plural
      // owner's mark before what it owns closes nothing.
      if (pluralOwner(t) && tokens[r + 1] !== undefined && !(tokens[r + 1] as Token).quoted) continue;
      if (t.trailing && !(t.trailing === '.' && isNameWord(t))) break;
    }
    // An apposition is a noun phrase: a verb in it means the clause goes on ("According to X, the plan will …").
    const clause = rest.some(
      (t) =>
        /^(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|did|does)$/u.test(
          t.lower,
        ) || SPEECH_VERBS.has(t.lower),
    );
    const relative = /^(?:who|whom|whose|which)$/iu.test(rest[0]?.core ?? '');
    // "another Twitter user, Jane Roe", "another advocate, Jane Roe of the firm X": the name in
    // apposition to a description speaks.
    let lead = rest.length;
    for (let r2 = 0; r2 < rest.length; r2++) {
      const x = rest[r2] as Token;
      if (!isNounPhraseWord(x) && !(r2 > 0 && /^(?:of|for|the)$/u.test(x.core))) {
        lead = r2;
        break;
      }
    }
    const named = mention.kind === 'unnamed' || !mention.sure ? candidatePhrase(rest.slice(0, lead)) : null;
    let person = named ? parseMention(named, masked) : null;
    // "another advocate, Jane Roe of the law firm Hale Brown": the name before "of" when the whole
    // reads as no person.
    const of = rest.findIndex((x, i) => i > 0 && i < lead && x.core === 'of');
    if ((mention.kind === 'unnamed' || !mention.sure) && person?.kind !== 'person' && of > 0) {
      const head = candidatePhrase(rest.slice(0, of));
      person = head ? parseMention(head, masked) : null;
    }
    if (person && person.kind === 'person' && !clause && !relative) {
      person.role ??= mention.name;
      return {
        mention: person,
        end: (rest[rest.length - 1] as Token).end,
        asideSpan: null,
        place: basedPlace(np, masked),
      };
    }
    if (
      !clause &&
      !relative &&
      rest.length > 0 &&
      (rest.some(isTitleWord) || /^(?:a|an|the)$/iu.test(rest[0]?.core ?? ''))
    ) {
      const role = roleOfAside(rest, masked);
      if (role) mention.role = role;
      if (mention.kind === 'organization' && !mention.sure) mention.kind = 'person';
      asideSpan = [(rest[0] as Token).start, (rest[rest.length - 1] as Token).end];
      end = asideSpan[1];
      // "said Jane Roe, a Lyon-based economist": where the speaker is based.
      const based = basedPlace(rest, masked);
      if (based) return { mention, end, asideSpan, place: based };
    }
  }
  return { mention, end, asideSpan, place: basedPlace(np, masked) };
}

/**
 * The subject of the clause a word at `at` belongs to: the noun phrase that opens the sentence (after
 * an introductory phrase ending in a comma) and is followed, after any asides, by a lower-case word.
 * "In Lyon, Sen. Jane Roe (D-Mo.), the panel's chair, criticised …" → Jane Roe.
 */
export function clauseSubject(
  tokens: readonly Token[],
  at: number,
  masked: string,
  dashes = false,
): Subject | null {
  // The clause holding `at` when it has a subject of its own ("…, while her rival, Roe, has soared
  // by saying …"); else the sentence's ("Roe left early, but told reporters …"). With `dashes`, a
  // dash before "but", "and", "while" opens a clause too ("Roe proposed it - but Doe rejected it").
  const starts = dashes ? dashClauseStarts(tokens) : clauseStarts(tokens);
  const clause = clauseOf(starts, (tokens[at] ?? tokens[tokens.length - 1])?.start ?? 0);
  if (clause > 0) {
    let k = tokens.findIndex((t) => !t.quoted && t.start >= (starts[clause - 1] as number));
    if (/^(?:while|whereas|but|and|yet)$/u.test(tokens[k]?.lower ?? '')) k++;
    const own = k >= 0 ? subjectFrom(tokens, k, at, masked) : null;
    if (own) return own;
  }
  let first = tokens.findIndex((t) => !t.quoted && t.core !== '');
  // "And she is sure …", "But Roe said …": a conjunction opening the sentence is no part of its subject.
  if (
    first >= 0 &&
    /^(?:and|but|so|yet|or)$/u.test((tokens[first] as Token).lower) &&
    !(tokens[first] as Token).trailing
  )
    first++;
  // "Hours later, Roe returned …", "Two days ago, …": a time opening the sentence.
  let start = first;
  for (let k = first; k >= 0 && k < at && k - first < 4; k++) {
    const t = tokens[k] as Token;
    if (/^(?:later|earlier|ago|afterwards|afterward)$/u.test(t.lower) && t.trailing === ',') start = k + 1;
    if (t.trailing) break;
  }
  const found = subjectFrom(tokens, start, at, masked);
  if (found) return found;
  // An opening phrase no list of openers knows: the subject follows its comma.
  let comma = first;
  while (comma >= 0 && comma < at && comma - first < 12 && !(tokens[comma] as Token).trailing.includes(','))
    comma++;
  if (comma < 0 || comma >= at || comma - first >= 12) return null;
  if (stateAfterPlace(tokens, comma, at)) return null;
  return subjectFrom(tokens, comma + 1, at, masked);
}

/** Prepositions before a place named as "City, State,". */
const PLACE_OPENER = /^(?:in|at|from|near|outside)$/u;

/**
 * "The flood in Lund, Norland, says …": the comma at `comma` closes a place after "in", "at" or
 * "from", and what follows it up to the next comma is one to three name words, its state or country.
 * That is no subject: the sentence's subject is the phrase before the place.
 */
function stateAfterPlace(tokens: readonly Token[], comma: number, at: number): boolean {
  let k = comma;
  while (k >= 0 && comma - k < 3 && isNameWord(tokens[k] as Token) && (k === comma || !tokens[k]?.trailing))
    k--;
  const opener = tokens[k];
  if (k === comma || !opener || opener.trailing || !PLACE_OPENER.test(opener.lower)) return false;
  let e = comma + 1;
  while (e < at && e - comma <= 3 && isNameWord(tokens[e] as Token) && !tokens[e]?.trailing) e++;
  const last = tokens[e];
  return e < at && e - comma <= 3 && last !== undefined && isNameWord(last) && last.trailing === ',';
}

/**
 * After an opening phrase ending with a place ("At a rally in Portsmouth,"): the place's state or
 * country ("N.H.,") when a time follows it ("on Tuesday,"), and that time; returns where the subject starts.
 */
function placeAndTime(tokens: readonly Token[], i: number, at: number): number {
  let e = i;
  while (e < at && e - i < 3 && !(tokens[e] as Token).trailing.includes(',')) e++;
  if (e >= at || !tokens.slice(i, e + 1).every((t) => isNameWord(t))) return i;
  let k = e + 1;
  const first = tokens[k];
  // "in St. Clairsville, Ohio, 62-year-old Jane Roe …": the place's state, then a subject that opens
  // with a capital or a number (a subject in apposition would be followed by a lower-case word).
  if (first && !first.quoted && (/^\p{Lu}/u.test(first.core) || /^\d/u.test(first.core)) && e - i < 2)
    return e + 1;
  if (!first || (!/^(?:on|this|last|late|early|earlier)$/u.test(first.lower) && !TIME_WORDS.has(first.core)))
    return i;
  while (k < at && k - e <= 4 && !(tokens[k] as Token).trailing.includes(',')) k++;
  if (k >= at || k - e > 4) return i;
  const when = tokens.slice(e + 1, k + 1);
  if (!when.some((t) => TIME_WORDS.has(t.core))) return i;
  return k + 1;
}

/** The fewest words an opening clause holds before the main clause's pronoun: a subject and a verb. */
const MIN_OPENING_CLAUSE_WORDS = 2;

/**
 * The index of the "he" or "she" opening the main clause after an opening clause left without a
 * comma ("When the judge returned he began …", "As the vote closed she said …"), or -1. The
 * opening clause (from the subordinator at `from`) holds at least a subject and a verb, no quote
 * and no pronoun of its own in subject place that could be the one meant; the pronoun comes right
 * after a word with no punctuation, before `at`.
 */
function mainPronounAfter(tokens: readonly Token[], from: number, at: number): number {
  for (let k = from + 1 + MIN_OPENING_CLAUSE_WORDS; k < at; k++) {
    const t = tokens[k] as Token;
    const before = tokens[k - 1] as Token;
    if (t.quoted || before.trailing) return -1;
    if ((t.lower === 'he' || t.lower === 'she') && !t.trailing) {
      // "When he returned she …" is read the same way; "When the judge told him he …" and "when
      // asked how she would …" are not: "he" after an object or a question word opens a clause
      // inside the opening one.
      if (
        /^(?:him|her|them|me|us|that|how|what|why|whether|if|who|whom|which|where|when|as)$/u.test(
          before.lower,
        )
      )
        return -1;
      return k;
    }
  }
  return -1;
}

function subjectFrom(tokens: readonly Token[], from: number, at: number, masked: string): Subject | null {
  let i = from;
  if (i < 0 || i >= at) return null;
  // Skip an introductory phrase ("In Lyon,", "Asked about the plan,", "On “Meet the Press,”").
  const first = tokens[i] as Token;
  const second = tokens[i + 1];
  const participle =
    (/^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u.test(first.core) || /^(?:Having|Being)$/u.test(first.core)) &&
    second !== undefined &&
    second.core === second.lower;
  if (INTRO_OPENERS.has(first.lower) || SUBORDINATORS.has(first.lower) || participle) {
    let k = i;
    // The phrase ends at a comma, or at a quoted title followed by a name ("On “Meet the Press” Roe said").
    while (
      k < at &&
      k - i < 25 &&
      !(tokens[k] as Token).trailing.includes(',') &&
      !((tokens[k] as Token).quoted && tokens[k + 1] !== undefined && isNameWord(tokens[k + 1] as Token))
    )
      k++;
    if (k >= at || k - i >= 25) {
      // "When the judge returned he began by saying …": no comma closes an opening clause of time or
      // cause; a "he" or "she" after its own subject and verb opens the main clause.
      const main = SUBORDINATORS.has(first.lower) ? mainPronounAfter(tokens, i, at) : -1;
      if (main < 0) return null;
      return {
        mention: null,
        pronoun: (tokens[main] as Token).lower === 'he' ? 'male' : 'female',
        asideSpan: null,
        place: null,
      };
    }
    i = k + 1;
    while (i < at && (tokens[i] as Token).quoted) i++;
    // "At a rally in Portsmouth, N.H., on Tuesday, Roe …": the place's state and a time go on the phrase.
    i = placeAndTime(tokens, i, at);
    // "Preceded on stage by Jane Roe, the county sheriff, Doe said": a description after a name that
    // closes the opening phrase is that name's apposition; the subject follows it.
    i = skipOpeningApposition(tokens, i, at);
    // "In Ohio, which votes next week, Roe said": a relative clause of the opening phrase.
    for (
      let n = 0;
      n < 2 && i < at && /^(?:which|who|where|when|whose)$/u.test((tokens[i] as Token).lower);
      n++
    ) {
      let e = i;
      while (e < at && e - i < MAX_ASIDE_WORDS && !(tokens[e] as Token).trailing.includes(',')) e++;
      if (e >= at) return null;
      i = e + 1;
    }
  }
  // "62-year-old Jane Roe": an age before the name is no part of it.
  if (
    /^\d[\d,.]*-year-old$/u.test(tokens[i]?.lower ?? '') &&
    tokens[i + 1] &&
    isNameWord(tokens[i + 1] as Token)
  )
    i++;
  const t = tokens[i];
  if (!t) return null;
  // "He …", "He’s …": a pronoun subject.
  const pronoun = /^(he|she)(?:[’']s)?$/u.exec(t.lower);
  if (pronoun && !t.trailing) {
    return { mention: null, pronoun: pronoun[1] === 'he' ? 'male' : 'female', asideSpan: null, place: null };
  }
  const np = forwardNounPhrase(tokens, i, masked);
  if (!np) return null;
  // The phrase must be followed by its verb: a lower-case word after any asides.
  let k = tokens.findIndex((x) => x.start >= np.end);
  if (k < 0 || k > at) return null;
  k = skipParenthetical(tokens, k);
  // "Roe, host of the show “The Harbour,” listed …": the title closing the apposition (see
  // `embeddedTitles` in extract.ts) carries its comma.
  if (tokens[k]?.quoted && tokens[k]?.trailing === ',' && k < at) k++;
  // "The minister of fisheries and energy, Jane Roe, …": what the office is of, up to the comma.
  if (np.mention.kind === 'unnamed' && /^(?:of|for)$/u.test(tokens[k]?.lower ?? '')) {
    let e = k;
    while (e < at && e - k < 5 && !(tokens[e] as Token).trailing && !(tokens[e] as Token).quoted) e++;
    if ((tokens[e] as Token | undefined)?.trailing === ',') k = e + 1;
  }
  // "Roe (D), the panel's chair, called …": asides between commas before the verb.
  let mention = np.mention;
  for (
    let asides = 0;
    asides < MAX_ASIDES && k > 0 && /[,—]$/u.test((tokens[k - 1] as Token).trailing);
    asides++
  ) {
    let e = k;
    while (e < tokens.length && e - k < MAX_ASIDE_WORDS && !/[,—]/u.test((tokens[e] as Token).trailing)) e++;
    // "Roe, after first saying …, changed course": the word asked about is in the aside itself.
    if (at >= k && at <= e)
      return { mention: np.mention, pronoun: null, asideSpan: np.asideSpan, place: np.place };
    if (e >= at || e - k >= MAX_ASIDE_WORDS || !isApposition(tokens.slice(k, e + 1))) break;
    // "Roe’s son, Grant, defended …": a name in apposition to a description is who acts; the
    // description is their role.
    // So is a full name in apposition to "the" and one capitalised word, an office the lexicon does
    // not know ("The Taoiseach, Jane Roe, has rejected …").
    const office =
      mention.kind !== 'person' && /^the\s+\S+$/iu.test(masked.slice(mention.start, mention.end));
    if (asides === 0 && (mention.kind === 'unnamed' || office)) {
      const seg = candidatePhrase(tokens.slice(k, e + 1));
      const named = seg ? parseMention(seg, masked) : null;
      const fits = !office || (named?.kind === 'person' && named.sure && named.name.includes(' '));
      if (named && named.kind !== 'unnamed' && seg?.every(isNameWord) && fits) {
        named.role ??= mention.name.replace(/^(?:the|a|an)\s/iu, '');
        mention = named;
      }
    }
    k = e + 1;
  }
  const next = tokens[k];
  if (
    !next ||
    next.quoted ||
    next.core !== next.lower ||
    FUNCTION_WORDS.has(next.core) ||
    SUBORDINATORS.has(next.lower)
  ) {
    if (!(next && (next.lower === 'who' || next.lower === 'and'))) return null;
  }
  // "One of Roe’s supporters who still backs Doe, former Rep. Jane Berg, wrote …": a description
  // with a relative clause, then the name in apposition, who acts.
  if (mention.kind === 'unnamed' && next?.lower === 'who') {
    const named = nameAfterRelative(tokens, k, at, masked);
    if (named) {
      named.role ??= mention.name.replace(/^(?:the|a|an)\s/iu, '');
      return { mention: named, pronoun: null, asideSpan: np.asideSpan, place: np.place };
    }
  }
  return { mention, pronoun: null, asideSpan: np.asideSpan, place: np.place };
}

/**
 * The person named between the comma that closes a relative clause opening at `k` and the next
 * comma, before `at`: "… who still backs Doe, former Rep. Jane Berg, …" → Jane Berg. Else null.
 */
function nameAfterRelative(tokens: readonly Token[], k: number, at: number, masked: string): Mention | null {
  let e = k;
  while (e < at && e - k < MAX_ASIDE_WORDS && !(tokens[e] as Token).trailing.includes(',')) e++;
  if (e >= at || !(tokens[e] as Token).trailing.includes(',')) return null;
  let f = e + 1;
  while (f < at && f - e <= MAX_ASIDE_WORDS && !(tokens[f] as Token).trailing.includes(',')) f++;
  if (f >= at || (tokens[f] as Token).quoted) return null;
  const seg = candidatePhrase(tokens.slice(e + 1, f + 1));
  const named = seg ? parseMention(seg, masked) : null;
  return named?.kind === 'person' && named.sure && isNameWord(tokens[f] as Token) ? named : null;
}

/**
 * From `i`, right after an opening phrase that ends with a name and its comma: past a description in
 * apposition to that name ("…by Jane Roe, the county sheriff and a longtime ally, Doe …") when a
 * name follows its comma. Otherwise `i` itself.
 */
function skipOpeningApposition(tokens: readonly Token[], i: number, at: number): number {
  const before = tokens[i - 1];
  const first = tokens[i];
  if (!before || !first || !isNameWord(before) || !/^(?:the|a|an)$/u.test(first.lower)) return i;
  let e = i;
  while (e < at && e - i < MAX_ASIDE_WORDS && !(tokens[e] as Token).trailing) e++;
  const next = tokens[e + 1];
  if (e >= at || (tokens[e] as Token).trailing !== ',' || !next || !isNameWord(next)) return i;
  return isApposition(tokens.slice(i, e + 1)) ? e + 1 : i;
}

/**
 * Offsets where a new clause of the sentence starts: after ";", at ", while" / ", but" / ", and", and
 * at a subordinator that opens a clause of its own speaker ("after Roe announced").
 */
export function clauseStarts(tokens: readonly Token[]): number[] {
  const known = CLAUSES.get(tokens);
  if (known) return known;
  const starts: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (t.quoted) continue;
    if (
      prev.trailing.endsWith(';') ||
      (CLAUSE_OPENERS.has(t.lower) && prev.trailing.endsWith(',') && !prev.quoted) ||
      namedSpeakerClause(tokens, i) ||
      relativeWithSpeech(tokens, i)
    )
      starts.push(t.start);
  }
  CLAUSES.set(tokens, starts);
  return starts;
}

const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'and', 'yet']);

/**
 * Whether the relative pronoun at `k` is its clause's subject ("who answered"), not its object
 * ("which she favors"): a lower-case word that is no pronoun or determiner follows it.
 */
export function relativeSubject(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || next.core !== next.lower || RELATIVE_CLAUSE_SUBJECT.test(next.lower))
    return false;
  // "who was nominated by the mayor and confirmed by the council": a passive clause; the one it is
  // about had things done, and said nothing.
  const after = tokens[k + 2];
  return !(BE_FORMS.test(next.lower) && after !== undefined && PAST_PARTICIPLE.test(after.lower));
}

/** Forms of "be" that make a passive with a past participle. */
const BE_FORMS = /^(?:is|are|was|were|been|being|be)$/u;

/** A regular past participle ("nominated", "chosen"). */
const PAST_PARTICIPLE = /^\p{Ll}{2,}(?:ed|en)$/u;

/** Words that open a relative clause's own subject ("which she favors", "whom the board named"). */
const RELATIVE_CLAUSE_SUBJECT =
  /^(?:i|you|he|she|it|we|they|the|a|an|this|that|these|those|his|her|their|its|our|my)$/u;

/** The most words of a relative clause before its second verb ("who answered the door and said"). */
export const MAX_RELATIVE_CLAUSE_WORDS = 12;

/**
 * "Lund told Jane Roe, who answered the door and said …": a relative clause after a comma whose
 * second verb is one of saying reports its own speaker's words, apart from the clause before it.
 */
function relativeWithSpeech(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if ((t.lower !== 'who' && t.lower !== 'which') || !(tokens[i - 1] as Token).trailing.endsWith(','))
    return false;
  if (!relativeSubject(tokens, i)) return false;
  for (let k = i + 1; k < tokens.length - 1 && k - i <= MAX_RELATIVE_CLAUSE_WORDS; k++) {
    const w = tokens[k] as Token;
    if (w.quoted || w.trailing) return false;
    if (w.lower === 'and' && CORE_SPEECH_VERBS.has((tokens[k + 1] as Token).lower)) return true;
  }
  return false;
}

/** `clauseStarts`, and where a dash before "but", "and", "while" … opens a clause. */
function dashClauseStarts(tokens: readonly Token[]): number[] {
  const starts = new Set(clauseStarts(tokens));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (!t.quoted && !prev.quoted && CLAUSE_OPENERS.has(t.lower) && prev.trailing.endsWith('—'))
      starts.add(t.start);
  }
  return [...starts].sort((a, b) => a - b);
}

/** Subordinators that open a clause of its own speaker, comma or not ("… after Roe announced …"). */
const SPEAKER_CLAUSE_OPENERS = new Set([
  'while',
  'whereas',
  'after',
  'before',
  'when',
  'because',
  'although',
  'though',
  'since',
  'until',
]);

/** The most words of a name between a subordinator and its clause's verb of saying. */
const MAX_CLAUSE_NAME_WORDS = 4;

/**
 * "Roe said in August after Harbour Foods announced it was …", "… while Doe suggests …": a
 * subordinator followed by a name and a verb of saying opens a clause with its own speaker.
 */
function namedSpeakerClause(tokens: readonly Token[], i: number): boolean {
  const k = subordinateVerb(tokens, i, false);
  const verb = tokens[k];
  return k > 0 && verb !== undefined && SPEECH_VERBS.has(verb.lower);
}

/**
 * Where the verb of a clause that the subordinator at `i` opens stands: after one to four name
 * words, or (with `pronouns`) after "he", "she" or "they"; -1 when no lower-case word follows them.
 */
function subordinateVerb(tokens: readonly Token[], i: number, pronouns: boolean): number {
  const t = tokens[i] as Token;
  // Capitalised only opening the sentence ("When Roe tried …").
  // With `pronouns` (a clause read for who is quoted in it), "with" too: "with Roe taking to …".
  const opener = SPEAKER_CLAUSE_OPENERS.has(t.lower) || (pronouns && t.lower === 'with');
  if (!opener || (t.core !== t.lower && i > 0) || t.trailing) return -1;
  let k = i + 1;
  if (pronouns && t.lower !== 'with' && SUBJECT_PRONOUNS.has(tokens[k]?.core ?? '')) k++;
  else
    while (
      k < tokens.length &&
      k - i <= MAX_CLAUSE_NAME_WORDS &&
      isNameWord(tokens[k] as Token) &&
      !(tokens[k] as Token).trailing
    )
      k++;
  const verb = tokens[k];
  return k > i + 1 && verb !== undefined && !verb.quoted && verb.core === verb.lower ? k : -1;
}

/**
 * The subject of the last clause between `from` and `to` that a subordinator opens with a subject
 * and a verb in the past of its own (or "with" an absolute in -ing), and that quotes someone: "Hale
 * called Roe a “disgrace” after she blamed the floods on “bad luck”" → "she", whose words those
 * are. Null when no such clause starts there, or its subject is "they" (no one person).
 */
export function subordinateSubject(
  tokens: readonly Token[],
  masked: string,
  from: number,
  to: number,
): {
  at: number;
  mention: Mention | null;
  pronoun: 'male' | 'female' | null;
  first: Token;
  last: Token;
} | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.start >= to || t.start < from) continue;
    const k = subordinateVerb(tokens, i, true);
    const verb = tokens[k];
    // "after Roe said the mayor had called it “…”": what a verb of saying reports has a subject of its
    // own, who may be the one quoted. A verb with an object ("attacked", "blamed … on") has none.
    // "with Roe taking to the radio to call it “…”": an absolute, its verb in -ing.
    const form = t.lower === 'with' ? /^\p{Ll}{2,}ing$/u : PAST_VERB;
    if (!verb || !form.test(verb.lower) || verb.trailing) continue;
    if (CORE_SPEECH_VERBS.has(verb.lower)) continue;
    if (!quotedInClause(tokens, k + 1)) continue;
    const first = tokens[i + 1] as Token;
    if (SUBJECT_PRONOUNS.has(first.core))
      return first.core === 'they'
        ? null
        : {
            at: t.start,
            mention: null,
            pronoun: first.core === 'he' ? 'male' : 'female',
            first,
            last: first,
          };
    const mention = parseMention(tokens.slice(i + 1, k), masked);
    return mention ? { at: t.start, mention, pronoun: null, first, last: tokens[k - 1] as Token } : null;
  }
  return null;
}

/** "he", "she", "they" opening a subordinate clause as its subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/** A verb in the past: a regular one ("blamed", "tried") or one of the common irregular ones. */
const PAST_VERB = /^(?:\p{Ll}{2,}ed|held|gave|made|took|went|brought|thought|sought)$/u;

/**
 * Whether a quote opens in the clause from `k`: before the sentence's next comma, dash or semicolon,
 * and before an "and", "or" or "but" that does not join a second verb in the past to the first
 * ("after she attacked the police and blamed …" goes on; "because she stored it and “…”" does not).
 */
function quotedInClause(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.quoted) return true;
    if (/[,;:\u2013\u2014]/u.test(t.trailing)) return false;
    const next = tokens[j + 1];
    if (/^(?:and|or|but)$/u.test(t.lower) && !(next && !next.quoted && PAST_VERB.test(next.core)))
      return false;
  }
  return false;
}

/** Clause starts of the sentences being read: asked for by several rules of the same sentence. */
const CLAUSES = new WeakMap<readonly Token[], number[]>();

/** The clause number of an offset, given the clause starts. */
export function clauseOf(starts: readonly number[], at: number): number {
  let n = 0;
  while (n < starts.length && (starts[n] as number) <= at) n++;
  return n;
}
