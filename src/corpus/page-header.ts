/**
 * The header of an article pasted from a web page: the lines before the story (page furniture such
 * as "Supported by" or "Advertisement", the headline, a standfirst, a photo caption, the byline, the
 * date). What it says of the article (its title, its date) is read from it here, by the shape of its
 * lines and the words pages print there, never by a list of sites.
 */

import { type Classified, firstLineHeadline } from './classify-paragraph.ts';
import { scanPerson } from './person-names.ts';

/** Classified blocks, as `classifyParagraph` returns them. */
type Kind = Classified;

/** How far into an article a byline may stand and still close its header. */
const HEADER_BLOCKS = 12;

/**
 * Lines a news page prints around every story, whatever the story: never its headline. Lower case,
 * without final punctuation.
 */
const PAGE_CHROME = new Set([
  'supported by',
  // A press office's labels over its release.
  'press release',
  'news release',
  'media release',
  'for immediate release',
  'continue reading the main story',
  'advertisement',
  'advertising',
  'image',
  'photo',
  'video',
  'share',
  'share this article',
  'share this story',
  'skip to content',
  'skip to main content',
  'listen to this article',
  'read more',
  'sign up',
  'subscribe',
  'leer en español',
  // The buttons and lists a page prints under a story.
  'email',
  'print',
  'comments',
  'more on this story',
  'related stories',
  'related articles',
  'related topics',
  'most read',
  'most popular',
  'most viewed',
  'read next',
]);

/** Whether a line is page furniture ("Supported by", "Advertisement"), not part of the story. */
export function isPageChrome(line: string): boolean {
  const text = line.trim();
  return PAGE_CHROME.has(text.toLowerCase().replace(/[.:…]+$/u, '')) || isMenu(text);
}

/** The fewest items of a site's menu line ("Home | News | Sport"). */
const MENU_ITEMS = 3;
/** The most words of one menu item ("Climate crisis"). */
const MENU_ITEM_WORDS = 3;

/**
 * A site's menu pasted as a line: three or more short capitalised items between bars or bullets
 * ("Home | News | Business | Sport"), never a headline.
 */
function isMenu(text: string): boolean {
  // Most lines asked about hold no separator at all: nothing to split.
  if (text.includes('\n') || !/[|•·]/u.test(text)) return false;
  const items = text.split(/\s+[|•·]\s+/u);
  return (
    items.length >= MENU_ITEMS &&
    items.every((item) => /^\p{Lu}/u.test(item) && item.split(/\s+/u).length <= MENU_ITEM_WORDS)
  );
}

/**
 * Where the header ends: at the first body paragraph after the byline when a byline stands among
 * the first blocks (a standfirst or a caption may come before it), else at the first body paragraph.
 * A short body line dating the story ("Updated Sept. 14, 2031") does not end it.
 */
export function headerEnd(blocks: readonly string[], kinds: readonly Kind[]): number {
  const byline = kinds.findIndex((k, i) => i < HEADER_BLOCKS && k.kind === 'byline');
  const end = kinds.findIndex(
    (k, i) =>
      i > byline && k.kind === 'body' && !isDateStamp(blocks[i] ?? '') && !isDateLine(blocks[i] ?? ''),
  );
  return end < 0 ? blocks.length : end;
}

/**
 * A first line that is page furniture ("Supported by") or a date is no title, nor is a label the page prints
 * above its headline (a section, "Environment"; a masthead, "The Valley Herald") when a byline closes
 * the header: the first headline-shaped line of the header that is no label is. Changes `kinds` in
 * place.
 */
export function titleAfterChrome(blocks: readonly string[], kinds: Kind[]): void {
  if (kinds[0]?.kind !== 'title') return;
  // A date printed above the headline ("May 20, 2026") is no more its title than "Supported by" is.
  const chrome = isPageChrome(blocks[0] ?? '') || isDateLine(blocks[0] ?? '');
  if (!chrome && !(isLabel(blocks[0] ?? '') && hasByline(kinds))) return;
  const end = headerEnd(blocks, kinds);
  const byline = kinds.findIndex((k, i) => i < HEADER_BLOCKS && k.kind === 'byline');
  const lines: number[] = chrome ? [] : [0];
  for (let i = 1; i < end; i++) {
    const block = blocks[i] ?? '';
    if (isPageChrome(block) || dateOf(block) !== null) continue;
    // A headline may end like a sentence or hold 'single quotes': read as body, but above the byline.
    if (kinds[i]?.kind === 'heading' || (i < byline && headlineOf(kinds[i], block) !== null)) lines.push(i);
  }
  // "Ferries return" over a standfirst may be a headline of two words: a label only over two lines.
  if (!chrome && wordCount(blocks[0] ?? '') > 1 && lines.length < 3) return;
  const headline = lines.find((i) => !isLabel(blocks[i] ?? '')) ?? (chrome ? longest(blocks, lines) : 0);
  if (headline === 0) return;
  kinds[0] = { kind: 'heading' };
  if (headline === undefined) return;
  kinds[headline] = { kind: 'title', title: headlineOf(kinds[headline], blocks[headline] ?? '') ?? '' };
}

/**
 * The display text of a header line that may be the headline: a heading, or a body line of a
 * headline's shape.
 */
function headlineOf(kind: Kind | undefined, block: string): string | null {
  if (kind?.kind === 'heading') return block.trim();
  return kind?.kind === 'body' ? firstLineHeadline(block) : null;
}

/** Whether a byline stands among the header's first blocks. */
const hasByline = (kinds: readonly Kind[]): boolean =>
  kinds.some((k, i) => i < HEADER_BLOCKS && k.kind === 'byline');

/**
 * The line with the most words, the last of them (the nearest the byline: a masthead of as many words
 * stands above a short headline), or undefined when there is none.
 */
function longest(blocks: readonly string[], lines: readonly number[]): number | undefined {
  return lines.reduce<number | undefined>(
    (best, i) =>
      best === undefined || wordCount(blocks[i] ?? '') >= wordCount(blocks[best] ?? '') ? i : best,
    undefined,
  );
}

/** The most words of a section label ("World", "Middle East"); a headline has more. */
const SECTION_WORDS = 2;
/**
 * The most words of a masthead ("The Valley Herald", "The Wall Street Journal"): a name, every word
 * capitalised. A headline is longer, or has a lower-case word ("Storm hits coast").
 */
const MASTHEAD_WORDS = 4;

/**
 * A line a page prints above its headline: a section label ("World", "U.S. Politics") or a masthead
 * (a short name, every word capitalised). Only a guess when another headline-shaped line follows.
 */
function isLabel(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length <= SECTION_WORDS) return true;
  return words.length <= MASTHEAD_WORDS && words.every((w) => /^[\p{Lu}&]/u.test(w));
}

const wordCount = (line: string): number => line.trim().split(/\s+/u).length;

/** A name of two or three capitalised words ("Ana Pereira", "Tom de Vries" excepted). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
/** "Ana Pereira in Lisbon", "Ana Pereira and Tom Reyes in Lisbon": a byline as some pages print it. */
const NAME_IN_PLACE = new RegExp(
  String.raw`^(${NAME}(?:\s+and\s+${NAME})?)\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$`,
  'u',
);

/** "Ana Pereira", "Ana Pereira | The Valley Herald": a writer's name alone, or the paper after a bar. */
const NAME_ALONE = new RegExp(String.raw`^(${NAME}(?:\s+and\s+${NAME})?)(?:\s*[|·•]\s*[^|·•]{1,60})?$`, 'u');

/** A match of `NAME_ALONE` whose first word may open a name ("The Valley Herald" may not). */
function nameAlone(line: string): RegExpExecArray | null {
  const m = NAME_ALONE.exec(line);
  return m && scanPerson((m[1] as string).split(/\s+/u), 0, { minWords: 2 }) ? m : null;
}

/**
 * A header without a "By" byline may name its writer as "NAME in PLACE" on a line of its own after
 * the headline, right above the date (never the first line, which a headline such as "Pope Francis
 * in Lisbon" may be; a subheading such as "Floods Hit Homes in Kerala" has no date under it), or by
 * the name alone, below the title and right above a line that only dates the story (a section label
 * stands above the headline). Changes `kinds` in place; the writer is the byline's author.
 */
export function bylineInPlace(blocks: readonly string[], kinds: Kind[]): void {
  if (kinds.some((k) => k.kind === 'byline')) return;
  const end = headerEnd(blocks, kinds);
  const title = kinds.findIndex((k) => k.kind === 'title');
  for (let i = 1; i < end; i++) {
    const next = blocks[i + 1] ?? '';
    if (kinds[i]?.kind !== 'heading' || dateOf(next) === null) continue;
    const line = (blocks[i] ?? '').trim();
    const m = NAME_IN_PLACE.exec(line) ?? (i > title && isDateLine(next) ? nameAlone(line) : null);
    if (!m) continue;
    kinds[i] = { kind: 'byline', author: m[1] as string };
    return;
  }
}

/** The months' names in order, and the weekdays': what a date line prints, and no name ("By Friday …"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Friday 13 March", "Thursday, March 12": a weekday and a day of a month, no year. */
const DAY_LINE = new RegExp(
  String.raw`^(?:${WEEKDAY_NAMES.join('|')}),?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES.join('|')})|(?:${MONTH_NAMES.join('|')})\s+\d{1,2}(?:st|nd|rd|th)?)$`,
  'u',
);

/**
 * A line a page prints to say the day, without the year ("Friday 13 March"): it dates no article
 * (a date needs its year), but like a dated line it shows a block to be a page's header.
 */
export function isDayLine(line: string): boolean {
  return DAY_LINE.test(line.trim().replace(/^[*_]+|[*_]+$/gu, ''));
}

/** Month names and the abbreviations pages print, lower case, to their number. */
const MONTHS = new Map<string, number>([
  ...MONTH_NAMES.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ...Object.entries({
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  }),
]);
/**
 * "June 3, 2024", "Sept. 3rd 2024", "3 JUNE 2024", "2024-06-03": a date as pages print it. Its year may
 * touch the next word, as stamps pasted without their line break do ("March 4, 2026Updated …").
 */
const WRITTEN_DATE =
  /\b(?:([A-Z][A-Za-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][A-Za-z]{2,8})\.?,?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?!\d)/u;
/** The words a page prints before its publication date. */
const DATE_STAMP = /^(?:first\s+)?(?:published|updated|posted|last\s+(?:updated|modified)|modified)\b/iu;
/** Most words of a line that only dates the story ("Updated 5:32 PM EDT, Mon June 3, 2024"). */
const MAX_DATE_LINE_WORDS = 12;
/**
 * Most characters of a line that only dates the story: twelve words of a date line's length
 * ("Wednesday", "September") and spaces. Longer lines are prose, told apart without reading them.
 */
const MAX_DATE_LINE_CHARS = 120;

/** A short line that says when the story was published or updated ("Updated Sept. 14, 2031"). */
function isDateStamp(block: string): boolean {
  return block.split(/\s+/u).length <= MAX_DATE_LINE_WORDS && DATE_STAMP.test(block.trim());
}

/** A stamp saying the story was changed after it was published ("Updated …", "Last modified …"). */
const CHANGE_STAMP = /^(?:last\s+)?(?:updated|modified)\b/iu;

/**
 * The publication date the header prints on a line of its own ("Published June 3, 2024",
 * "March 4, 2031" under the byline) or after the byline's names ("By Jane Roe · 3 June 2024"), as
 * YYYY-MM-DD; null when there is none. A date in the story is never read, and the date of an update
 * only when the header prints no other.
 */
export function headerDate(blocks: readonly string[], kinds: readonly Kind[]): string | null {
  const end = headerEnd(blocks, kinds);
  let changed: string | null = null;
  for (let i = 0; i < end; i++) {
    const block = blocks[i] ?? '';
    const kind = kinds[i]?.kind;
    const dating = kind === 'body' && (isDateStamp(block) || isDateLine(block));
    if (kind !== 'heading' && kind !== 'byline' && !dating) continue;
    const date = dateOf(block);
    if (date === null) continue;
    if (!CHANGE_STAMP.test(block.trim())) return date;
    changed ??= date;
  }
  return changed;
}

/**
 * Words a line that only dates the story may print beside its date: the stamp's words, a weekday,
 * "at", a separator. Lower case, without final punctuation.
 */
const DATE_LINE_WORDS = new Set([
  ...WEEKDAY_NAMES.flatMap((day) => [day.toLowerCase(), day.slice(0, 3).toLowerCase()]),
  ...['published', 'updated', 'posted', 'modified', 'last', 'first', 'on', 'at', 'and'],
  ...['|', '·', '•', '-', '–', '—', '/'],
]);
/** A time of day ("07.00", "5:32", "5:32pm", "PM") or a time zone in capitals ("GMT", "EDT"). */
const TIME_OR_ZONE = /^(?:\d{1,2}[.:]\d{2}(?::\d{2})?(?:[AaPp]\.?[Mm]\.?)?|[AaPp]\.?[Mm]\.?|\p{Lu}{2,4})$/u;
/** The reading time some pages print beside the date ("5 min read", "12-minute read"). */
const READING_TIME = /\b\d{1,3}[-\s]?min(?:ute)?s?\.?\s+read\b/giu;

/**
 * A line that only dates the story: a date with at most a weekday, a time, a time zone, a reading
 * time and a stamp's words around it ("May 20, 2026", "Tue 10 Feb 2026 07.00 GMT", "Updated 5:32 PM
 * EDT, June 3, 2024"). What a page prints under its byline, never a line of prose.
 */
export function isDateLine(line: string): boolean {
  if (line.length > MAX_DATE_LINE_CHARS || dateOf(line) === null) return false;
  const rest = line
    .replace(new RegExp(WRITTEN_DATE.source, 'gu'), ' ')
    .replace(READING_TIME, ' ')
    .split(/[\s,]+/u);
  return rest.every((word) => {
    const bare = word.replace(/[.:]+$/u, '');
    return bare === '' || DATE_LINE_WORDS.has(bare.toLowerCase()) || TIME_OR_ZONE.test(word);
  });
}

/**
 * The date a short line prints ("Tue 3 Jun 2031 17.32 BST"), as YYYY-MM-DD, or null. Of two stamps
 * glued together ("Published March 4, 2026Updated March 5, 2026"), the published one.
 */
function dateOf(line: string): string | null {
  if (line.split(/\s+/u).length > MAX_DATE_LINE_WORDS) return null;
  const published = /\bpublished\b/iu.exec(line);
  const m = WRITTEN_DATE.exec(published ? line.slice(published.index) : line);
  if (!m) return null;
  const month = m[7] ? Number(m[8]) : MONTHS.get((m[1] ?? m[5] ?? '').toLowerCase());
  const day = Number(m[2] ?? m[4] ?? m[9]);
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[3] ?? m[6] ?? m[7]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
