/**
 * Plain-text rendering of answers and statements for a terminal: each excerpt quoted and wrapped to
 * a readable width, then who said it, where, and which article and paragraph it comes from.
 *
 * Article files are untrusted input: a control character in them could move the cursor, recolour
 * the terminal or reorder the line shown (bidirectional overrides), so every string taken from the
 * briefing is neutralised before it is printed. No colours: the output is meant to be piped too.
 *
 * @example
 * process.stdout.write(renderAnswerForTerminal(briefing.ask('What did Blinken say about China?')));
 */
import type { Statement } from '../../attribution/types.ts';
import type { Answer, AnswerResult } from '../types.ts';

export interface TerminalRenderOptions {
  /** Columns to wrap at (default 100); `terminalWidth` gives the terminal's own. */
  width?: number;
}

export interface AnswerRenderOptions extends TerminalRenderOptions {
  /** Results before these, so a later page numbers on from there (default 0). */
  offset?: number;
  /**
   * How to get the next results, said under an answer with more of them (default: the `ask`
   * command's `--limit`); the console, where `more` pages on, says so instead.
   */
  moreHint?: (shown: number, total: number) => string;
}

export interface StatementRenderOptions extends TerminalRenderOptions {
  /** Title of an article by id: statements only carry the id. Falls back to the id. */
  title?: (article: string) => string | undefined;
}

const DEFAULT_WIDTH = 100;
/** Narrower than this, lines would hold a word or two; the terminal's own wrapping does better. */
const MIN_WIDTH = 20;

/**
 * The width to wrap at for a stream: the terminal's columns (at most 100, which reads better), so
 * that no line is longer than the terminal and breaks mid-word; 100 when it is not a terminal.
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }): number {
  const columns = stream.isTTY ? stream.columns : undefined;
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, Math.floor(columns)));
}

/** The `ask` command's hint under an answer with more results. */
export const limitHint = (shown: number, total: number): string =>
  `(${shown} of ${total} results; ask with --limit ${Math.min(total, 50)} for more.)`;

/** Shown under a refusal: what the user can do next. */
const REFUSAL_HINT =
  'Hint: name a person, place or topic the articles cover, or list who said what with `npm run quotes`.';

/** Bidirectional formatting characters: they reorder what follows them on screen. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes text from an article safe to print: line breaks and tabs become spaces (layout is the
 * renderer's job), other control characters (C0, DEL, C1, including ESC) and bidirectional
 * controls become U+FFFD, visibly marking that something was there.
 */
export function sanitizeForTerminal(text: string): string {
  return text
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/\p{Cc}/gu, '\uFFFD')
    .replace(BIDI_CONTROLS, '\uFFFD');
}

/**
 * An answer as readable text: numbered, quoted excerpts with their citation and url, then how many
 * more results there are; or, when the briefing does not cover the question, why and what to try.
 * Ends with a newline.
 */
export function renderAnswerForTerminal(answer: Answer, options: AnswerRenderOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const offset = options.offset ?? 0;
  if (!answer.answered) {
    const reason = sanitizeForTerminal(answer.reason ?? 'The briefing does not cover this question.');
    return `${wrap(`No answer: ${reason}`, width, '', '  ')}\n${wrap(REFUSAL_HINT, width, '', '  ')}\n`;
  }
  if (answer.results.length === 0) return 'No results.\n';
  const note =
    answer.related && answer.reason ? `${wrap(sanitizeForTerminal(answer.reason), width, '', '')}\n` : '';
  const blocks = answer.results.map((result, i) => renderResult(result, offset + i + 1, width));
  const shown = offset + answer.results.length;
  const hint = options.moreHint ?? limitHint;
  const more = answer.total > shown ? `\n${wrap(hint(shown, answer.total), width, '', '')}\n` : '';
  return `${note}${blocks.join('\n')}${more}`;
}

function renderResult(result: AnswerResult, n: number, width: number): string {
  const title = result.title.trim() === '' ? result.article : result.title;
  const lines = [
    numbered(n, excerptText(result), width),
    citation(
      n,
      result.speaker,
      null,
      result.place,
      result.placeSource,
      title,
      result.paragraph,
      width,
      result.dateline,
    ),
  ];
  if (result.url) lines.push(`${indentFor(n)}${sanitizeForTerminal(result.url)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Statements as readable text, in the order given: direct quotes in quotation marks, reported
 * speech marked as such, each followed by speaker (and role), place, article title and paragraph.
 */
export function renderStatementsForTerminal(
  statements: readonly Statement[],
  options: StatementRenderOptions = {},
): string {
  const width = options.width ?? DEFAULT_WIDTH;
  if (statements.length === 0) return 'No statements found.\n';
  return statements
    .map((statement, i) => {
      const n = i + 1;
      const text = sanitizeForTerminal(statement.text).trim();
      const body = statement.kind === 'direct' ? `“${text}”` : `(reported) ${text}`;
      const title = options.title?.(statement.article) || statement.article;
      return `${numbered(n, body, width)}\n${citation(
        n,
        statement.speaker,
        statement.role,
        statement.place,
        'text',
        title,
        statement.paragraph,
        width,
      )}\n`;
    })
    .join('\n');
}

/** An excerpt as shown: in quotation marks only when it is a quote, with an ellipsis where it was cut. */
function excerptText(result: AnswerResult): string {
  const text = `${result.clippedStart ? '… ' : ''}${sanitizeForTerminal(result.excerpt).trim()}${result.clippedEnd ? ' …' : ''}`;
  return result.isQuote ? quoted(text) : text;
}

/**
 * An excerpt in quotation marks, unless it already opens or closes with one (a quote that begins
 * the paragraph): doubled marks (`““China…`) read as a mistake, and the citation line below already
 * shows where the excerpt ends.
 */
function quoted(text: string): string {
  return /^["“‘'«]|["”’'»]$/.test(text) ? text : `“${text}”`;
}

/** `— Speaker (role), Place · Title ¶N`, leaving out whatever is unknown. */
function citation(
  n: number,
  speaker: string | null,
  role: string | null,
  place: string | null,
  placeSource: 'text' | 'passage' | null,
  title: string,
  paragraph: number,
  width: number,
  dateline: string | null = null,
): string {
  const who = speaker ? sanitizeForTerminal(speaker) + (role ? ` (${sanitizeForTerminal(role)})` : '') : null;
  const where = place ? (placeSource === 'passage' ? 'place: ' : 'in ') + sanitizeForTerminal(place) : null;
  const at = paragraph > 0 ? `¶${paragraph}` : '(front matter)';
  const source = `${sanitizeForTerminal(title)} ${at}${dateline ? ` · dateline ${sanitizeForTerminal(dateline)}` : ''}`;
  const lead = [who, where].filter((part): part is string => part !== null && part.trim() !== '').join(', ');
  const indent = indentFor(n);
  return wrap(`— ${lead ? `${lead} · ` : ''}${source}`, width, indent, `${indent}  `);
}

function indentFor(n: number): string {
  return ' '.repeat(`${n}. `.length);
}

function numbered(n: number, text: string, width: number): string {
  return wrap(text, width, `${n}. `, indentFor(n));
}

/**
 * Greedy word wrap. Words longer than a line (urls) are kept whole rather than broken, so they
 * stay copyable.
 */
export function wrap(text: string, width: number, firstPrefix: string, restPrefix: string): string {
  const words = text.split(/ +/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const word of words) {
    if (!empty && length(line) + 1 + length(word) > width) {
      lines.push(line);
      line = restPrefix + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Length in code points, so a surrogate pair counts once. */
function length(text: string): number {
  return [...text].length;
}
