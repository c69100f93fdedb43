import { datelineLength } from './dateline.ts';
import { scanNames, scanPerson } from './person-names.ts';
import type { ParagraphKind } from './types.ts';
import { isSpace } from './white-space.ts';

/**
 * How one block of an article is classified, and what metadata it carries.
 * The rules read the shape of a block (length, final punctuation, leading words), never a list of
 * known people or places, so they hold for any news article:
 * - `title`: the first block, when it is one short line that does not end like a sentence;
 * - `heading`: a later block of that same shape;
 * - `byline`: "By Jane Doe…", or "Jane Doe, Staff Writer…", "Jane Doe Environment correspondent"
 *   (a name then a newsroom job);
 * - `credit`: "Jane Doe reported from Kyiv.", "Additional reporting by…", "… contributed reporting.",
 *   "(Reporting by …; Editing by …)", "Contributing: …", "Follow Jane Doe on Twitter …";
 * - `source`: a lone "Source" or "Source: …" line;
 * - `caption`: a photo's caption or credit ("Photo: …", "…Credit…Jane Doe for The Paper", "… (Jane
 *   Doe / Agency)"): a page's picture, not the story;
 * - `body`: everything else.
 */
export interface Classified {
  kind: ParagraphKind;
  /** Writer named by a byline or credit. */
  author?: string;
  /** Value of a "Source: …" line. */
  source?: string;
  /** Display text of a title block (markdown marks removed). */
  title?: string;
}

const MAX_TITLE_WORDS = 15;
const MAX_TITLE_CHARS = 120;
const MAX_BYLINE_WORDS = 30;
const MAX_CREDIT_WORDS = 40;
const MAX_CREDIT_LEAD_WORDS = 20;

const JOB_WORDS = new Set([
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'editor',
  'editors',
  'writer',
  'writers',
  'journalist',
  'journalists',
  'columnist',
  'columnists',
  'contributor',
  'contributors',
  'chief',
  'producer',
  'photographer',
  'photojournalist',
  'commentator',
  'critic',
  'anchor',
]);
const JOB_MODIFIERS = new Set([
  'senior',
  'staff',
  'foreign',
  'political',
  'politics',
  'business',
  'economics',
  'economic',
  'special',
  'contributing',
  'deputy',
  'managing',
  'associate',
  'investigative',
  'freelance',
  'national',
  'international',
  'diplomatic',
  'bureau',
  'news',
  'sports',
  'science',
  'health',
  'technology',
  'legal',
  'defense',
  'defence',
  'security',
  'white',
  'house',
]);
const JOB_OR_MODIFIER = new Set([...JOB_WORDS, ...JOB_MODIFIERS]);
/** Words that may sit between a name and its job: "Jane Doe, a reporter", "Jane Doe | Editor". */
const JOB_LINKERS = new Set(['|', '-', '–', '—', '·', 'is', 'a', 'an', 'the']);
/** Words that may follow the names of a "By" byline. */
/** Words a byline's names may be followed by: "By Jane Roe in Kyiv", "By Jane Roe at Ferrier Park" (a match report). */
const BY_FOLLOWERS = new Set(['|', '-', '–', '—', '·', '•', '/', 'in', 'at', 'from', 'for', 'and', 'with']);
const CREDIT_VERBS = new Set(['reported', 'contributed', 'contributes']);
/** Words a credit's "reported" may be followed by ("reported from Kyiv", "reported and wrote"): no object. */
const REPORTED_CREDIT_NEXT = new Set(['from', 'and', 'for', 'with', 'this', 'additional']);
/** A block opening with a subordinating word ("As Jane Doe reported …", "When Roe reported …") is a clause of the story. */
const CITING_CLAUSE = /^(?:as|when|while|after|before|since|because|if|though|although|like|unlike)\s/iu;

const DOUBLE_QUOTES = /["“”„«»‘]|(?:^|\s)'/u;
const SPEECH_VERB = /\b(?:said|says|told|tells)\b/i;
const SENTENCE_END = /[.?!:;,…]$/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const SOURCE_LINE = /^sources?\s*(?:[:–—-]\s*(.*))?$/i;
const CREDIT_LEAD =
  /^(?:additional\s+)?(?:reporting(?:\s+and\s+writing)?|writing|editing|research)\s+(?:was\s+contributed\s+)?by\s+|^contribut(?:ing|ors?)\s*:\s*/i;
/**
 * A translator's line ("Translated from the Portuguese by Jane Roe", "Translation by Jane Roe"): a
 * credit, whose name is no writer of the article.
 */
const TRANSLATOR_LEAD = /^(?:translated(?:\s+from\s+(?:the\s+)?\p{Lu}\p{L}+)?|translation)\s+by\s+\p{Lu}/iu;
/** "Follow Jane Doe on Twitter @jdoe", "Follow @paper": the writer's social media line. */
const FOLLOW =
  /^follow\s+(.*?)(?:\s+(?:on|at)\s+(?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin)\b.*)?$/i;
/** A personal name ending a phrase ("… founder Lee Stranahan"). */
const TRAILING_NAME =
  /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:de|van|von|der|da|del|la|le)?\s*\p{Lu}[\p{L}\p{M}'’.-]*){1,3})$/u;
const CREDIT_PHRASE =
  /\bcontributed\s+(?:additional\s+)?(?:reporting|research)\b|\bcontributed\s+to\s+this\s+(?:report|article|story)\b|\bcontributed\.?$|\breported\s+from\b/i;

/** Most words of a caption: a picture's line, not a paragraph of the story. */
const MAX_CAPTION_WORDS = 60;
/**
 * How pages credit a picture: "Photo:" or "Image:" opening the line, "Credit…NAME" or "Credit:
 * NAME" in it, "(Photo by …)" or "(Jane Doe / Agency)" closing it.
 */
const PHOTO_CREDIT =
  /^(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Vv]ideo|PHOTO|IMAGE)(?:\s+[Cc]redit)?\s*:|\b(?:Credit|CREDIT)\s*(?:\.\.\.|…|:)\s*\p{Lu}|\((?:[Pp]hoto(?:graph)?|[Ii]mage)\s+(?:by|credit)\b[^)]*\)\s*$|\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*\/\s*\p{Lu}[^()/]{1,40}\)\s*$/u;

/**
 * A picture's credit on a line of its own: a name, then "via" or "/" and a picture agency ("Jane
 * Roe via Harbour Images.", "Jane Roe/Velmar Photo"), or an agency's photo credit ("AP Photo/Jane Roe").
 */
const AGENCY_CREDIT =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*(?:\bvia\b|\/)\s*\p{Lu}[\p{L}&]*(?:\s+\p{Lu}[\p{L}&]*){0,2}\s+(?:Images|Photos?|Pictures)|\p{Lu}{2,}\s+Photo\s*\/\s*\p{Lu}[\p{L}.'’ -]*)\.?$/u;

/**
 * A caption closed by its picture's credit, as many papers print it: "The bridge was shut on
 * Thursday. Photograph: Jane Roe/Vale Gazette", "… Photo: Jane Roe": a name, then at most a "/" and
 * an agency, ending the line.
 */
const CLOSING_PHOTO_CREDIT =
  /\b(?:Photo(?:graph)?|Picture|Image|PHOTO)\s*:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*\/\s*\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})?\.?$/u;

/** A photo's caption or credit line. */
function caption(text: string): Classified | null {
  if (text.includes('\n') || moreWordsThan(text, MAX_CAPTION_WORDS)) return null;
  const line = text.trim();
  return PHOTO_CREDIT.test(text) || AGENCY_CREDIT.test(line) || CLOSING_PHOTO_CREDIT.test(line)
    ? { kind: 'caption' }
    : null;
}

/** Removes markdown emphasis wrapping a whole block ("*Jane Doe contributed.*"). */
function unwrapEmphasis(text: string): string {
  return text.replace(/^[*_]+|[*_]+$/g, '').trim();
}

/** Removes markdown emphasis around words anywhere in a line ("**By Jane Doe**, Staff Writer"). */
function withoutEmphasis(text: string): string {
  return unwrapEmphasis(text.replace(/(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\1/gu, '$2'));
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/**
 * Whether a text has more than `max` words, counted without splitting it: most blocks are long
 * paragraphs, and the short-line rules below should cost them nothing.
 */
function moreWordsThan(text: string, max: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    // The same white space as the `\s+` that `words` splits on.
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++count > max) return true;
    inWord = !space;
  }
  return false;
}

/**
 * What rules out a byline or credit before the block is flattened: flattening joins its words with
 * single spaces and strips emphasis marks at its ends, so it keeps these (and at most two fewer words).
 */
function readsAsStory(text: string, maxWords: number): boolean {
  return moreWordsThan(text, maxWords + 2) || DOUBLE_QUOTES.test(text) || SPEECH_VERB.test(text);
}

/** The shape shared by titles and subheadings: one short line that does not read as a sentence. */
function headlineText(text: string): string | null {
  if (text.includes('\n')) return null;
  const explicit = MARKDOWN_HEADING.test(text);
  const plain = unwrapEmphasis(text.replace(MARKDOWN_HEADING, ''));
  if (plain === '' || plain.length > MAX_TITLE_CHARS || words(plain).length > MAX_TITLE_WORDS) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(plain) || !/\p{L}/u.test(plain)) return null;
  if (DOUBLE_QUOTES.test(plain)) return null;
  if (!explicit && SENTENCE_END.test(plain)) return null;
  // A sentence ended inside the line ("… the port said. [Herald]"): prose, not a heading.
  if (!explicit && /\p{Ll}{2}[.!?]\s+\S/u.test(plain)) return null;
  return plain;
}

/** The most words of a question standing as a subheading ("How many jobs are affected?"). */
const MAX_QUESTION_HEADING_WORDS = 8;

/**
 * "How many jobs are affected?", "## What happens now?": a short question alone on its line, opening
 * with a capital and quoting no one, is an explainer's subheading, not a paragraph of the story.
 */
function questionHeading(text: string): boolean {
  // Counted without splitting first: nearly every paragraph asked about is a long one (a heading's
  // "##" is one word more).
  if (text.includes('\n') || moreWordsThan(text, MAX_QUESTION_HEADING_WORDS + 1)) return false;
  const plain = unwrapEmphasis(text.replace(MARKDOWN_HEADING, '')).trim();
  if (!/^\p{Lu}[^?]*\?$/u.test(plain) || QUOTATION.test(plain)) return false;
  const list = plain.split(/\s+/u);
  // "Was Roe satisfied with the answer?" asks about someone the story goes on about: a sentence of it.
  const naming = list.slice(1).some((w) => /^\p{Lu}/u.test(w) && w !== 'I');
  return list.length <= MAX_QUESTION_HEADING_WORDS && (!naming || MARKDOWN_HEADING.test(text));
}

/** The longest first line read as a headline when it ends like a sentence. */
const MAX_HEADLINE_WORDS = 20;
const MAX_HEADLINE_CHARS = 160;
const QUOTATION = /["“”„«»]|''/u;

/**
 * The display text of a first line that reads as a headline although it ends like a sentence
 * ("Bank drops client over sanctions.", "Will the wells run dry?"): one line of at most twenty words
 * that opens with a capital or a digit, holds no double quotation marks (a quotation with its
 * attribution is a sentence of the story) and does not end with a comma or a colon. Null otherwise.
 */
export function firstLineHeadline(text: string): string | null {
  if (text.includes('\n')) return null;
  const plain = unwrapEmphasis(text.replace(MARKDOWN_HEADING, ''));
  if (plain === '' || plain.length > MAX_HEADLINE_CHARS || words(plain).length > MAX_HEADLINE_WORDS)
    return null;
  if (!/^[\p{Lu}\p{N}‘']/u.test(plain) || !/\p{L}/u.test(plain)) return null;
  if (QUOTATION.test(plain) || /[,:]$/u.test(plain)) return null;
  // "LUND, March 13 (Wire) - The board on Friday …": a dateline opens the story's first paragraph.
  if (datelineLength(plain) > 0) return null;
  return plain.replace(/[;]$/u, '').trim();
}

function sourceLine(text: string): Classified | null {
  if (text.includes('\n') || moreWordsThan(text, MAX_TITLE_WORDS)) return null;
  const match = SOURCE_LINE.exec(unwrapEmphasis(text));
  if (!match) return null;
  const value = match[1]?.trim();
  return value ? { kind: 'source', source: value } : { kind: 'source' };
}

/** "By Jane Doe", "By Jane Doe and John Roe, Daily Planet", "By Jane Doe in Kyiv". */
function byByline(flat: string): Classified | null {
  const list = words(flat);
  if (list[0]?.toLowerCase() !== 'by') return null;
  const scan = scanNames(list, 1, { minWords: 1, stopWords: JOB_OR_MODIFIER });
  if (!scan.names) return null;
  const rest = list.slice(scan.next);
  const endsWithComma = /[,;:]$/.test(list[scan.next - 1] ?? '');
  const after = rest[0]?.toLowerCase();
  if (after !== undefined && !endsWithComma && !BY_FOLLOWERS.has(after) && !JOB_OR_MODIFIER.has(after)) {
    return null;
  }
  // "By Tuesday, the ministry had agreed." is a sentence, not a byline: a byline's tail is names,
  // places and papers, not lower-case prose ending in a full stop.
  const prose = rest.some(
    (word) => /^\p{Ll}/u.test(word) && !BY_FOLLOWERS.has(word) && !JOB_OR_MODIFIER.has(word),
  );
  if (/[?!]$/.test(flat) || (prose && flat.endsWith('.'))) return null;
  if (!scan.names.includes(' ') && rest.length > 0 && flat.endsWith('.')) return null;
  return { kind: 'byline', author: scan.names };
}

/** "Jane Doe Correspondent for…", "Jane Doe, Senior Editor", "Jane Doe is a staff writer". */
function personJobByline(flat: string): Classified | null {
  const list = words(flat);
  const person = scanPerson(list, 0, { minWords: 2, stopWords: JOB_OR_MODIFIER });
  if (!person) return null;
  let i = person.end;
  while (i < list.length && JOB_LINKERS.has((list[i] ?? '').toLowerCase())) i++;
  let sawJob = false;
  while (i < list.length) {
    const word = (list[i] ?? '').toLowerCase().replace(/[,.;:]$/, '');
    if (!JOB_OR_MODIFIER.has(word)) break;
    if (JOB_WORDS.has(word)) sawJob = true;
    i++;
  }
  if (!sawJob) return null;
  const author = list
    .slice(0, person.end)
    .join(' ')
    .replace(/[,;:|]+$/, '');
  return { kind: 'byline', author };
}

/**
 * The most lower-case words between a sentence-case role's first word and its job ("Home affairs
 * editor", "Chief political correspondent"); more read as a sentence.
 */
const MAX_ROLE_INNER_WORDS = 2;
const NAME_PART = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/**
 * "Jane Roe Environment correspondent", "Jane A. Roe, Home affairs editor": a name of two or three
 * words, then a role written in sentence case (a capitalised first word, lower-case words, a job)
 * ending the line.
 */
const SENTENCE_CASE_ROLE = new RegExp(
  String.raw`^(${NAME_PART}(?:\s+${NAME_PART}){1,2}),?\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,${MAX_ROLE_INNER_WORDS}}\s+(\p{Ll}+)$`,
  'u',
);

/** Most words of a role between a byline's comma and its job ("North of England", "US Supreme Court"). */
const MAX_COMMA_ROLE_WORDS = 4;
/**
 * "Jane Roe, North of England correspondent", "Jane Roe, Middle East editor": a name of two or three
 * words, a comma, then a role of a few words of any case ending the line with a job.
 */
const COMMA_ROLE = new RegExp(
  String.raw`^(${NAME_PART}(?:\s+${NAME_PART}){1,2}),\s+(?:[\p{L}\p{M}'’.-]+\s+){0,${MAX_COMMA_ROLE_WORDS}}(\p{Ll}+)$`,
  'u',
);

/**
 * A byline of a name, then a role that `pattern` reads (the name its first group, the job its
 * second): one in sentence case, as some pages print it under the headline (its capitalised first
 * word, "Environment", no part of the name), or one set off by a comma naming a region or a beat the
 * job lists do not know.
 */
function nameThenRoleByline(flat: string, pattern: RegExp): Classified | null {
  const m = pattern.exec(flat);
  if (!m || !JOB_WORDS.has(m[2] as string)) return null;
  const name = words(m[1] as string);
  const person = scanPerson(name, 0, { minWords: 2, stopWords: JOB_OR_MODIFIER });
  return person?.end === name.length ? { kind: 'byline', author: name.join(' ') } : null;
}

function byline(text: string): Classified | null {
  if (readsAsStory(text, MAX_BYLINE_WORDS)) return null;
  const flat = withoutEmphasis(words(text).join(' '));
  if (words(flat).length > MAX_BYLINE_WORDS || DOUBLE_QUOTES.test(flat) || SPEECH_VERB.test(flat))
    return null;
  return (
    byByline(flat) ??
    nameThenRoleByline(flat, SENTENCE_CASE_ROLE) ??
    personJobByline(flat) ??
    nameThenRoleByline(flat, COMMA_ROLE)
  );
}

/**
 * "Follow Jane Doe on Twitter @jdoe.", "Follow Jane Doe and John Roe on Twitter: …", "Follow @paper.":
 * a credit whose names (the last capitalised run before "on Twitter", for each "and") are the writers.
 */
function followCredit(text: string): Classified | null {
  if (moreWordsThan(text, MAX_CREDIT_WORDS) || DOUBLE_QUOTES.test(text)) return null;
  const flat = unwrapEmphasis(words(text).join(' '));
  const match = FOLLOW.exec(flat);
  if (!match) return null;
  const who = (match[1] ?? '').replace(/[.,:;]+$/, '');
  // "Follow the money" is a sentence: a credit names a network, or a handle.
  const social = flat.length > `Follow ${match[1] ?? ''}`.length;
  if (!social && !/^@\w/u.test(who)) return null;
  const names = who
    .split(/\s+and\s+/)
    .map((part) => TRAILING_NAME.exec(part.trim())?.[1] ?? '')
    .filter((name) => name.includes(' '));
  return names.length > 0 ? { kind: 'credit', author: names.join(' and ') } : { kind: 'credit' };
}

/**
 * "As Jane Doe reported after the fire:" cites someone's reporting and introduces it: the story's own
 * sentence, neither a byline nor a credit (which open with who wrote or reported, and end as a line,
 * not with a colon).
 */
function citesReporting(text: string): boolean {
  const trimmed = text.trim();
  return CITING_CLAUSE.test(trimmed) || trimmed.endsWith(':');
}

function credit(text: string): Classified | null {
  if (readsAsStory(text, MAX_CREDIT_WORDS)) return null;

  // "(Reporting by Jane Doe; Editing by John Roe)": a wire credit in brackets.
  const flat = unwrapEmphasis(words(text).join(' ')).replace(/^\((.*)\)\.?$/u, '$1');
  const list = words(flat);
  if (list.length > MAX_CREDIT_WORDS || DOUBLE_QUOTES.test(flat) || SPEECH_VERB.test(flat)) return null;

  if (TRANSLATOR_LEAD.test(flat) && list.length <= MAX_CREDIT_LEAD_WORDS) return { kind: 'credit' };
  const lead = CREDIT_LEAD.exec(flat);
  if (lead) {
    const scan = scanNames(words(flat.slice(lead[0].length).replace(/\.$/, '')), 0, { minWords: 2 });
    return scan.names ? { kind: 'credit', author: scan.names } : { kind: 'credit' };
  }
  const scan = scanNames(list, 0, { minWords: 2 });
  const verb = list[scan.next]?.toLowerCase().replace(/[.,]$/, '');
  // Credits are one short line; a longer "Jane Doe reported …" is the story talking about her.
  // "Jane Doe reported from Kyiv." is a credit; "Velmar Foods reported a 14 percent fall" a sentence.
  const after = list[scan.next + 1]?.toLowerCase();
  const reportedWhat = verb === 'reported' && after !== undefined && !REPORTED_CREDIT_NEXT.has(after);
  const namesThenVerb =
    scan.names !== null &&
    verb !== undefined &&
    CREDIT_VERBS.has(verb) &&
    !reportedWhat &&
    list.length <= MAX_CREDIT_LEAD_WORDS;
  if (!namesThenVerb && !CREDIT_PHRASE.test(flat)) return null;
  // "reported from" alone also fits a sentence of the story; a credit opens with who reported.
  if (!namesThenVerb && !/\bcontributed\b/i.test(flat)) return null;
  return scan.names ? { kind: 'credit', author: scan.names } : { kind: 'credit' };
}

/**
 * Classifies the block at `index` (0-based) of an article body.
 * The first block is tried as a "By …" byline before being taken as a title, since a lone
 * "By Jane Doe" line has a headline's shape; a name-then-job byline is only looked for after that,
 * because a Title Case headline ("Jane Doe Named Chief Editor") has the same shape.
 */
export function classifyParagraph(text: string, index: number): Classified {
  if (index === 0) {
    const flat = withoutEmphasis(words(text).join(' '));
    const early = words(flat).length <= MAX_BYLINE_WORDS ? byByline(flat) : null;
    if (early) return early;
    const title = headlineText(text);
    if (title !== null) return { kind: 'title', title };
  }
  const found =
    sourceLine(text) ??
    caption(text) ??
    followCredit(text) ??
    (citesReporting(text) ? null : (byline(text) ?? credit(text)));
  if (found) return found;
  if (index > 0 && (headlineText(text) !== null || questionHeading(text))) return { kind: 'heading' };
  return { kind: 'body' };
}
