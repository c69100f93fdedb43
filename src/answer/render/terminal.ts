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
  /** Columns to wrap excerpts at (default 100). */
  width?: number;
}

export interface StatementRenderOptions extends TerminalRenderOptions {
  /** Title of an article by id: statements only carry the id. Falls back to the id. */
  title?: (article: string) => string | undefined;
}

const DEFAULT_WIDTH = 100;

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
export function renderAnswerForTerminal(answer: Answer, options: TerminalRenderOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  if (!answer.answered) {
    const reason = sanitizeForTerminal(answer.reason ?? 'The briefing does not cover this question.');
    return `${wrap(`No answer: ${reason}`, width, '', '  ')}\n${REFUSAL_HINT}\n`;
  }
  if (answer.results.length === 0) return 'No results.\n';
  const note =
    answer.related && answer.reason ? `${wrap(sanitizeForTerminal(answer.reason), width, '', '')}\n` : '';
  const blocks = answer.results.map((result, i) => renderResult(result, i + 1, width));
  const shown = answer.results.length;
  const more =
    answer.total > shown ? `\n(${shown} of ${answer.total} results; ask with --limit for more.)\n` : '';
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
  dateline: string | null = null,
): string {
  const who = speaker ? sanitizeForTerminal(speaker) + (role ? ` (${sanitizeForTerminal(role)})` : '') : null;
  const where = place ? (placeSource === 'passage' ? 'place: ' : 'in ') + sanitizeForTerminal(place) : null;
  const source = `${sanitizeForTerminal(title)} ¶${paragraph}${dateline ? ` · dateline ${sanitizeForTerminal(dateline)}` : ''}`;
  const lead = [who, where].filter((part): part is string => part !== null && part.trim() !== '').join(', ');
  return `${indentFor(n)}— ${lead ? `${lead} · ` : ''}${source}`;
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
