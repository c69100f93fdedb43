import { createHash } from 'node:crypto';
import { matchesOf } from '../matches.ts';
import { ArticleFormatError } from './article-format-error.ts';
import { classifyParagraph, firstLineHeadline } from './classify-paragraph.ts';
import { findDateline } from './dateline.ts';
import { splitFrontMatter } from './front-matter.ts';
import { plainInline } from './markdown.ts';
import { repairMojibake } from './mojibake.ts';
import {
  bylineInPlace,
  headerDate,
  headerEnd,
  isDateLine,
  isDayLine,
  isPageChrome,
  MONTH_NAMES,
  titleAfterChrome,
  WEEKDAY_NAMES,
} from './page-header.ts';
import type { Article, Paragraph } from './types.ts';

/** How far into the first block a scraped header may carry the publication date. */
const DATE_WINDOW = 40;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** Strips a byte-order mark and turns CRLF and lone CR into LF, so positions and paragraph
 * numbers do not depend on the editor that saved the file; composes accents written as combining
 * marks (NFC: "é" as e and U+0301, as some systems save it) and puts back characters mis-decoded
 * on the way ("PeÃ±a"), so names and quotation marks read as written. */
export function normaliseText(text: string): string {
  const repaired = repairMojibake(/[\u0300-\u036f]/u.test(text) ? text.normalize('NFC') : text);
  // Most files need neither: one search is cheaper than two replacements over the whole text.
  if (!/[\r\uFEFF]/u.test(repaired)) return repaired;
  return repaired.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * A line that ends like a paragraph: sentence punctuation, a colon or semicolon, a closing quotation
 * mark or a closing bracket ("… [Reuters]").
 */
const PARAGRAPH_END = /[.?!…:;"”’'»)\]]$/u;

/**
 * Shortest line (characters) that tells how a block was written: hard-wrapped text breaks its lines
 * near a fixed width (about 70) mid-sentence, text pasted from a page ends each long line where a
 * paragraph ends. Shorter lines, when a block has at least two long ones, are left out of the count.
 */
const LONG_LINE = 60;

/**
 * The longest paragraph: about twice the longest of some 20,000 real news paragraphs (2,573
 * characters). A longer block (a wall of pasted or hostile text) is read as several paragraphs of at
 * most this length, so that every later step (attribution, passages, "Full paragraph") works on
 * bounded pieces and a reload can give the event loop back between them.
 */
export const MAX_PARAGRAPH = 5_000;

/** A block cut into several paragraphs: its first paragraph's index (0-based), its length, the pieces. */
export interface CutBlock {
  index: number;
  length: number;
  pieces: number;
}

/** A sentence end (with its closing marks) followed by white space: where a long block is best cut. */
const SENTENCE_END = /[.?!…]["”’'»)\]]*\s/gu;

/**
 * `block` in pieces of at most `MAX_PARAGRAPH` characters, each trimmed and verbatim: cut after the
 * last sentence end in the second half of each window, else at the window's last space or line
 * break, else (no white space at all) at the window's end, never inside a surrogate pair.
 */
function cutBlock(block: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (block.length - start > MAX_PARAGRAPH) {
    const limit = start + MAX_PARAGRAPH;
    const half = start + MAX_PARAGRAPH / 2;
    let cut = -1;
    // Searched in the window only, so a block without sentence ends is not scanned once per piece.
    for (const m of matchesOf(SENTENCE_END, block.slice(half, limit))) cut = half + m.index + m[0].length - 1;
    if (cut < 0) {
      const space = Math.max(block.lastIndexOf(' ', limit - 1), block.lastIndexOf('\n', limit - 1));
      cut = space > start ? space : limit;
      const code = block.charCodeAt(cut - 1);
      if (cut === limit && code >= 0xd800 && code <= 0xdbff) cut--;
    }
    pieces.push(block.slice(start, cut).trim());
    start = cut;
    while (start < block.length && /\s/u.test(block[start] as string)) start++;
  }
  pieces.push(block.slice(start).trim());
  return pieces.filter((piece) => piece !== '');
}

/** Blocks longer than `MAX_PARAGRAPH` cut into paragraphs, and where that happened. */
export function cutLongBlocks(blocks: readonly string[]): { paragraphs: string[]; cuts: CutBlock[] } {
  const paragraphs: string[] = [];
  const cuts: CutBlock[] = [];
  for (const block of blocks) {
    if (block.length <= MAX_PARAGRAPH) {
      paragraphs.push(block);
      continue;
    }
    const pieces = cutBlock(block);
    cuts.push({ index: paragraphs.length, length: block.length, pieces: pieces.length });
    paragraphs.push(...pieces);
  }
  return { paragraphs, cuts };
}

/**
 * Splits a body into paragraphs, each trimmed but otherwise verbatim, so that a citation can be found
 * again in the file. The rule, in the words the README gives it:
 *
 * Paragraphs are numbered from 1 after any front matter, in file order. Lines between blank lines
 * form one paragraph, except that when there are two or more of them and at least two thirds end
 * with sentence punctuation (. ? ! … : ;), a closing quotation mark or a closing bracket, each line
 * is a paragraph of its own. When a block has two or more lines of 60 characters or more, only
 * those lines are counted. Among the first three blocks, a block with a byline on a line of its own,
 * first or later ("By Jane Roe", shorter than 60 characters, no sentence end), or a date on a later
 * line of its own ("May 20, 2026", "Tue 10 Feb 2026 07.00 GMT", "Friday 13 March") is a page's
 * header: one paragraph per line too. So is a block with page
 * furniture on a line of its own after its first line ("Share", "Advertisement", no full stop).
 *
 * So text pasted with one paragraph per line gets one paragraph per line, even among the short
 * lines a page adds (a headline, a byline, "Share", "Advertisement", a date), while hard-wrapped
 * text, whose long lines mostly stop mid-sentence, keeps its lines together.
 *
 * @example splitBlocks('Title\n\nOne.\nTwo.\n\nwrapped\ntext.') // ['Title', 'One.', 'Two.', 'wrapped\ntext.']
 */
export function splitBlocks(body: string): string[] {
  const raw: string[][] = [];
  let current: string[] = [];
  for (const line of body.split('\n')) {
    if (line.trim() !== '') current.push(line);
    else if (current.length > 0) {
      raw.push(current);
      current = [];
    }
  }
  if (current.length > 0) raw.push(current);
  const blocks: string[] = [];
  raw.forEach((lines, i) => {
    const long = lines.filter((line) => line.trim().length >= LONG_LINE);
    // Short lines (a headline, a byline, "Share", a date) say nothing of wrapping: the long ones vote.
    const voters = long.length >= 2 ? long : lines;
    const ends = voters.reduce((n, line) => n + (PARAGRAPH_END.test(line.trim()) ? 1 : 0), 0);
    const later = lines.slice(1);
    const split =
      lines.length >= 2 &&
      (ends * 3 >= voters.length * 2 ||
        (i < HEADER_BLOCKS &&
          (isBylineLine(lines[0] ?? '') ||
            later.some(
              (line) => isBylineLine(line) || isDateLine(withoutEmphasisMarks(line)) || isDayLine(line),
            ))) ||
        later.some(isFurnitureLine)) &&
      !(i === 0 && headlineBlock(raw));
    if (split) for (const line of lines) blocks.push(line.trim());
    else blocks.push(lines.join('\n').trim());
  });
  return blocks;
}

/**
 * A byline on a line of its own ("By Jane Roe and Ian Moss"): short, opening with "By" and a
 * capitalised word, without a sentence end. Hard-wrapped prose does not break before such a line, so
 * a block holding one is a page's header (headline, byline, date) pasted one item a line.
 */
function isBylineLine(line: string): boolean {
  const text = withoutEmphasisMarks(line);
  return text.length < LONG_LINE && BYLINE_LINE.test(text) && !/[.?!…]$/u.test(text);
}

/** A line without the Markdown emphasis around it ("*By Jane Roe*", "_May 20, 2026_"). */
const withoutEmphasisMarks = (line: string): string => line.trim().replace(/^[*_]+|[*_]+$/gu, '');

/**
 * Page furniture on a line of its own ("Share", "Advertisement"), without a full stop: a page's lines
 * pasted one a line, which hard-wrapped prose ("… posted a\nphoto.") never breaks before.
 */
function isFurnitureLine(line: string): boolean {
  return isPageChrome(line) && !/[.…]$/u.test(line.trim());
}

/** A capitalised name word that is no weekday or month ("By Friday the boats …" is prose). */
const BYLINE_NAME = String.raw`(?!(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})\b)\p{Lu}[\p{L}'’.-]*`;
/** "By Jane Roe", "By Jane A. Roe and Ian Moss", "By JANE ROE, Staff Writer": names, then at most a comma's tail. */
const BYLINE_LINE = new RegExp(
  String.raw`^(?:By|BY)\s+${BYLINE_NAME}(?:\s+${BYLINE_NAME}){1,3}(?:\s+and\s+${BYLINE_NAME}(?:\s+${BYLINE_NAME}){1,3})?(?:,.*)?$`,
  'u',
);

/** Blocks from the start of a file in which a page's header (headline, byline, date) may stand. */
const HEADER_BLOCKS = 3;

/**
 * 'Rally told "this town will not go quietly"': a first line holding a quotation, right above the
 * byline, is the headline that quotes someone, not the story's first sentence: one line of at most
 * `MAX_QUOTED_HEADLINE_WORDS` words, opening with a capital, ending with no full stop.
 */
function quotedHeadline(block: string): string | null {
  const line = block.trim();
  if (line.includes('\n') || line.split(/\s+/u).length > MAX_QUOTED_HEADLINE_WORDS) return null;
  return /^[\p{Lu}‘“"]/u.test(line) && !/[.,:;]["”’']?$/u.test(line) ? line : null;
}

/**
 * "The Last Keeper of Skerrow" then "He has kept the lamp lit for 31 years." in one block above the
 * byline: a short first line with no stop, over a standfirst that ends as a sentence does. Hard-wrapped
 * prose breaks its lines long, and not right above a byline.
 */
function headlineOverStandfirst(block: string): string | null {
  const lines = block.split('\n').map((l) => l.trim());
  const [first, second] = lines;
  if (lines.length !== 2 || !first || !second || first.length >= LONG_LINE) return null;
  if (PARAGRAPH_END.test(first) || !PARAGRAPH_END.test(second)) return null;
  return firstLineHeadline(first);
}

/** The most words quoted in a headline that needs no byline under it to be one ("warn of “land grab”"). */
const SCARE_QUOTE_WORDS = 4;

/**
 * 'Premier defends deal as farmers warn of "land grab"': a line whose quotations are a few words
 * each, most of it outside them, reads as a headline; a story's first sentence quotes more.
 */
function scareQuoted(line: string): boolean {
  const quoted = matchesOf(/["“”„«»]([^"“”„«»]*)["“”„«»]/gu, line).map((m) => (m[1] ?? '').trim());
  if (quoted.length === 0) return false;
  const inside = quoted.reduce((n, q) => n + q.split(/\s+/u).length, 0);
  const all = line.trim().split(/\s+/u).length;
  return quoted.every((q) => q.split(/\s+/u).length <= SCARE_QUOTE_WORDS) && all - inside >= 3;
}

/** The longest headline holding a quotation (a story's first sentence is longer, and ends with a stop). */
const MAX_QUOTED_HEADLINE_WORDS = 16;

/**
 * The line of a first block that may be its headline: the block itself, or the first of a headline
 * and its standfirst kept together (two lines, each ending as a sentence or a clause does).
 */
function headlineLine(block: string): string {
  const lines = block.split('\n');
  if (lines.length !== 2 || !lines.every((l) => PARAGRAPH_END.test(l.trim()))) return block;
  return (lines[0] as string).trim();
}

/**
 * Whether the first block is a headline and its standfirst ("Storm hits coast;" then "Ports closed
 * as winds rise."), to be kept as one paragraph: two lines, the second no byline, in a file whose
 * other paragraphs are separated by blank lines (at least half of them one line). Split, it would
 * number every paragraph after it one off from the file's blocks.
 */
function headlineBlock(raw: readonly (readonly string[])[]): boolean {
  const [first, ...rest] = raw;
  if (!first || first.length !== 2 || rest.length < 2) return false;
  // A byline, a date or page furniture ("PRESS RELEASE" over "FOR IMMEDIATE RELEASE") is no standfirst.
  if (/^\s*by\s/iu.test(first[1] ?? '') || isDateLine(first[1] ?? '') || isFurnitureLine(first[1] ?? ''))
    return false;
  return rest.filter((lines) => lines.length === 1).length * 2 >= rest.length;
}

/**
 * The paragraph texts of an article file, numbered as `parseArticle` numbers them, without
 * classifying them: what a persisted index needs to rebuild its articles from the files.
 */
export function paragraphTexts(text: string): string[] {
  return withMarksRead(cutLongBlocks(splitBlocks(splitFrontMatter(normaliseText(text)).body)));
}

/**
 * The paragraphs with their inline Markdown read (`plainInline`), but for the pieces of a block cut
 * for length: kept as written, so that a persisted article can find each piece again in its file.
 */
function withMarksRead({ paragraphs, cuts }: { paragraphs: string[]; cuts: CutBlock[] }): string[] {
  const cut = new Set(cuts.flatMap((c) => Array.from({ length: c.pieces }, (_, k) => c.index + k)));
  return paragraphs.map((p, i) => (cut.has(i) ? p : plainInline(p)));
}

/** What a warning says of a block read as several paragraphs. */
export function cutMessage(cut: CutBlock): string {
  const first = cut.index + 1;
  const last = first + cut.pieces - 1;
  return (
    `paragraph ${first} is ${thousands(cut.length)} characters long, more than any news paragraph: ` +
    `it is read as paragraphs ${first}–${last} of at most ${thousands(MAX_PARAGRAPH)} characters each; ` +
    `nothing is left out, and the paragraphs after it are numbered from ${last + 1}`
  );
}

/** 199999 → "199,999" (without `toLocaleString`, whose first call loads the locale data). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/gu, ',');

/**
 * Reads the text of one article file into an `Article`. Pure: the caller does the I/O, so the
 * same rules apply to files, fixtures and pasted text alike.
 *
 * Every block after the front matter is a paragraph numbered from 1, metadata included, so adding
 * or removing front matter never shifts a citation; a block over `MAX_PARAGRAPH` characters is read
 * as several paragraphs, told through `warn`. Metadata comes first from the front matter,
 * then from the text itself (title line, byline, credit line, dateline, a date in a scraped header).
 *
 * @throws ArticleFormatError when the text is empty, its front matter is broken, or it has no body
 * paragraph to answer from.
 *
 * @example
 * const article = parseArticle('Storm hits coast\n\nBy Jane Doe\n\nLISBON – Winds rose.', 'storm', 'storm.txt');
 * // article.title === 'Storm hits coast', article.author === 'Jane Doe', article.dateline === 'Lisbon'
 * // article.paragraphs.map((p) => p.kind) → ['title', 'byline', 'body']
 */
export function parseArticle(
  text: string,
  id: string,
  file: string,
  warn: (message: string) => void = () => {},
): Article {
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  const normalised = normaliseText(text);
  if (normalised.trim() === '') throw new ArticleFormatError('the file is empty');

  const { meta, body } = splitFrontMatter(normalised);
  const split = cutLongBlocks(splitBlocks(body));
  const { cuts } = split;
  const blocks = withMarksRead(split);
  if (blocks.length === 0) throw new ArticleFormatError('there is no text after the front matter');

  const paragraphs: Paragraph[] = [];
  let titleLine: string | null = null;
  let bylineAuthor: string | null = null;
  let creditAuthor: string | null = null;
  let sourceLine: string | null = null;
  const kinds = blocks.map((block, index) => classifyParagraph(block, index));
  // A first line that reads as a headline is the title even if it ends like a sentence, provided
  // the article has a body after it ("Storm hits coast." then the story).
  const first = kinds[0];
  if (first?.kind === 'body' && kinds.slice(1).some((k) => k.kind === 'body')) {
    const byline = kinds[1]?.kind === 'byline';
    const first = blocks[0] ?? '';
    const headline =
      firstLineHeadline(headlineLine(first)) ??
      (byline || scareQuoted(first) ? quotedHeadline(first) : null) ??
      (byline ? headlineOverStandfirst(first) : null);
    if (headline !== null) kinds[0] = { kind: 'title', title: headline };
  }
  // "2026-05-20" on a line of its own before the story has no word a heading needs, but dates it like one.
  for (const [index, kind] of kinds.entries()) {
    if (kind.kind !== 'body') continue;
    if (!isDateLine(blocks[index] ?? '')) break;
    kinds[index] = { kind: 'heading' };
  }
  titleAfterChrome(blocks, kinds);
  bylineInPlace(blocks, kinds);
  for (const [index, block] of blocks.entries()) {
    const found = kinds[index] as ReturnType<typeof classifyParagraph>;
    paragraphs.push({ n: index + 1, text: block, kind: found.kind });
    if (found.kind === 'title' && found.title) titleLine = found.title;
    if (found.kind === 'byline' && found.author) bylineAuthor ??= found.author;
    if (found.kind === 'credit' && found.author) creditAuthor ??= found.author;
    if (found.kind === 'source' && found.source) sourceLine ??= found.source;
  }

  const firstBody = paragraphs.find((paragraph) => paragraph.kind === 'body');
  if (!firstBody) {
    throw new ArticleFormatError('it has no body paragraph, only a title, headings or credits');
  }
  for (const cut of cuts) warn(cutMessage(cut));

  return {
    id,
    file,
    title: meta.title ?? titleLine ?? titleFromFileName(id),
    date: meta.date ?? dateFromHeader(blocks[0] ?? '') ?? headerDate(blocks, kinds),
    source: meta.source ?? sourceLine,
    author: meta.author ?? bylineAuthor ?? creditAuthor,
    url: meta.url ?? null,
    // A standfirst above the byline is a body line of the header: the story's first paragraph is after it.
    dateline: findDateline(firstBody.text) ?? findDateline(blocks[headerEnd(blocks, kinds)] ?? ''),
    paragraphs,
    hash,
  };
}

/** "north_korea-talks" → "north korea talks": better than nothing for a file without a title. */
function titleFromFileName(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words === '' ? id : words;
}

/** Scraped pages often start with a header line such as "date 2021-03-18 …"; only its start is
 * searched, so a date quoted in the story is never taken for the publication date. */
function dateFromHeader(firstBlock: string): string | null {
  const match = ISO_DATE.exec(firstBlock.slice(0, DATE_WINDOW));
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return match[0];
}
