/**
 * Noun phrases read as speakers: a name with a title ("Norland Foreign Ministry spokesman Ivo
 * Petrov"), an honorific ("Ms. Roe"), an affiliation ("Republican Tomas Berg"), an
 * organisation ("the Bureau of Fisheries", "The Post"), or a description without a name ("U.S.
 * officials", "the announcer"). Titles, honorifics and affiliations go to the role, never the name.
 */

import { isGivenName } from './given-names.ts';
import {
  AFFILIATION_WORDS,
  FEMALE_HONORIFICS,
  FEMALE_WORDS,
  GENERATIONAL_SUFFIX,
  GROUP_WORDS,
  HEADLINE_VERBS,
  HONORIFICS,
  MALE_HONORIFICS,
  MALE_WORDS,
  NON_PERSON_WORDS,
  OFFICE_TIME_WORDS,
  PEOPLE_PLURALS,
  PLACE_AND_MONTH_ABBREVIATIONS,
  ROLES_ALSO_VERBS,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon.ts';
import { bare, isNameWord, isPossessive, pluralOwner, type Token } from './tokens.ts';

/**
 * What a speaker is: a `person`, an `organization` (a body, a publication, a country, a poll), or
 * `unnamed`: a source the text only describes ("U.S. officials", "a spokeswoman for the campaign").
 */
export type SpeakerKind = 'person' | 'organization' | 'unnamed';

export type Gender = 'male' | 'female';

export interface Mention {
  /** The name as written, without honorific or title ("Jane A. Roe", "Norland"); for an
   * unnamed source, the description ("U.S. officials"). */
  name: string;
  role: string | null;
  honorific: string | null;
  kind: SpeakerKind;
  /** Whether the kind rests on evidence (an honorific, a title, a first name) rather than a guess. */
  sure: boolean;
  gender: Gender | null;
  start: number;
  end: number;
}

const INITIALS = /^(?:\p{Lu}\.)+$/u;
const DETERMINER = /^(?:the|a|an|one|another|some|two|three|several|other)$/iu;

export const isHonorific = (t: Token) => HONORIFICS.has(t.core);
/** Initials of a place or body that open names of things ("U.S. Steel", "D.C. Council"). */
const PLACE_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'L.A.', 'N.Y.', 'N.J.']);

/**
 * "J.M. Berger", "A.J. Roe": initials with periods that open a name, a surname after them, are a
 * person's given names, not an acronym naming a body ("F.B.I.").
 */
function givenInitials(nameToks: readonly Token[], i: number): boolean {
  const t = nameToks[i] as Token;
  return (
    i === 0 &&
    nameToks.length > 1 &&
    INITIALS.test(t.core) &&
    t.core.length <= 4 &&
    !PLACE_INITIALS.has(t.core)
  );
}

/** The most words of a personal name after a place and a party ("Ohio Republican Jane A. Roe"). */
const MAX_NAME_AFTER_PARTY = 3;

/** Words of a building or a place, which a person's name never holds ("Plaza Hotel", "Capitol Hill"). */
const PLACE_WORDS = new Set([
  'Hotel',
  'Casino',
  'Plaza',
  'Hill',
  'Tower',
  'Park',
  'Hall',
  'Stadium',
  'Arena',
]);

/** Letters that stand for an office after a description ("the opposition MP", "a Scottish MSP"). */
const POST_NOMINAL_TITLE = /^(?:MP|MPs|MEP|MEPs|MSP|MSPs)$/u;

/** A role word, or one shared by "co-" ("co-anchor", "co-chairman"). */
export const isTitleWord = (t: Token) => {
  const w = bare(t.lower);
  return (
    TITLE_WORDS.has(w) ||
    // "the opposition MP": letters a member of parliament is known by stand as a title.
    POST_NOMINAL_TITLE.test(t.core) ||
    (w.startsWith('co-') && TITLE_WORDS.has(w.slice(3))) ||
    (t.core === t.lower && isTitlePlural(w))
  );
};

/**
 * "inspectors", "investigators": the plural of a role word, in lower case, names a group of people as
 * the singular names one ("Federal inspectors said"); not of one that is a verb too ("Roe heads"). Capitalised plurals are left to names ("the Kings").
 */
export function isTitlePlural(w: string): boolean {
  if (!w.endsWith('s') || w.length < 4) return false;
  let known = TITLE_PLURALS.get(w);
  if (known === undefined) {
    const role = (singular: string) => TITLE_WORDS.has(singular) && !ROLES_ALSO_VERBS.has(singular);
    known = role(w.slice(0, -1)) || (w.endsWith('es') && role(w.slice(0, -2)));
    if (TITLE_PLURALS.size > 100_000) TITLE_PLURALS.clear();
    TITLE_PLURALS.set(w, known);
  }
  return known;
}

/**
 * `isTitlePlural`'s answers so far: asked of most words in -s, each time cutting the word twice. A
 * briefing repeats its words; bounded.
 */
const TITLE_PLURALS = new Map<string, boolean>();
const isTitleModifier = (t: Token) => TITLE_MODIFIERS.has(t.lower);
const isGroupWord = (t: Token) => GROUP_WORDS.has(t.lower);
const isAffiliation = (t: Token) => AFFILIATION_WORDS.has(t.core);

/** A token that may belong to a subject noun phrase. */
export function isNounPhraseWord(t: Token): boolean {
  t.nounPhrase ??= nounPhraseWord(t);
  return t.nounPhrase;
}

function nounPhraseWord(t: Token): boolean {
  if (t.quoted) return false;
  const c = t.core.charCodeAt(0);
  // A lower-case word is a title, a modifier, a collective or a possessive, or nothing of a phrase.
  if (c >= 97 && c <= 122 && !t.core.includes('.') && t.name !== true) {
    const w = bare(t.lower);
    return PHRASE_WORD_LISTS.has(w) || isTitlePlural(w) || w !== t.lower || isPossessive(t);
  }
  if (isNameWord(t)) return true;
  let known = PHRASE_WORDS.get(t.core);
  if (known === undefined) {
    known =
      isHonorific(t) || isTitleWord(t) || isTitleModifier(t) || isGroupWord(t) || /[’']s$/u.test(t.core);
    if (PHRASE_WORDS.size > 100_000) PHRASE_WORDS.clear();
    PHRASE_WORDS.set(t.core, known);
  }
  // "the Carolinas’": the possessive mark left as trailing punctuation.
  return known || isPossessive(t);
}

/**
 * People in the plural as news quotes them without names ("critics", "friends", "residents"): a group
 * word, or one of these. Lower case, as an opening capital is only the sentence's.
 */
const UNNAMED_PLURALS: ReadonlySet<string> = new Set([
  // Plurals only: not "congress", "campus".
  ...[...GROUP_WORDS].filter((w) => /[^su]s$/u.test(w)),
  ...`friends neighbours neighbors residents locals parents families relatives colleagues supporters
opponents fans witnesses campaigners protesters activists teachers doctors nurses workers employees
students volunteers farmers voters members passengers customers shoppers visitors villagers
organisers organizers survivors victims mourners commuters drivers tenants owners traders`.split(/\s+/u),
]);

/** `TITLE_WORDS`, `TITLE_MODIFIERS` and `GROUP_WORDS` in one set: asked of every lower-case word. */
const PHRASE_WORD_LISTS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...TITLE_MODIFIERS, ...GROUP_WORDS]);

/** Whether each word read so far, by its letters alone, can be part of a noun phrase. Bounded. */
const PHRASE_WORDS = new Map<string, boolean>();

/** A title word that stands for a role here: lower case, or before a name ("Larry King" is a name). */
function actsAsTitle(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (!isTitleWord(t)) return false;
  if (t.core === t.lower) return true;
  const next = toks[i + 1];
  if (next && (isNameWord(next) || isHonorific(next))) return true;
  // A capitalised title word after a first name or an initial is a surname ("Lena King", "Peter T.
  // King of Ohio"), not after a possessive ("the port authority's CEO") or an acronym ("US Secretary").
  const prev = toks[i - 1];
  const afterName =
    prev !== undefined &&
    isNameWord(prev) &&
    !isPossessive(prev) &&
    !isTitleWord(prev) &&
    !isTitleModifier(prev) &&
    !isAffiliation(prev) &&
    !NON_PERSON_WORDS.has(prev.core) &&
    (/^\p{Lu}\.$/u.test(prev.core) || prev.core !== prev.core.toUpperCase());
  // "Secretary of State", "Minister for Trade": otherwise a title governing what follows.
  return !afterName;
}

/** Letters printed after a British or Irish name: a member of parliament, a barrister, an honour. */
const POST_NOMINAL = /^(?:MP|MEP|MSP|TD|QC|KC|OBE|CBE|MBE|KBE|DBE)$/u;

/**
 * "Americans for Prosperity", "patients' group Voices for Orla": a group named by a plural that opens
 * the name, then "for" (`at`): one organisation, not a name and whom it writes for ("Jane Roe for
 * The Daily"). Only "for": "Jones of Texas" is a person and a place.
 */
function groupNamed(toks: readonly Token[], at: number): boolean {
  const plural = toks[at - 1];
  if (toks[at]?.core !== 'for' || plural === undefined || !/^\p{Lu}\p{Ll}+[^s\W]s$/u.test(plural.core))
    return false;
  // Only a description may come before it: "the", "patients' group".
  return toks.slice(0, at - 1).every((t) => DETERMINER.test(t.core) || !isNameWord(t) || isPossessive(t));
}

/**
 * Reads a noun phrase (tokens in text order) as speaker + role.
 * The name is the run of name words after the last title word, honorific, affiliation or possessive:
 * "US Secretary of State Jane Roe" → name "Jane Roe", role "US Secretary of State".
 */
export function parseMention(tokens: readonly Token[], text: string): Mention | null {
  let toks = tokens.filter((t) => !t.quoted);
  while (toks.length > 0 && /[’']$/u.test((toks[toks.length - 1] as Token).core)) toks = toks.slice(0, -1);
  // "Ms Nerys Fenwick MP", "Jane Roe QC": letters after a name say what the person is, not who.
  while (toks.length > 2 && POST_NOMINAL.test((toks[toks.length - 1] as Token).core))
    toks = toks.slice(0, -1);

  // "President Ana Lima of Portugal", "Jane Roe for The Daily": the name ends before "of"/"for".
  const cut = toks.findIndex(
    (t, i) =>
      (t.core === 'of' || t.core === 'for') &&
      i > 0 &&
      isNameWord(toks[i - 1] as Token) &&
      !actsAsTitle(toks, i - 1) &&
      // "Bureau of Fisheries" is one name; "Ana Lima of Portugal" is a name and a place.
      !NON_PERSON_WORDS.has((toks[i - 1] as Token).core) &&
      !groupNamed(toks, i) &&
      !TITLE_MODIFIERS.has((toks[i - 1] as Token).lower) &&
      !titleOfBeforeName(toks, i),
  );
  if (cut > 0) toks = toks.slice(0, cut);
  if (toks.length === 0) return null;
  // "Critics say …", "Friends told her …": a plural of people capitalised only because it opens the
  // sentence describes them; it names no one.
  const only = toks.length === 1 ? (toks[0] as Token) : null;
  if (only && only.core !== only.lower && UNNAMED_PLURALS.has(only.lower))
    return describe(text, only, only, 'unnamed');
  // "The National Farmers' Union", "the Referees’ Association": a plural owner inside the name of a
  // body (its last word one), every word capitalised, is part of the name, no owner of it.
  const named = toks.filter((t) => !DETERMINER.test(t.core));
  const body = named.at(-1);
  if (
    named.length > 1 &&
    body &&
    NON_PERSON_WORDS.has(body.core) &&
    named.some(pluralOwner) &&
    named.every((t) => isNameWord(t) && (t === body || pluralOwner(t) || !isPossessive(t)))
  )
    return describe(text, named[0] as Token, body, 'organization');
  // "Food and Drug Administration", "Science and Technology Directorate": name words joined by "and",
  // the last a body's head word, name one body.
  if (
    named.length > 2 &&
    body &&
    NON_PERSON_WORDS.has(body.core) &&
    named.some((t, i) => t.core === 'and' && i > 0 && i < named.length - 1) &&
    named.every((t) => t.core === 'and' || isNameWord(t))
  )
    return describe(text, named[0] as Token, body, 'organization');
  // "The Bureau of Fisheries", "Ministry of Defence": an organisation named as "X of Y". Most
  // phrases hold no "of" or "for" (which no determiner is) and are spared the copy.
  const ofOrFor = (t: Token) => t.core === 'of' || t.core === 'for';
  const org = toks.some(ofOrFor) ? toks.filter((t) => !DETERMINER.test(t.core)) : [];
  const ofAt = org.findIndex(ofOrFor);
  if (
    ofAt > 0 &&
    (NON_PERSON_WORDS.has((org[ofAt - 1] as Token).core) || groupNamed(org, ofAt)) &&
    !org.some((_, i) => actsAsTitle(org, i)) &&
    // "Organization for Economic Cooperation and Development": an "and" inside what it is of.
    org.every((t, i) => i === ofAt || isNameWord(t) || t.core === 'the' || (i > ofAt && t.core === 'and'))
  ) {
    return describe(text, org[0] as Token, org[org.length - 1] as Token, 'organization');
  }
  let k = -1;
  let honorific: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (isHonorific(t) && i < toks.length - 1) {
      k = i;
      honorific = t.core;
    } else if (
      actsAsTitle(toks, i) ||
      isPossessive(t) ||
      (!isNameWord(t) && i < toks.length - 1) ||
      (i === 0 &&
        i < toks.length - 1 &&
        (capitalisedNotName(t) ||
          // "Kettering Health", "Pickering Town Council": a place in -ing naming a body.
          (openingGerund(t, text) && !toks.some((x) => NON_PERSON_WORDS.has(x.core)))))
    ) {
      k = i;
      honorific = null;
    }
  }
  let nameToks = toks.slice(k + 1);
  while (nameToks.length > 0 && !isNameWord(nameToks[0] as Token)) nameToks = nameToks.slice(1);
  // "Secretary of State Jane Roe": capitalised title words after "of" belong to the title.
  const afterOf =
    k >= 0 &&
    ((toks[k] as Token).core === 'of' || ((toks[k] as Token).core === 'the' && toks[k - 1]?.core === 'of'));
  if (afterOf) {
    while (nameToks.length > 1 && TITLE_MODIFIERS.has((nameToks[0] as Token).lower)) {
      k++;
      nameToks = nameToks.slice(1);
    }
    // "Secretary of Homeland Security Jon Ekdal": the body a title is of ends with its last word
    // that names a body or qualifies a title; a full name follows it.
    const body = nameToks.findLastIndex(
      (t, i) =>
        i < nameToks.length - 2 && (NON_PERSON_WORDS.has(bare(t.core)) || TITLE_MODIFIERS.has(t.lower)),
    );
    if (body >= 0) {
      k += body + 1;
      nameToks = nameToks.slice(body + 1);
    }
  }
  // "Minister for Housing Jane Roe", "Governor of Lund Province Jane A. Roe": after a title and
  // "for" or "of", more capitalised words than a name holds: the first say what the office is for.
  const forTitle = k >= 1 && /^(?:of|for)$/u.test((toks[k] as Token).core) && actsAsTitle(toks, k - 1);
  // Not "president of Trump Plaza Hotel": a body's name, a word of a building or a place in it.
  const bodyName = nameToks.some((t) => NON_PERSON_WORDS.has(bare(t.core)) || PLACE_WORDS.has(bare(t.core)));
  if (forTitle && nameToks.length >= 3 && nameToks.every(isNameWord) && !bodyName) {
    const keep = /^\p{Lu}\.$/u.test((nameToks[nameToks.length - 2] as Token).core) ? 3 : 2;
    if (nameToks.length > keep) {
      k += nameToks.length - keep;
      nameToks = nameToks.slice(-keep);
    }
  }
  // "Ohio Republican Tomas Berg", "House Budget Democrat Jane A. Roe": a place or a body and a party
  // before a full personal name say who the person is; the name is the words after the party.
  const party = nameToks.findLastIndex((t, i) => i > 0 && i <= nameToks.length - 3 && isAffiliation(t));
  const afterParty = nameToks.slice(party + 1);
  if (
    party > 0 &&
    afterParty.length <= MAX_NAME_AFTER_PARTY &&
    afterParty.every((t) => isNameWord(t) && !isAffiliation(t) && !NON_PERSON_WORDS.has(bare(t.core)))
  ) {
    k = toks.indexOf(nameToks[party] as Token);
    nameToks = afterParty;
  }
  // "Republican Tomas Berg", "Democrat Jane Roe": an affiliation before a personal name is a role.
  while (
    nameToks.length >= 2 &&
    isAffiliation(nameToks[0] as Token) &&
    !nameToks.slice(1).some((t) => NON_PERSON_WORDS.has(bare(t.core)))
  ) {
    k++;
    nameToks = nameToks.slice(1);
  }
  // "Minister for Energy Carlos Benedetti": after an office's "for" or "of", the words before a
  // known given name followed by a family name are what the office is of.
  const before = nameToks.length >= 3 && k >= 0 ? toks[toks.indexOf(nameToks[0] as Token) - 1] : undefined;
  if (before && /^(?:for|of)$/u.test(before.core)) {
    const given = nameToks.findIndex((t, i) => i > 0 && i < nameToks.length - 1 && isGivenName(t.lower));
    if (given > 0) {
      k = toks.indexOf(nameToks[given - 1] as Token);
      nameToks = nameToks.slice(given);
    }
  }
  // "the leader of Norland": what follows "of" is what the title governs, not a name.
  const complement =
    k >= 0 &&
    ((toks[k] as Token).core === 'of' ||
      // "the Ambassador to Norland": an office held towards a place or body.
      ((toks[k] as Token).core === 'to' && toks[k - 1] !== undefined && isTitleWord(toks[k - 1] as Token))) &&
    toks.slice(k + 1).every((t) => isNameWord(t)) &&
    nameToks.length === toks.length - k - 1 &&
    !toks
      .slice(0, k)
      .some(
        (t) =>
          isNameWord(t) &&
          !isPossessive(t) &&
          !isTitleWord(t) &&
          !TITLE_MODIFIERS.has(t.lower) &&
          !NON_PERSON_WORDS.has(t.core) &&
          !isAffiliation(t),
      );
  if (complement && !toks.slice(k + 1).some((t) => TITLE_MODIFIERS.has(t.lower))) {
    // "The chief executive of Norrland Steel says": an unnamed holder of an office speaks, not
    // the company; the office, with what it is of, describes them.
    return describe(text, firstOfDescription(toks), nameToks[nameToks.length - 1] as Token, 'unnamed');
  }
  const roleToks = toks.slice(0, k + 1).filter((t) => !isHonorific(t));
  const role = roleText(roleToks, text, honorific);
  // A name ends with a name word: "US-UK trade", "Berg supporters" are not names.
  if (nameToks.length === 0 || nameToks.length > 5 || !isNameWord(nameToks[nameToks.length - 1] as Token)) {
    // No name: a collective or a role standing for a person ("U.S. officials", "the spokesman").
    const last = toks[toks.length - 1] as Token;
    if (!isGroupWord(last) && !isTitleWord(last)) return null;
    const m = describe(text, firstOfDescription(toks), last, 'unnamed');
    m.gender = genderOfWords(toks);
    return m;
  }
  // "Roe Says", "Roe Hits Lind On Taxes": a Title Case heading whose second word is a verb, no name.
  const second = nameToks[1];
  // Not "United States": a word that names a body or a place is no verb.
  if (
    second &&
    /^\p{Lu}\p{Ll}+s$/u.test(second.core) &&
    (SPEECH_VERBS.has(second.lower) || HEADLINE_VERBS.has(second.core)) &&
    !nameToks.slice(0, 2).some((t) => NON_PERSON_WORDS.has(t.core))
  )
    return null;
  const first = nameToks[0] as Token;
  const last = nameToks[nameToks.length - 1] as Token;
  // "an Aug. 8 affidavit", "San Bernardino, Calif.": an abbreviated month or state names no one.
  if (
    nameToks.length === 1 &&
    first.trailing.startsWith('.') &&
    PLACE_AND_MONTH_ABBREVIATIONS.has(first.core)
  )
    return null;
  const name = text.slice(first.start, last.end);
  const organization =
    nameToks.some((t) => NON_PERSON_WORDS.has(bare(t.core))) ||
    (nameToks.length > 1 && PEOPLE_PLURALS.has(last.core)) ||
    nameToks.some(
      (t, i) =>
        /^\p{Lu}{2,}$/u.test(t.core.replace(/[.’']/gu, '')) &&
        !GENERATIONAL_SUFFIX.test(t.core) &&
        !givenInitials(nameToks, i),
    ) ||
    (toks[0] !== undefined && /^the$/iu.test(toks[0].core) && k <= 0);
  const titled = honorific !== null || roleToks.some(isTitleWord);
  const personal = !organization && nameToks.length >= 2 && nameToks.length <= 4;
  const kind: SpeakerKind = titled && !organization ? 'person' : personal ? 'person' : 'organization';
  return {
    name,
    role,
    honorific,
    kind,
    sure: titled || personal || organization,
    gender: genderOf(honorific, roleToks),
    start: (k >= 0 ? (toks[0] as Token) : first).start,
    end: last.end,
  };
}

/**
 * "Former Roe aide Jane Doe", "Said Roe, “…”": a word capitalised to open a sentence that dates an
 * office or reports speech, never the first word of a name.
 */
function capitalisedNotName(t: Token): boolean {
  return t.core !== t.lower && (OFFICE_TIME_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower));
}

/**
 * "Entrusting Jane Roe with the budget is a risk", "Celebrating Roe's win, …": a long -ing word that
 * opens its sentence is a gerund or a participle with the name as its object, not a given name. A
 * stem of six letters or more leaves short names in -ing alone ("Sterling", "Channing", "Wyoming").
 */
function openingGerund(t: Token, text: string): boolean {
  if (!GERUND.test(t.core)) return false;
  const before = text.slice(Math.max(0, t.start - 3), t.start - t.leading.length).trimEnd();
  return before === '' || /[.!?][”’"']?$/u.test(before);
}

/** A capitalised -ing word with a stem of at least six letters. */
const GERUND = /^\p{Lu}\p{Ll}{5,}ing$/u;

/**
 * "Nordland Secretary of State Ada Lind": the "of" at `i` joins an office to what it is of
 * (a title modifier such as "State"), and a name follows; the phrase is a title and a name, not
 * "Name of Place".
 */
function titleOfBeforeName(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1];
  if (!next || !TITLE_MODIFIERS.has(next.lower) || next.core === next.lower) return false;
  const rest = toks.slice(i + 2);
  return rest.length >= 1 && rest.every(isNameWord);
}

/** The first word of a description, keeping its determiner ("the announcer", "U.S. officials"). */
function firstOfDescription(toks: readonly Token[]): Token {
  const i = toks.findIndex(
    (t) => isNameWord(t) || isTitleModifier(t) || isTitleWord(t) || isGroupWord(t) || isPossessive(t),
  );
  const from = Math.max(0, i);
  const before = toks[from - 1];
  return before && DETERMINER.test(before.core) ? before : (toks[from] as Token);
}

/** A speaker the text names as a body or describes, without a personal name. */
export function describe(text: string, first: Token, last: Token, kind: SpeakerKind): Mention {
  return {
    name: text.slice(first.start, last.end),
    role: null,
    honorific: null,
    kind,
    sure: true,
    gender: null,
    start: first.start,
    end: last.end,
  };
}

function roleText(all: Token[], text: string, honorific: string | null): string | null {
  const office = honorific ? (TITLE_ABBREVIATIONS.get(honorific) ?? null) : null;
  if (!all.some((t) => isTitleWord(t) || isAffiliation(t))) return office;
  // "the regime of the Norlandic ruler": the role starts after an "of" that no title word precedes.
  const of = all.map((t) => t.core).lastIndexOf('of');
  const toks = of > 0 && !all.slice(0, of).some(isTitleWord) ? all.slice(of + 1) : all;
  let from = 0;
  while (from < toks.length && DETERMINER.test((toks[from] as Token).core)) from++;
  const slice = toks.slice(from);
  if (slice.length === 0) return office;
  const role = text
    .slice((slice[0] as Token).start, (slice[slice.length - 1] as Token).end)
    .replace(/[,;]+$/u, '');
  return office && !slice.some(isTitleWord) ? `${role} ${office}` : role;
}

function genderOf(honorific: string | null, roleToks: readonly Token[]): Gender | null {
  if (honorific && MALE_HONORIFICS.has(honorific)) return 'male';
  if (honorific && FEMALE_HONORIFICS.has(honorific)) return 'female';
  return genderOfWords(roleToks);
}

/** "spokeswoman", "congressman": role words that say whether the person is a woman or a man. */
export function genderOfWords(toks: readonly Token[]): Gender | null {
  for (const t of toks) {
    if (FEMALE_WORDS.has(t.lower)) return 'female';
    if (MALE_WORDS.has(t.lower)) return 'male';
  }
  return null;
}

/** Keys worked out so far: a briefing names the same people again and again. Bounded. */
const NAME_KEYS = new Map<string, string>();

/** Canonical key of a name: lowercase, without initials, suffixes, honorifics and punctuation. */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    key = nameKeyOf(name);
    if (NAME_KEYS.size > 100_000) NAME_KEYS.clear();
    NAME_KEYS.set(name, key);
  }
  return key;
}

function nameKeyOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter(
      (w) =>
        !INITIALS.test(w) &&
        !GENERATIONAL_SUFFIX.test(w) &&
        !HONORIFICS.has(w) &&
        !DETERMINER.test(w) &&
        !NICKNAME.test(w),
    )
    .map((w) =>
      w
        .replace(/[’']s$/u, '')
        .replace(/[^\p{L}\p{N}-]/gu, '')
        .toLowerCase(),
    )
    .filter(Boolean)
    .join(' ');
}

/** A quoted nickname inside a name (Jane “Dee” Roe): no part of its key or of the name shown. */
const NICKNAME = /^[“”"‘’'].+[“”"‘’']$/u;

/**
 * A name for display: honorifics and nicknames dropped, initials too ("Jane A. Roe" → "Jane Roe"),
 * except in a name with a generational suffix, which is shown as news writes it ("Joseph R. Roe Jr.",
 * "Charles Doe III"): the suffix tells father and son apart, and goes with the full form.
 */
export function displayName(name: string): string {
  const list = name
    .replace(/,$/u, '')
    .split(/\s+/u)
    .filter((w) => !HONORIFICS.has(w) && !NICKNAME.test(w));
  const suffixed = list.length > 2 && GENERATIONAL_SUFFIX.test(list.at(-1) as string);
  const kept = list.filter((w) => suffixed || (!INITIALS.test(w) && !GENERATIONAL_SUFFIX.test(w)));
  // "J.M. Holm": initials that stand for the given names stay; a middle one ("Tomas J. Berg") goes.
  if (kept.length === 1 && list.length === 2 && INITIALS.test(list[0] as string)) return list.join(' ');
  return (kept.length > 0 ? kept : name.split(/\s+/u)).join(' ');
}
