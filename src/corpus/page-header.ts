/**
 * The header of an article pasted from a web page: the lines before the story (page furniture such
 * as "Supported by" or "Advertisement", the headline, a standfirst, a photo caption, the byline, the
 * date). What it says of the article (its title, its date) is read from it here, by the shape of its
 * lines and the words pages print there, never by a list of sites.
 */

import type { Classified } from './classify-paragraph.ts';

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
]);

/** Whether a line is page furniture ("Supported by", "Advertisement"), not part of the story. */
export function isPageChrome(line: string): boolean {
  return PAGE_CHROME.has(
    line
      .trim()
      .toLowerCase()
      .replace(/[.:…]+$/u, ''),
  );
}

/**
 * Where the header ends: at the first body paragraph after the byline when a byline stands among
 * the first blocks (a standfirst or a caption may come before it), else at the first body paragraph.
 * A short body line dating the story ("Updated Sept. 14, 2031") does not end it.
 */
function headerEnd(blocks: readonly string[], kinds: readonly Kind[]): number {
  const byline = kinds.findIndex((k, i) => i < HEADER_BLOCKS && k.kind === 'byline');
  const end = kinds.findIndex((k, i) => i > byline && k.kind === 'body' && !isDateStamp(blocks[i] ?? ''));
  return end < 0 ? blocks.length : end;
}

/**
 * A first line that is page furniture ("Supported by") is no title: the first headline-shaped line
 * of the header after it is. Changes `kinds` in place.
 */
export function titleAfterChrome(blocks: readonly string[], kinds: Kind[]): void {
  if (kinds[0]?.kind !== 'title' || !isPageChrome(blocks[0] ?? '')) return;
  kinds[0] = { kind: 'heading' };
  const end = headerEnd(blocks, kinds);
  const lines: number[] = [];
  for (let i = 1; i < end; i++) {
    const block = blocks[i] ?? '';
    if (kinds[i]?.kind === 'heading' && !isPageChrome(block) && dateOf(block) === null) lines.push(i);
  }
  // "World", "U.S. Politics": the section a page files the story under, printed above its headline.
  const headline = lines.find((i) => wordCount(blocks[i] ?? '') > SECTION_WORDS) ?? lines[0];
  if (headline !== undefined) kinds[headline] = { kind: 'title', title: (blocks[headline] ?? '').trim() };
}

/** The most words of a section label ("World", "Middle East"); a headline has more. */
const SECTION_WORDS = 2;

const wordCount = (line: string): number => line.trim().split(/\s+/u).length;

/** A name of two or three capitalised words ("Ana Pereira", "Tom de Vries" excepted). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
/** "Ana Pereira in Lisbon", "Ana Pereira and Tom Reyes in Lisbon": a byline as some pages print it. */
const NAME_IN_PLACE = new RegExp(
  String.raw`^(${NAME}(?:\s+and\s+${NAME})?)\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$`,
  'u',
);

/**
 * A header without a "By" byline may name its writer as "NAME in PLACE" on a line of its own after
 * the headline, right above the date (never the first line, which a headline such as "Pope Francis
 * in Lisbon" may be; a subheading such as "Floods Hit Homes in Kerala" has no date under it).
 * Changes `kinds` in place; the writer is the byline's author.
 */
export function bylineInPlace(blocks: readonly string[], kinds: Kind[]): void {
  if (kinds.some((k) => k.kind === 'byline')) return;
  const end = headerEnd(blocks, kinds);
  for (let i = 1; i < end; i++) {
    if (kinds[i]?.kind !== 'heading' || dateOf(blocks[i + 1] ?? '') === null) continue;
    const m = NAME_IN_PLACE.exec((blocks[i] ?? '').trim());
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
/** "June 3, 2024", "Sept. 3 2024", "3 June 2024": a date written out, as pages print it. */
const WRITTEN_DATE =
  /\b(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4}))\b/u;
/** The words a page prints before its publication date. */
const DATE_STAMP = /^(?:first\s+)?(?:published|updated|posted|last\s+(?:updated|modified)|modified)\b/iu;
/** Most words of a line that only dates the story ("Updated 5:32 PM EDT, Mon June 3, 2024"). */
const MAX_DATE_LINE_WORDS = 12;

/** A short line that says when the story was published or updated ("Updated Sept. 14, 2031"). */
function isDateStamp(block: string): boolean {
  return block.split(/\s+/u).length <= MAX_DATE_LINE_WORDS && DATE_STAMP.test(block.trim());
}

/**
 * The publication date the header prints on a line of its own ("Published June 3, 2024",
 * "March 4, 2031" under the byline), as YYYY-MM-DD; null when there is none. A date in the story is
 * never read.
 */
export function headerDate(blocks: readonly string[], kinds: readonly Kind[]): string | null {
  const end = headerEnd(blocks, kinds);
  for (let i = 0; i < end; i++) {
    const block = blocks[i] ?? '';
    const kind = kinds[i]?.kind;
    if (kind !== 'heading' && !(kind === 'body' && isDateStamp(block))) continue;
    const date = dateOf(block);
    if (date !== null) return date;
  }
  return null;
}

/** The date a short line prints ("Tue 3 Jun 2031 17.32 BST"), as YYYY-MM-DD, or null. */
function dateOf(line: string): string | null {
  if (line.split(/\s+/u).length > MAX_DATE_LINE_WORDS) return null;
  const m = WRITTEN_DATE.exec(line);
  if (!m) return null;
  const month = MONTHS.get((m[1] ?? m[5] ?? '').toLowerCase());
  const day = Number(m[2] ?? m[4]);
  if (month === undefined || day < 1 || day > 31) return null;
  return `${m[3] ?? m[6]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
