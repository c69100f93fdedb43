/**
 * Articles added and removed from Discord (`/briefing add|remove|list`). An added file is downloaded
 * only from the attachment URL Discord put in the interaction, and only from Discord's own file hosts,
 * with a size cap and a time-out; it is checked as the loader checks a file of the folder (size,
 * binary, UTF-8, then `parseArticle`: front matter, text), and only then stored, under a file name
 * made from its title (never a name or path from the user), and the briefing reloaded. A refused file
 * leaves nothing behind.
 *
 * @example
 * const reply = await addArticle({ name: 'harbour.md', url, size }, services);
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, realpath, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bold, inlineCode, subtext } from 'discord.js';
import { codePointLength, DISCORD_LIMITS, fitText, oneLine } from '../answer/render/discord.ts';
import { type Article, ArticleFormatError, parseArticle, readFolder } from '../corpus/index.ts';
import { DEFAULT_MAX_BYTES } from '../corpus/load-articles.ts';
import { UserError } from '../errors.ts';
import { renderReloadFailure } from './reload-reply.ts';
import { type Reply, textReply } from './replies.ts';
import type { BotServices } from './services.ts';

/** Where attachments may be downloaded from, and how long and how much. */
export interface AttachmentPolicy {
  /** Origins (`https://cdn.discordapp.com`) an attachment URL must have. */
  origins: readonly string[];
  timeoutMs: number;
  maxBytes: number;
}

/** Discord's file hosts: attachment URLs in interactions point at these. */
export const DISCORD_FILE_ORIGINS = ['https://cdn.discordapp.com', 'https://media.discordapp.net'] as const;

/** The default policy: Discord's hosts, 10 s, and the loader's own 5 MB limit. */
export function attachmentPolicy(
  extraOrigins: readonly string[] = [],
  timeoutMs = 10_000,
  maxBytes = DEFAULT_MAX_BYTES,
): AttachmentPolicy {
  return { origins: [...DISCORD_FILE_ORIGINS, ...extraOrigins], timeoutMs, maxBytes };
}

/** An attachment as the interaction gives it. */
export interface AttachmentRef {
  name: string;
  url: string;
  size: number;
}

export const EDIT_REFUSED =
  'Only members with the Manage Server permission (or a briefing editor role) can change the briefing.';
export const EDIT_UNAVAILABLE =
  'This bot serves a fixed briefing: articles cannot be added or removed while it runs.';

const ARTICLE_EXTENSION = /\.(txt|md)$/iu;
/** Longest stem of a stored file name. */
const MAX_STEM = 60;

/**
 * Downloads an attachment: from an allowed origin only, without following redirects, within the time
 * limit, and never more than `maxBytes` (the body is read up to one byte past it, then dropped).
 */
export async function downloadAttachment(
  attachment: AttachmentRef,
  policy: AttachmentPolicy,
): Promise<Buffer> {
  let url: URL;
  try {
    url = new URL(attachment.url);
  } catch {
    throw new UserError('That attachment has no usable address.');
  }
  if (!policy.origins.includes(url.origin)) {
    throw new UserError(
      'That file is not one of Discord’s attachments: attach the file to the command itself.',
    );
  }
  if (attachment.size > policy.maxBytes)
    throw new UserError(refusal(tooLarge(attachment.size, policy.maxBytes)));
  const signal = AbortSignal.timeout(policy.timeoutMs);
  try {
    const response = await fetch(url, { redirect: 'error', signal });
    if (!response.ok || response.body === null) {
      throw new UserError(`Discord did not hand over the file (HTTP ${response.status}): try again.`);
    }
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of response.body) {
      length += chunk.length;
      if (length > policy.maxBytes) {
        await response.body.cancel().catch(() => {});
        throw new UserError(refusal(tooLarge(null, policy.maxBytes)));
      }
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (signal.aborted) {
      throw new UserError(
        `The file did not arrive within ${Math.round(policy.timeoutMs / 1000)} s: try again.`,
      );
    }
    throw error;
  }
}

/** The article a file would be, or why the loader would skip it: the loader's own checks, in a scratch folder. */
export async function checkArticleFile(
  name: string,
  bytes: Buffer,
  maxBytes: number,
): Promise<{ title: string; paragraphs: number } | { reason: string }> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'briefing-check-'));
  try {
    const file = `check${path.extname(name).toLowerCase()}`;
    await writeFile(path.join(scratch, file), bytes);
    const record = (await readFolder(scratch, { maxBytes })).files[0];
    if (record === undefined) return { reason: 'it cannot be read' };
    if (record.reason !== null || record.text === null)
      return { reason: record.reason ?? 'it cannot be read' };
    const article = parseArticle(record.text, record.id, record.file);
    return { title: article.title, paragraphs: article.paragraphs.length };
  } catch (error) {
    if (error instanceof ArticleFormatError) return { reason: error.message };
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * A file name for an article: its title in lower-case letters, digits and hyphens (at most 60), the
 * extension of the attachment, and `-2`, `-3`… when the name is taken. Nothing of a path survives.
 *
 * @example
 * safeFileName('Harbour pilots: winter storms', '.md', new Set()); // 'harbour-pilots-winter-storms.md'
 */
export function safeFileName(title: string, extension: '.txt' | '.md', taken: ReadonlySet<string>): string {
  const stem =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, MAX_STEM)
      .replace(/-+$/u, '') || 'article';
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${n === 1 ? stem : `${stem}-${n}`}${extension}`;
    if (!lower.has(name)) return name;
  }
}

/** `/briefing add`: download, check, store, reload, and say what was found or why nothing was stored. */
export async function addArticle(
  attachment: AttachmentRef,
  services: Pick<BotServices, 'briefing' | 'reload' | 'logger' | 'attachments'>,
): Promise<Reply> {
  const { reload, briefing } = services;
  if (reload === undefined) return textReply(EDIT_UNAVAILABLE, true);
  const extension = ARTICLE_EXTENSION.exec(attachment.name)?.[0]?.toLowerCase();
  if (extension !== '.txt' && extension !== '.md') {
    return textReply(refusal('only .txt and .md files can be articles'), true);
  }
  const bytes = await downloadAttachment(attachment, services.attachments);
  const checked = await checkArticleFile(attachment.name, bytes, services.attachments.maxBytes);
  if ('reason' in checked) return textReply(refusal(checked.reason), true);

  const hash = createHash('sha256').update(bytes).digest('hex');
  const same = briefing.articles.find((article) => article.hash === hash);
  if (same) {
    return textReply(
      `${bold('Already in the briefing')}: ${quoteTitle(same.title)} (${inlineCode(same.id)}). Nothing stored.`,
      true,
    );
  }
  const names = new Set(await readdir(briefing.dir));
  const name = safeFileName(checked.title, extension, names);
  const file = path.join(briefing.dir, name);
  // `wx`: never over a file that appeared meanwhile.
  await writeFile(file, bytes, { flag: 'wx' });
  const id = name.replace(ARTICLE_EXTENSION, '');
  try {
    await reload();
  } catch (error) {
    await unlink(file).catch(() => {});
    services.logger.error('reload after adding an article failed: file removed', { file: name, error });
    return textReply(renderReloadFailure(error, briefing.articles.length), true);
  }
  const article = briefing.article(id);
  if (article === undefined) {
    await unlink(file).catch(() => {});
    return textReply(refusal('the briefing could not read it after storing it'), true);
  }
  const statements = briefing.statements.filter((statement) => statement.article === id).length;
  services.logger.info('article added', { file: name, paragraphs: article.paragraphs.length, statements });
  return textReply(
    [
      `${bold('Added')} ${quoteTitle(article.title)} as ${inlineCode(name)}.`,
      `${plural(article.paragraphs.length, 'paragraph')}, ${plural(statements, 'statement')} found.`,
      subtext(`Answerable now; remove it with /briefing remove article: ${fitText(oneLine(id), 80)}`),
    ].join('\n'),
    true,
  );
}

/** `/briefing remove`: deletes an article's file (inside the briefing folder only) and reloads. */
export async function removeArticle(
  id: string,
  services: Pick<BotServices, 'briefing' | 'reload' | 'logger'>,
): Promise<Reply> {
  const { reload, briefing } = services;
  if (reload === undefined) return textReply(EDIT_UNAVAILABLE, true);
  const article = briefing.article(id);
  if (article === undefined) {
    return textReply(
      `No article ${inlineCode(fitText(oneLine(id), 100))} in the briefing: pick one from the list.`,
      true,
    );
  }
  if (briefing.articles.length === 1) {
    return textReply('That is the only article: a briefing needs at least one, so it stays.', true);
  }
  const folder = await realpath(briefing.dir);
  const file = path.join(folder, path.basename(article.file));
  if (path.dirname(file) !== folder) return textReply('That article cannot be removed from here.', true);
  await unlink(file);
  try {
    await reload();
  } catch (error) {
    services.logger.error('reload after removing an article failed', { file: path.basename(file), error });
    return textReply(renderReloadFailure(error, briefing.articles.length), true);
  }
  services.logger.info('article removed', { file: path.basename(file) });
  return textReply(
    `${bold('Removed')} ${quoteTitle(article.title)} (${inlineCode(path.basename(file))}).`,
    true,
  );
}

/** `/briefing list`: each article's id and title, with its size, as many as fit. */
export function listArticles(services: Pick<BotServices, 'briefing'>): Reply {
  const { briefing } = services;
  const head = bold(`${plural(briefing.articles.length, 'article')} in the briefing`);
  const limit = DISCORD_LIMITS.messageContent - 60;
  let content = head;
  let shown = 0;
  // Counted with the index: filtering every statement per article listed took 30–45 ms at 3,000 articles.
  const counts = new Map(briefing.sources().map((source) => [source.article, source.statements]));
  for (const article of briefing.articles) {
    const statements = counts.get(article.id) ?? 0;
    const line = `• ${inlineCode(fitText(oneLine(article.id), 80))} ${quoteTitle(article.title)} · ${plural(article.paragraphs.length, '¶', '¶')} · ${plural(statements, 'statement')}`;
    if (codePointLength(content) + 1 + codePointLength(line) > limit) break;
    content += `\n${line}`;
    shown++;
  }
  if (shown < briefing.articles.length)
    content += `\n${subtext(`and ${briefing.articles.length - shown} more`)}`;
  return textReply(content, true);
}

/**
 * Autocomplete for `article:`: ids and titles containing what was typed, at most 25. Runs on every
 * keystroke, so it stops at the 25th match and searches text lowercased once per list of articles.
 */
export function articleChoices(
  typed: string,
  services: Pick<BotServices, 'briefing'>,
): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase();
  const articles = services.briefing.articles;
  const haystacks = searchableText(articles);
  const choices: { name: string; value: string }[] = [];
  for (const [i, article] of articles.entries()) {
    if (choices.length === DISCORD_LIMITS.autocompleteChoices) break;
    if (article.id.length > DISCORD_LIMITS.choiceValue) continue;
    if (needle !== '' && !haystacks[i]?.includes(needle)) continue;
    choices.push({
      name: cut(`${article.title} (${article.id})`, DISCORD_LIMITS.choiceName),
      value: article.id,
    });
  }
  return choices;
}

/**
 * "id title", lowercased, per article of a briefing's list. Keyed by the list itself, which a reload
 * replaces: an entry lives as long as its briefing does, so the cache is bounded by the briefings alive.
 */
const lowercased = new WeakMap<readonly Article[], string[]>();

function searchableText(articles: readonly Article[]): string[] {
  let texts = lowercased.get(articles);
  if (texts === undefined) {
    texts = articles.map((article) => `${article.id} ${article.title}`.toLowerCase());
    lowercased.set(articles, texts);
  }
  return texts;
}

function cut(text: string, max: number): string {
  const points = [...oneLine(text)];
  return points.length <= max ? points.join('') : `${points.slice(0, max - 1).join('')}…`;
}

function quoteTitle(title: string): string {
  return `“${fitText(oneLine(title), 150)}”`;
}

function refusal(reason: string): string {
  return `${bold('Not added')}: ${fitText(oneLine(reason), 400)}. Nothing was stored.`;
}

function tooLarge(size: number | null, maxBytes: number): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return size === null
    ? `it is over the ${mb(maxBytes)} limit`
    : `it is ${mb(size)}, over the ${mb(maxBytes)} limit`;
}

function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}
