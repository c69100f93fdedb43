/**
 * The digest: with `DIGEST_CHANNEL_ID` set, after a reload that adds or changes articles, one message
 * in that channel listing them (title, date, author) with their most quoted speakers, one statement
 * each, cited. Extractive (the statements' own words), within Discord's limits, pinging no one.
 *
 * @example
 * const content = renderDigest(report, briefing); // null when nothing was added or changed
 */
import { bold, quote, subtext } from 'discord.js';
import type { Briefing } from '../answer/briefing.ts';
import type { ReloadReport } from '../answer/live-briefing.ts';
import { citation, codePointLength, DISCORD_LIMITS, fitText, oneLine } from '../answer/render/discord.ts';
import type { Statement } from '../attribution/types.ts';

/** Speakers shown per article, most statements first. */
const SPEAKERS_PER_ARTICLE = 2;
/** Room kept for the "and N more" line. */
const FOOTER_RESERVE = 80;
const MAX_STATEMENT = 300;

/** The digest of a reload, or `null` when it added and changed nothing. */
export function renderDigest(
  report: ReloadReport,
  briefing: Pick<Briefing, 'article' | 'statements'>,
): string | null {
  const ids = [...report.added, ...report.changed];
  if (ids.length === 0) return null;
  const parts = [`added`, `changed`]
    .map((kind, i) => {
      const n = i === 0 ? report.added.length : report.changed.length;
      return n === 0 ? null : `${n} ${kind}`;
    })
    .filter((part): part is string => part !== null);
  let content = bold(`New in the briefing: ${parts.join(', ')}`);
  const limit = DISCORD_LIMITS.messageContent - FOOTER_RESERVE;
  let shown = 0;
  for (const id of ids) {
    const article = briefing.article(id);
    if (article === undefined) continue;
    const facts = [article.date, article.author]
      .filter((fact): fact is string => fact !== null && fact.trim() !== '')
      .map((fact) => fitText(oneLine(fact), 80));
    const lines = [
      `${bold(fitText(oneLine(article.title), 150))}${facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}`,
    ];
    for (const statement of mostQuoted(briefing.statements, id)) {
      const text = fitText(oneLine(statement.text), MAX_STATEMENT);
      const body = statement.kind === 'direct' ? `“${text}”` : text;
      const cite = citation(article.title, article.url, statement.paragraph, statement.text);
      lines.push(quote(body), `— ${bold(fitText(oneLine(statement.speaker), 80))} · ${cite}`);
    }
    const block = `\n\n${lines.join('\n')}`;
    if (codePointLength(content) + codePointLength(block) > limit) break;
    content += block;
    shown++;
  }
  if (shown < ids.length) content += `\n${subtext(`and ${ids.length - shown} more: see /sources`)}`;
  return content;
}

/** One statement of each of the article's most quoted speakers: the first they make in it. */
function mostQuoted(statements: readonly Statement[], article: string): Statement[] {
  const bySpeaker = new Map<string, Statement[]>();
  for (const statement of statements) {
    if (statement.article !== article) continue;
    const list = bySpeaker.get(statement.speaker);
    if (list) list.push(statement);
    else bySpeaker.set(statement.speaker, [statement]);
  }
  return [...bySpeaker.values()]
    .sort((a, b) => b.length - a.length)
    .slice(0, SPEAKERS_PER_ARTICLE)
    .flatMap((list) => list.slice(0, 1));
}
