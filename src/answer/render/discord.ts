/**
 * Renders answers as Discord message content: escaped, attributed, cited, and always within Discord's
 * limits. Everything that comes from a user or an article goes through `safeText`, so markdown in an
 * excerpt cannot restyle the reply and `@everyone` or `<@123>` cannot ping anyone, even if a reply were
 * ever sent without `allowedMentions`.
 *
 * Rendering knows nothing of ranking: it shows the results it is given, in order, and cuts at
 * excerpt boundaries (never mid-word) when they do not all fit, reporting how many it `shown` so the
 * caller can page on with "More".
 */
import {
  blockQuote,
  bold,
  escapeMarkdown,
  hideLinkEmbed,
  hyperlink,
  inlineCode,
  italic,
  quote,
  subtext,
} from 'discord.js';
import type { Statement } from '../../attribution/types.ts';
import type { Answer, AnswerResult, SourceSummary } from '../types.ts';

/** Discord's limits, in code points, in one place: the renderer, the buttons and autocomplete use these. */
export const DISCORD_LIMITS = {
  messageContent: 2000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  actionRows: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
} as const;

/** Room kept for the "N more" line, so adding it can never push a message over the limit. */
const FOOTER_RESERVE = 100;
/** Bounds on the parts of a citation line, so one odd article cannot crowd out its excerpt. */
const MAX_SPEAKER = 80;
const MAX_PLACE = 60;
const MAX_TITLE = 150;
const MAX_URL = 300;
const MAX_ECHO = 500;
const ELLIPSIS = '…';
const ZERO_WIDTH_SPACE = '\u200b';

/** Length as Discord counts it: code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * What `escapeMarkdown` leaves live: a fourth backtick or star ("````", "****"), every `_` after a
 * `<:` (its custom-emoji rule looks back over the whole text), and square brackets outside a whole
 * `[text](url)` (which would end a citation's link text early). Matched here: links and custom emoji,
 * kept as they are, or a `*`, `_`, backtick or bracket after an even run of backslashes, which gets
 * escaped (an odd run means it already is).
 */
const LEFT_LIVE = /https?:\/\/\S+|<a?:\w+:\d+>|(?<!\\)((?:\\\\)*)([*_`[\]])/g;

/**
 * Bidirectional formatting characters (embeddings, overrides, isolates, marks): an override such as
 * U+202E shows the text after it reversed, so a question or a title could make a citation read as
 * something else. They are dropped from what the bot echoes.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes untrusted text (a question, an excerpt, a title) inert: markdown escaped, and a zero-width
 * space after every `@` so that `@everyone`, `<@123>` and `<@&123>` show as text and never resolve.
 */
export function safeText(raw: string): string {
  const text = raw.replace(BIDI_CONTROLS, '');
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
    // Its italic rule looks back over the whole text at every position, and text without `*` or `_`
    // has nothing for it to escape.
    italic: text.includes('*') || text.includes('_'),
  });
  return escaped
    .replace(LEFT_LIVE, (match, slashes?: string, mark?: string) =>
      mark === undefined ? match : `${slashes}\\${mark}`,
    )
    .replace(/^(\s*)([>-])/gm, '$1\\$2')
    .replaceAll('@', `@${ZERO_WIDTH_SPACE}`);
}

/** One line of display text: paragraphs may hold line breaks, which would end a quote early. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Like `safeText`, but at most `max` code points once escaped: cut at a word boundary and marked
 * with an ellipsis (a single word longer than `max` is the only thing ever cut inside).
 */
export function fitText(text: string, max: number): string {
  const whole = wholeText(text, max);
  if (whole !== null) return whole;
  const points = Array.from(text);
  let keep = Math.min(points.length, max);
  while (keep > 0) {
    const prefix = cutAtWord(points, keep);
    const candidate = `${safeText(prefix)}${ELLIPSIS}`;
    const over = codePointLength(candidate) - max;
    if (over <= 0) return candidate;
    keep = Math.min(codePointLength(prefix), keep) - over;
  }
  return max >= 1 ? ELLIPSIS : '';
}

/**
 * `safeText(text)` if it fits in `max` code points, else `null`. Never escapes text that cannot fit
 * (escaping is superlinear on huge inputs, and escaping only lengthens).
 */
function wholeText(text: string, max: number): string | null {
  if (codePointLength(text) > max) return null;
  const escaped = safeText(text);
  return codePointLength(escaped) <= max ? escaped : null;
}

/** Plain text cut to `max` code points at a word boundary, for labels and autocomplete choices. */
export function clipPlain(raw: string, max: number): string {
  const text = raw.replace(BIDI_CONTROLS, '');
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${cutAtWord(points, max - 1)}${ELLIPSIS}`;
}

function cutAtWord(points: string[], keep: number): string {
  let end = keep;
  if (end < points.length && !/\s/.test(points[end] ?? '')) {
    let i = end - 1;
    while (i > 0 && !/\s/.test(points[i] ?? '')) i--;
    if (i > 0) end = i;
  }
  return points.slice(0, end).join('').trimEnd();
}

/** A link target Discord will render as a link and not embed, or `null` when the URL is not usable. */
function linkTarget(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // "https://x@everyone.example" would put a live `@everyone` in the message: no credentials, and
  // any other `@` percent-encoded (the same URL to a server).
  if (parsed.username !== '' || parsed.password !== '') return null;
  const href = parsed.href.replace(/[()<>[\]\s@]/g, (c) =>
    encodeURIComponent(c).replace('(', '%28').replace(')', '%29'),
  );
  return href.length > MAX_URL ? null : hideLinkEmbed(href);
}

/** Words of a passage a text fragment names: enough to find the passage, few enough to survive edits. */
const FRAGMENT_WORDS = 8;

/**
 * `url` with a text fragment (`#:~:text=`) naming the opening words of `passage`, so a browser that
 * supports them opens the source scrolled to the passage and highlights it; `null` when the passage
 * cannot be named (no word in it, or the URL already carries a fragment directive). The words run
 * from the first letter or digit, up to `FRAGMENT_WORDS` words, and are percent-encoded as the Text
 * Fragments spec asks: everything `encodeURIComponent` encodes, and `-` too, which the directive
 * uses as syntax (as it does `,` and `&`, which `encodeURIComponent` already encodes), and the
 * markdown characters it leaves.
 *
 * @example
 * textFragmentUrl('https://example.org/a', '“We will not wait,” she said.');
 * // 'https://example.org/a#:~:text=We%20will%20not%20wait%2C%E2%80%9D%20she%20said'
 */
export function textFragmentUrl(url: string, passage: string): string | null {
  if (url.includes(':~:')) return null;
  const start = passage.search(/[\p{L}\p{N}]/u);
  if (start < 0) return null;
  const words = passage.slice(start).trim().split(/\s+/u).slice(0, FRAGMENT_WORDS).join(' ');
  // A trailing quotation mark or punctuation would have to match too: end on a letter or digit.
  const text = words.replace(/[^\p{L}\p{N}]+$/u, '');
  if (text === '') return null;
  // `-` is directive syntax; `*_~!'()` are left by encodeURIComponent but would read as markdown or
  // end a link in a message, and a browser decodes them all the same.
  const encoded = encodeURIComponent(text).replace(
    /[-*_~!'()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  const hash = url.includes('#') ? '' : '#';
  return `${url}${hash}:~:text=${encoded}`;
}

/**
 * `*Title* ¶9`, the title a hyperlink when the article has a URL; with `passage` (verbatim text of
 * the article), a link to that passage (`textFragmentUrl`), or to the page when the passage cannot be
 * named or the link would be too long.
 */
export function citation(title: string, url: string | null, paragraph: number, passage?: string): string {
  const text = fitText(oneLine(title), MAX_TITLE);
  const fragment = url !== null && passage !== undefined ? textFragmentUrl(url, passage) : null;
  const target = (fragment === null ? null : linkTarget(fragment)) ?? linkTarget(url);
  // Paragraph 0: the file's front matter (an author given there), before the numbered paragraphs.
  return `${italic(target === null ? text : hyperlink(text, target))} ${paragraph > 0 ? `¶${paragraph}` : '(front matter)'}`;
}

function placeText(place: string | null): string | null {
  if (place === null) return null;
  return fitText(oneLine(place), MAX_PLACE);
}

/**
 * `— **Antony Blinken**, in Seoul · *Title* ¶9 · dateline Seoul`: who, where the text says they
 * spoke (or the place the passage names, for a "where" question), which article and paragraph, and
 * the article's dateline — where it was filed, never presented as where anyone spoke.
 */
export function attributionLine(result: AnswerResult): string {
  const who = result.speaker === null ? null : bold(fitText(oneLine(result.speaker), MAX_SPEAKER));
  const place = placeText(result.place);
  const where = place === null ? null : result.placeSource === 'text' ? `in ${place}` : `📍 ${place}`;
  const head = [who, where].filter((part) => part !== null).join(', ');
  const cite = citation(result.title, result.url, result.paragraph, result.excerpt);
  const dateline = result.dateline ? ` · dateline ${placeText(result.dateline)}` : '';
  return `— ${head ? `${head} · ` : ''}${cite}${dateline}`;
}

export type AnswerMode = 'ask' | 'whosaid';

export interface RenderOptions {
  /** How many results came before these (for "More" pages). */
  offset?: number;
  /** `whosaid` leads with the full quote and echoes the phrase as a phrase. */
  mode?: AnswerMode;
  /**
   * The question is the bot's reading of a follow-up ("and on Japan?"), not what was typed: it is
   * echoed as "Reading this as: …" so the asker sees how their message was understood.
   */
  readAs?: boolean;
  /** A line under the echo: what the results were limited to (filters), and what that left out. */
  note?: string;
}

export interface RenderedAnswer {
  content: string;
  /** How many of `answer.results` the content holds; the next page starts after them. */
  shown: number;
}

/**
 * An answer as one message: the question echoed, then each excerpt in a quote followed by its
 * attribution line, then how many more results there are.
 *
 * @example
 * const { content, shown } = renderAnswer(briefing.ask(question));
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): RenderedAnswer {
  const offset = options.offset ?? 0;
  const mode = options.mode ?? 'ask';
  if (!answer.answered || answer.results.length === 0) {
    return { content: renderNoAnswer(answer, mode, options.readAs), shown: 0 };
  }
  const limit = DISCORD_LIMITS.messageContent - FOOTER_RESERVE;
  let content = echo(answer.question, mode, options.readAs);
  if (options.note) content += `\n${subtext(fitText(oneLine(options.note), 300))}`;
  if (answer.related && answer.reason) content += `\n${italic(fitText(oneLine(answer.reason), 200))}`;
  if (offset > 0) content += `\n${subtext(`Results from ${offset + 1} on`)}`;
  let shown = 0;
  for (const result of answer.results) {
    const attribution = attributionLine(result);
    const body = oneLine(excerptOf(result, mode));
    // "\n\n" + "> " + body + "\n" + attribution
    const room = limit - codePointLength(content) - 2 - 2 - 1 - codePointLength(attribution);
    // Whole excerpts only, except the first: a reply must show something.
    const whole = wholeText(body, room);
    if (whole === null && shown > 0) break;
    const shownBody = whole ?? fitText(body, room);
    content += `\n\n${quote(shownBody)}\n${attribution}`;
    shown++;
  }
  const remaining = Math.max(0, answer.total - offset - shown);
  if (remaining > 0) {
    content += `\n${subtext(`${remaining} more ${remaining === 1 ? 'result' : 'results'} in the briefing: press More.`)}`;
  }
  return { content, shown };
}

function echo(question: string, mode: AnswerMode, readAs = false): string {
  const text = fitText(oneLine(question), MAX_ECHO);
  if (readAs) return `${bold('Reading this as:')} ${text}`;
  return mode === 'whosaid' ? `${bold('Who said')} “${text}”?` : `${bold('Question:')} ${text}`;
}

function excerptOf(result: AnswerResult, mode: AnswerMode): string {
  if (mode === 'whosaid' && result.quotes.length > 0) {
    return result.quotes.map((q) => `“${q.text}”`).join(' … ');
  }
  // A cut inside a sentence is shown as one.
  return `${result.clippedStart ? '… ' : ''}${result.excerpt}${result.clippedEnd ? ' …' : ''}`;
}

/** The reply when the briefing has nothing on a question: say so plainly and point to what it does hold. */
export function renderNoAnswer(answer: Answer, mode: AnswerMode = 'ask', readAs = false): string {
  const lines = [echo(answer.question, mode, readAs), '', bold('The briefing does not cover that.')];
  if (answer.reason) lines.push(fitText(oneLine(answer.reason), 500));
  lines.push(
    `Try ${inlineCode('/sources')} to see which articles it holds, or ${inlineCode('/quotes')} to see what someone said.`,
  );
  return lines.join('\n');
}

/** Title and link of an article, for citing statements (which carry only the article id). */
export interface ArticleRef {
  title: string;
  url: string | null;
}

export interface StatementsInput {
  speaker: string;
  topic: string | null;
  /** This page's statements. */
  statements: readonly Statement[];
  /** Statements before this page (default 0). */
  offset?: number;
  /** Statements in all (default: this page's); the header counts them, and the rest are left to More. */
  total?: number;
  article: (id: string) => ArticleRef | undefined;
  /** A line under the heading: what the statements were limited to (filters), and what that left out. */
  note?: string;
}

/**
 * What one person said: each statement quoted (direct) or reported (indirect), with place and
 * citation, as many whole ones as fit; `shown` says how many, so the caller can page on with More.
 */
export function renderStatements(input: StatementsInput): RenderedAnswer {
  const { statements } = input;
  const offset = input.offset ?? 0;
  const total = input.total ?? offset + statements.length;
  const name = fitText(oneLine(statements[0]?.speaker ?? input.speaker), MAX_SPEAKER);
  const about = input.topic ? ` about “${fitText(oneLine(input.topic), 200)}”` : '';
  const count = `${total} ${total === 1 ? 'statement' : 'statements'}`;
  let content = `${bold(`What ${name} said`)}${about} · ${count}`;
  if (input.note) content += `\n${subtext(fitText(oneLine(input.note), 300))}`;
  if (offset > 0) content += `\n${subtext(`From ${offset + 1} on`)}`;
  const limit = DISCORD_LIMITS.messageContent - FOOTER_RESERVE;
  let shown = 0;
  for (const statement of statements) {
    const ref = input.article(statement.article);
    const place = placeText(statement.place);
    const where = place === null ? null : `in ${place}`;
    const cite = citation(
      ref?.title ?? statement.article,
      ref?.url ?? null,
      statement.paragraph,
      statement.text,
    );
    const kind = statement.kind === 'indirect' ? ' · reported' : '';
    const attribution = `— ${where ? `${where} · ` : ''}${cite}${kind}`;
    const text = oneLine(statement.text);
    const body = statement.kind === 'direct' ? `“${text}”` : text;
    const room = limit - codePointLength(content) - 5 - codePointLength(attribution);
    // Whole excerpts only, except the first: a reply must show something.
    const whole = wholeText(body, room);
    if (whole === null && shown > 0) break;
    const shownBody = whole ?? fitText(body, room);
    content += `\n\n${quote(shownBody)}\n${attribution}`;
    shown++;
  }
  const remaining = total - offset - shown;
  if (remaining > 0) {
    content += `\n${subtext(`${remaining} more ${remaining === 1 ? 'statement' : 'statements'}: press More.`)}`;
  }
  return { content, shown };
}

/** The reply when a speaker said nothing (on that topic), with the closest names the briefing knows. */
export function renderNoStatements(
  speaker: string,
  topic: string | null,
  suggestions: readonly string[],
): string {
  const who = fitText(oneLine(speaker), MAX_SPEAKER);
  const about = topic ? ` about “${fitText(oneLine(topic), 200)}”` : '';
  const lines = [`${bold('No statements found')} by ${who}${about} in the briefing.`];
  if (suggestions.length > 0) {
    lines.push(`Did you mean: ${suggestions.map((s) => bold(fitText(oneLine(s), MAX_SPEAKER))).join(', ')}?`);
  }
  lines.push(`Try ${inlineCode('/sources')} to see which articles the briefing holds.`);
  return lines.join('\n');
}

/** The briefing's articles, one line each: title, date, author and source, size. */
export function renderSources(sources: readonly SourceSummary[], label = 'The briefing'): string {
  if (sources.length === 0) return bold(`${label} holds no articles.`);
  let content = bold(`${label}: ${sources.length} ${sources.length === 1 ? 'article' : 'articles'}`);
  const limit = DISCORD_LIMITS.messageContent - FOOTER_RESERVE;
  let shown = 0;
  for (const [i, source] of sources.entries()) {
    const title = fitText(oneLine(source.title), MAX_TITLE);
    const target = linkTarget(source.url);
    const facts = [source.date, source.author, source.source]
      .filter((fact): fact is string => fact !== null && fact.trim() !== '')
      .map((fact) => fitText(oneLine(fact), 80));
    facts.push(
      `${source.paragraphs} ¶`,
      `${source.statements} ${source.statements === 1 ? 'statement' : 'statements'}`,
    );
    const line = `${i + 1}\\. ${italic(target === null ? title : hyperlink(title, target))} — ${facts.join(' · ')}`;
    if (codePointLength(content) + 1 + codePointLength(line) > limit) break;
    content += `\n${line}`;
    shown++;
  }
  if (shown < sources.length) content += `\n${subtext(`and ${sources.length - shown} more`)}`;
  return content;
}

/** One paragraph in full, for the "Full paragraph" button. */
export function renderParagraph(ref: ArticleRef, paragraph: number, text: string): string {
  const head = citation(ref.title, ref.url, paragraph, text);
  const room = DISCORD_LIMITS.messageContent - codePointLength(head) - 5;
  return `${head}\n${blockQuote(fitText(oneLine(text), room))}`;
}
