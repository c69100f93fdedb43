/**
 * Statements of one article: who said what, where. Works sentence by sentence over each body
 * paragraph, with quotes masked so that the words around them (the frame) can be read for the
 * speaker, the reporting verb and the place.
 */
import type { Article } from '../corpus/types.ts';
import {
  CORE_SPEECH_VERBS,
  FUNCTION_WORDS,
  PERSON_PRONOUNS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
} from './lexicon.ts';
import {
  isHonorific,
  isNameWord,
  isNounPhraseWord,
  isTitleWord,
  MASK,
  type Mention,
  nameKey,
  parseMention,
  type Token,
  tokenize,
} from './mentions.ts';
import { cleanPlace, findPlaceMentions, titleCasePlace } from './places.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import type { StatementKind } from './types.ts';

/** A statement before speakers are unified across the briefing. */
export interface RawStatement {
  mention: Mention;
  kind: StatementKind;
  text: string;
  place: string | null;
  placeSource: 'text' | 'dateline' | null;
  article: string;
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
}

type Carry = { mention: Mention; place: string | null } | null;

interface Unit {
  start: number;
  end: number;
  sentence: number;
  quotes: QuoteSpan[];
}

interface Attribution {
  mention: Mention | null;
  pronoun: boolean;
  verb: Token;
  /** Offsets of subject + verb: not part of the statement's content. */
  from: number;
  to: number;
  place: string | null;
  atEnd: boolean;
  /** Offsets of an apposition giving the role, excluded from the place search. */
  roleSpan: [number, number] | null;
}

/**
 * Extracts every statement of an article, direct and indirect.
 *
 * @example extractStatements(article).map((s) => s.mention.name) // ['Antony J. Blinken', …]
 */
export function extractStatements(
  article: Article,
  knownPersons: ReadonlySet<string> = new Set(),
): RawStatement[] {
  const out: RawStatement[] = [];
  const dateline = article.dateline ? titleCasePlace(article.dateline) : null;
  let lastPerson: Mention | null = null;
  let carry: Carry = null;

  for (const para of article.paragraphs) {
    if (para.kind !== 'body') {
      carry = null;
      continue;
    }
    const text = para.text;
    const quotes = findQuotes(text);
    const masked = maskQuotes(text, quotes);
    const units = groupUnits(text, quotes);
    remember(
      text,
      units.map(({ start, end }) => ({ start, end })),
    );
    let paraCarry: Carry = carry;
    let unitIndex = 0;
    for (const unit of units) {
      unitIndex++;
      const tokens = tokenize(masked.slice(unit.start, unit.end), unit.start);
      const attribution = findAttribution(tokens, masked, unit);
      if (attribution?.mention && knownPersons.has(nameKey(attribution.mention.name)))
        attribution.mention.person = true;
      let mention: Mention | null = attribution?.mention ?? null;
      if (attribution?.pronoun) mention = lastPerson;
      const content = attribution ? contentTokens(tokens, attribution) : tokens.filter((t) => !t.quoted);

      // "…,” he said. Blinken said.": a bare attribution names who the pronoun was.
      if (attribution && unit.quotes.length === 0 && content.length < 2) {
        if (attribution.mention && !attribution.pronoun) {
          const prev = out.filter((s) => s.paragraph === para.n && s.sentence === unitIndex - 1);
          for (const s of prev) s.mention = attribution.mention;
          if (attribution.mention.person) lastPerson = attribution.mention;
        }
        continue;
      }

      if (!mention && unit.quotes.length > 0 && paraCarry && (!attribution || attribution.pronoun)) {
        mention = paraCarry.mention;
      }
      const subject = mention ?? sentenceSubject(tokens, masked, knownPersons);
      if (subject?.person && !subject.group) lastPerson = subject;
      if (!mention) {
        paraCarry = null;
        continue;
      }
      const place: string | null =
        attribution?.place ?? introPlace(masked, unit) ?? carriedPlace(paraCarry, mention);
      const placeFields = place
        ? { place, placeSource: 'text' as const }
        : { place: dateline, placeSource: dateline ? ('dateline' as const) : null };
      const base = {
        mention,
        article: article.id,
        paragraph: para.n,
        sentence: unitIndex,
        start: unit.start,
        end: unit.end,
        ...placeFields,
      };
      for (const q of unit.quotes) {
        out.push({ ...base, kind: 'direct', text: q.text });
      }
      // A sentence that is mostly a quote is the quote's statement already; only a clause of its own
      // around the quote makes a reported statement too.
      const substantial = content.length >= (unit.quotes.length > 0 ? 10 : 2);
      if (attribution && substantial) {
        out.push({ ...base, kind: 'indirect', text: indirectText(text, unit, attribution, content) });
      }
      paraCarry = { mention, place };
    }
    // A quote that ends a paragraph may continue, unattributed, in the next one.
    const lastUnit = units[units.length - 1];
    carry = lastUnit && lastUnit.quotes.length > 0 && paraCarry ? paraCarry : null;
  }
  return out;
}

/** Sentences of a paragraph, joined where a quote runs across them: the passages search indexes. */
export function sentenceUnits(text: string): { start: number; end: number }[] {
  const cached = unitsCache.get(text);
  if (cached) return cached;
  const units = groupUnits(text, findQuotes(text)).map(({ start, end }) => ({ start, end }));
  remember(text, units);
  return units;
}

/**
 * Sentence units of recent paragraphs: the index asks for the very paragraphs attribution has just
 * split, and splitting is one of the costlier steps of a build. Bounded, so memory stays flat.
 */
const unitsCache = new Map<string, { start: number; end: number }[]>();
const UNITS_CACHE_SIZE = 100_000;
function remember(text: string, units: { start: number; end: number }[]): void {
  if (unitsCache.size >= UNITS_CACHE_SIZE) unitsCache.clear();
  unitsCache.set(text, units);
}

function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  if (quotes.length === 0) return text;
  // One pass, whatever the number of quotes.
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.start < at) continue;
    parts.push(text.slice(at, q.start), MASK.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Sentences, joined where a quote runs across a sentence boundary. */
function groupUnits(text: string, quotes: QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  // Quotes are in order: the one that may cross a boundary is found by walking forward, not searching.
  let qi = 0;
  for (const s of splitSentences(text)) {
    const prev = units[units.length - 1];
    while (prev && qi < quotes.length && (quotes[qi] as QuoteSpan).end <= prev.end) qi++;
    const crossing =
      prev !== undefined && quotes.slice(qi, qi + 4).some((q) => q.start < prev.end && q.end > prev.end);
    // A lowercase start or a dangling verb ("spoke.") continues the sentence before it.
    const dangling = prev && /^[\p{Ll}.]/u.test(s.text);
    if (prev && (crossing || dangling)) {
      prev.end = s.end;
    } else {
      units.push({ start: s.start, end: s.end, sentence: units.length + 1, quotes: [] });
    }
  }
  let k = 0;
  for (const u of units) {
    while (k < quotes.length && (quotes[k] as QuoteSpan).start < u.start) k++;
    const from = k;
    while (k < quotes.length && (quotes[k] as QuoteSpan).start < u.end) k++;
    u.quotes = quotes.slice(from, k);
  }
  return units;
}

/** Finds the reporting verb and its subject; prefers the main-clause attribution of the sentence. */
function findAttribution(tokens: Token[], masked: string, unit: Unit): Attribution | null {
  let best: { a: Attribution; score: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let a: Attribution | null = null;
    if (
      t.core.length === 9 &&
      t.core.toLowerCase() === 'according' &&
      tokens[i + 1]?.core.toLowerCase() === 'to'
    ) {
      // "According to a report by the Policy Institute, …": the institute is the source.
      const source =
        /^(?:an?|the)?\s*(?:new\s+|recent\s+|latest\s+)?(?:report|statement|study|survey|poll|analysis|letter|document|memo|filing|estimate|estimates|data|figures|release)\s+(?:by|from|of)\s/iu.exec(
          masked.slice(tokens[i + 2]?.start ?? 0, (tokens[i + 2]?.start ?? 0) + 60),
        );
      const skip = source ? source[0].trim().split(/\s+/u).length : 0;
      const np = forwardNounPhrase(tokens, i + 2 + skip, masked);
      if (np) a = { ...np, pronoun: false, verb: t, from: t.start, to: np.end, place: null, atEnd: false };
    } else if (SPEECH_VERBS.has(t.core) && !t.quoted) {
      a = subjectBefore(tokens, i, masked) ?? subjectAfter(tokens, i, masked);
    }
    if (!a) continue;
    const core = CORE_SPEECH_VERBS.has(a.verb.core.toLowerCase());
    const nearQuote =
      tokens[i - 1]?.quoted ||
      tokens[i + 1]?.quoted ||
      (a.from > 0 && tokens.some((x) => x.quoted && x.end <= a.from && a.from - x.end < 4));
    const atEnd = a.to >= unit.end - 2 || /^[.!?]/u.test(a.verb.trailing);
    a.atEnd = atEnd;
    const score =
      (core ? 2 : 0) + (nearQuote ? 2 : 0) + (atEnd ? 2 : 0) + (a.mention?.person || a.pronoun ? 1 : 0);
    if (!best || score > best.score) best = { a, score };
  }
  if (best) best.a.place = best.a.place ?? placeAfterVerb(tokens, best.a, masked);
  return best?.a ?? null;
}

function subjectBefore(tokens: Token[], vi: number, masked: string): Attribution | null {
  const verb = tokens[vi] as Token;
  let j = vi - 1;
  let place: string | null = null;
  while (
    j >= 0 &&
    SUBJECT_VERB_FILLERS.has((tokens[j] as Token).core.toLowerCase()) &&
    !(tokens[j] as Token).trailing
  )
    j--;
  // "Mr. Shining in Tokyo said": a place between the subject and the verb.
  for (let n = 1; n <= 3 && j - n >= 1; n++) {
    const prep = tokens[j - n] as Token;
    if (prep.core !== 'in' && prep.core !== 'from') continue;
    const run = tokens.slice(j - n + 1, j + 1);
    if (run.every((t) => isNameWord(t) || t.core === 'The') && !run.some((t) => t.trailing)) {
      const p = cleanPlace(run.map((t) => t.core).join(' '));
      if (p) {
        place = p;
        j = j - n - 1;
      }
      break;
    }
  }
  const head = tokens[j];
  if (!head || head.quoted) return null;
  // "China is not mentioned": a passive is not a statement by its subject.
  if (/^(?:is|was|are|were|been|be|being)$/u.test(head.core)) return null;
  if (PERSON_PRONOUNS.has(head.core) && !head.trailing) {
    return {
      mention: null,
      pronoun: true,
      verb,
      from: head.start,
      to: verb.end,
      place,
      atEnd: false,
      roleSpan: null,
    };
  }
  if (head.trailing.includes(',')) return apposition(tokens, j, verb, masked, place);
  if (head.trailing) return null;
  const np = backwardNounPhrase(tokens, j);
  if (np.length === 0) return null;
  const mention = parseMention(np, masked);
  if (!mention) return null;
  return attributed(mention, verb, mention.start, place);
}

/** Collects a noun phrase ending at token j, stopping at clause punctuation and function words. */
function backwardNounPhrase(tokens: Token[], j: number): Token[] {
  const np: Token[] = [];
  for (let k = j; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (k < j && t.trailing) break;
    if (isNounPhraseWord(t)) {
      np.unshift(t);
      continue;
    }
    // Connectors inside a title or organisation ("Secretary of State", "Institute for Peace").
    if (
      /^(?:of|for|the)$/u.test(t.core) &&
      np.length > 0 &&
      k > 0 &&
      isNounPhraseWord(tokens[k - 1] as Token)
    ) {
      np.unshift(t);
      continue;
    }
    if (/^(?:the|The)$/u.test(t.core) && np.length > 0) np.unshift(t);
    break;
  }
  while (np.length > 0 && /^(?:of|for|the|The)$/u.test((np[0] as Token).core)) np.shift();
  return np;
}

/** An attribution to a named subject whose clause runs from `from` to the end of the verb. */
function attributed(
  mention: Mention,
  verb: Token,
  from: number,
  place: string | null,
  roleSpan: [number, number] | null = null,
): Attribution {
  return { mention, pronoun: false, verb, from, to: verb.end, place, atEnd: false, roleSpan };
}

/** Asides between a subject and its verb that say how or where the person spoke. */
const PARTICIPLE_ASIDE =
  /^(?:speaking|talking|writing|addressing|responding|answering|interviewed|asked|appearing)$/iu;

/** "ROLE, NAME, said" or "NAME, ROLE, said". */
function apposition(
  tokens: Token[],
  j: number,
  verb: Token,
  masked: string,
  place: string | null,
): Attribution | null {
  let k = j;
  while (k - 1 >= 0 && !(tokens[k - 1] as Token).trailing && !(tokens[k - 1] as Token).quoted) k--;
  const seg1 = tokens.slice(k, j + 1);
  const before =
    k - 1 >= 0 && (tokens[k - 1] as Token).trailing.includes(',') ? backwardNounPhrase(tokens, k - 1) : [];
  if (seg1.length === 0 || seg1.length > 12) return null;
  // "Olaf Scholz, speaking in Berlin on Thursday, warned …": the aside says where, the subject is before it.
  if (before.length > 0 && PARTICIPLE_ASIDE.test((seg1[0] as Token).core)) {
    const mention = parseMention(before, masked);
    if (!mention) return null;
    const aside = masked.slice((seg1[0] as Token).start, (seg1[seg1.length - 1] as Token).end);
    const where = findPlaceMentions(aside).find((p) => p.preposition !== 'to')?.place ?? null;
    return attributed(mention, verb, mention.start, place ?? where);
  }
  const seg1IsName = seg1.every((t) => isNameWord(t) || isHonorific(t)) && seg1.length <= 4;
  if (seg1IsName) {
    const mention = parseMention(seg1, masked);
    if (!mention) return null;
    const roleMention = before.length > 0 ? parseMention([...before, ...seg1], masked) : null;
    const roleStart = before[0]?.start;
    if (roleMention?.role) mention.role = roleMention.role;
    else if (before.some(isTitleWord) && roleStart !== undefined)
      mention.role = masked.slice(roleStart, (before[before.length - 1] as Token).end);
    if (mention.role) mention.person = true;
    return attributed(mention, verb, roleStart ?? mention.start, place);
  }
  // "NAME, a Democrat, said" / "NAME, the ROLE, said": an apposition starting with an article is a role.
  if (before.length > 0 && (seg1.some(isTitleWord) || /^(?:a|an|the)$/iu.test((seg1[0] as Token).core))) {
    const mention = parseMention(before, masked);
    if (!mention || mention.group) return null;
    mention.role = roleOf(seg1, masked);
    mention.person = true;
    return attributed(mention, verb, mention.start, place, [
      (seg1[0] as Token).start,
      j < tokens.length ? (tokens[j] as Token).end : verb.start,
    ]);
  }
  return null;
}

function roleOf(seg: Token[], masked: string): string {
  let from = 0;
  while (from < seg.length - 1 && /^(?:the|a|an)$/iu.test((seg[from] as Token).core)) from++;
  return masked.slice((seg[from] as Token).start, (seg[seg.length - 1] as Token).end);
}

/** "“…,” said Frank Aum, a North Korean expert at …" */
function subjectAfter(tokens: Token[], vi: number, masked: string): Attribution | null {
  const verb = tokens[vi] as Token;
  const prev = tokens[vi - 1];
  if (prev && !prev.quoted && !/[,.]/u.test(prev.trailing)) return null;
  if (verb.trailing) return null;
  const np = forwardNounPhrase(tokens, vi + 1, masked);
  if (!np) return null;
  return { ...np, pronoun: false, verb, from: verb.start, to: np.end, place: null, atEnd: false };
}

function forwardNounPhrase(
  tokens: Token[],
  from: number,
  masked: string,
): { mention: Mention; end: number; roleSpan: [number, number] | null } | null {
  const np: Token[] = [];
  let k = from;
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (
      isNounPhraseWord(t) ||
      (/^(?:of|for|the)$/u.test(t.core) && np.length > 0) ||
      (t.core === 'the' && np.length === 0)
    ) {
      np.push(t);
      if (t.trailing) break;
      continue;
    }
    break;
  }
  while (np.length > 0 && /^(?:of|for|the)$/u.test((np[np.length - 1] as Token).core)) np.pop();
  const mention = parseMention(np, masked);
  if (!mention) return null;
  let end = mention.end;
  let roleSpan: [number, number] | null = null;
  const last = np[np.length - 1];
  if (last?.trailing.startsWith(',')) {
    // The apposition after the name, up to the next clause punctuation.
    const rest: Token[] = [];
    for (let r = k + 1; r < tokens.length; r++) {
      const t = tokens[r] as Token;
      if (t.quoted) break;
      rest.push(t);
      if (t.trailing) break;
    }
    // An apposition is a noun phrase: a verb in it means the clause goes on ("According to X, the plan will …").
    const clause = rest.some(
      (t) =>
        /^(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|did|does)$/u.test(
          t.core,
        ) || SPEECH_VERBS.has(t.core),
    );
    // "…, who took over last year": a relative clause tells about the person, it is no role.
    const relative = /^(?:who|whom|whose|which)$/iu.test(rest[0]?.core ?? '');
    if (!clause && !relative && (rest.some(isTitleWord) || /^(?:a|an|the)$/iu.test(rest[0]?.core ?? ''))) {
      mention.role = roleOf(rest, masked);
      mention.person = mention.person || !mention.group;
      end = (rest[rest.length - 1] as Token).end;
      roleSpan = [(rest[0] as Token).start, end];
    }
  }
  return { mention, end, roleSpan };
}

/** Tokens of the unit that are neither quoted nor part of the attribution itself. */
function contentTokens(tokens: Token[], a: Attribution): Token[] {
  return tokens
    .filter(
      (t) =>
        (!t.quoted &&
          (t.end <= a.from || t.start >= a.to) &&
          !(a.roleSpan && t.start >= a.roleSpan[0] && t.end <= a.roleSpan[1]) &&
          !/^(?:said|spoke|that|on|this|week|Thursday)$/u.test(t.core)) ||
        false,
    )
    .filter((t) => !FUNCTION_WORDS.has(t.core) || t.core.length > 3);
}

/** The reported clause: before ", X said", or after "X said (that)", else the sentence. */
function indirectText(text: string, unit: Unit, a: Attribution, content: Token[]): string {
  let from = unit.start;
  let to = unit.end;
  const after = text.slice(a.to, unit.end);
  const that = /^\s+(?:[^\s,.;:“”"]+\s+){0,8}?that\s/u.exec(after);
  // "told The Associated Press the states must …": the one told is not what was said.
  const told = /^(?:told|tells|tell)$/iu.test(a.verb.core)
    ? /^\s+(?:(?:the\s+)?(?:[A-Z][\p{L}’'.-]*\s+)+|(?:reporters|journalists|lawmakers|parliament|the press|him|her|them|us|me|supporters|a\s+[\p{Ll}\s]{0,30}?(?:conference|briefing|meeting|rally|audience))\s+)/u.exec(
        after,
      )
    : null;
  if (a.atEnd && a.from > unit.start) {
    to = a.from;
  } else if (that) {
    from = a.to + that[0].length;
  } else if (told) {
    from = a.to + told[0].length;
  } else if (content.length > 0 && (content[0] as Token).start >= a.to) {
    from = a.to;
  }
  return (
    text
      .slice(from, to)
      .replace(/^[\s,:]*(?:that\s+)?/u, '')
      .replace(/[\s,;:]+$/u, '')
      .trim() || text.slice(unit.start, unit.end)
  );
}

/** "In Seoul, …", "While still in Seoul, …", "Two days earlier in Tokyo, …". */
function introPlace(masked: string, unit: Unit): string | null {
  const head = masked.slice(unit.start, Math.min(unit.end, unit.start + 80));
  const comma = head.indexOf(',');
  if (comma < 0) return null;
  const intro = head.slice(0, comma + 1);
  if (intro.includes(MASK) || intro.split(/\s+/u).length > 8) return null;
  const found = findPlaceMentions(intro).find(
    (p) => p.preposition === 'in' || p.preposition === 'from' || p.preposition === 'at',
  );
  return found?.place ?? null;
}

/** "told reporters … in Seoul on Thursday": a place after the verb, before any "that"-clause. */
function placeAfterVerb(tokens: Token[], a: Attribution, masked: string): string | null {
  const after = tokens.filter((t) => t.start >= a.verb.end);
  const window: Token[] = [];
  for (const t of after) {
    if (t.quoted || t.core === 'that' || window.length >= 14) break;
    if (a.roleSpan && t.start >= a.roleSpan[0] && t.end <= a.roleSpan[1]) continue;
    window.push(t);
    if (/[.;!?]/u.test(t.trailing)) break;
  }
  if (window.length === 0) return null;
  const from = (window[0] as Token).start;
  const slice = masked.slice(from, (window[window.length - 1] as Token).end);
  const role = a.roleSpan;
  // Where the speaking happened stands next to the verb ("said in Geneva", "told reporters in Seoul")
  // or is followed by when ("in Seoul on Thursday"); a place further on is part of what was said.
  const near = masked.slice(from, (window[Math.min(window.length, 5) - 1] as Token).end).length;
  const found = findPlaceMentions(slice).find(
    (p) =>
      p.preposition !== 'to' &&
      !(role && from + p.index >= role[0] && from + p.index < role[1]) &&
      (p.index <= near || WHEN_AFTER.test(slice.slice(p.index + p.place.length))),
  );
  return found?.place ?? null;
}

/** A time right after a place: "in Seoul on Thursday", "in Paris this week". */
const WHEN_AFTER =
  /^[\s,]+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\s+(?:week|month|morning)|last\s+(?:week|month)|yesterday|today|earlier|late\s+\w+day)\b/u;

/** The person a sentence is about when it starts with one ("Blinken left …"), for later pronouns. */
function sentenceSubject(tokens: Token[], masked: string, knownPersons: ReadonlySet<string>): Mention | null {
  let i = 0;
  // Skip an introductory clause ("While still in Seoul, …").
  const comma = tokens.findIndex((t) => t.trailing.includes(','));
  if (comma >= 0 && comma < 8 && FUNCTION_WORDS.has((tokens[0] as Token).core)) i = comma + 1;
  const np: Token[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isNounPhraseWord(t) && !/^(?:of|the)$/u.test(t.core)) break;
    np.push(t);
    if (t.trailing) break;
  }
  const m = np.length > 0 ? parseMention(np, masked) : null;
  if (m && !m.group && knownPersons.has(nameKey(m.name))) m.person = true;
  return m?.person ? m : null;
}

/** The place of the statement a quote continues, when it is the same speaker's. */
function carriedPlace(carry: Carry, mention: Mention): string | null {
  return carry && carry.mention === mention ? carry.place : null;
}
