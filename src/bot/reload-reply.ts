/**
 * What /reload answers: the briefing read again and what changed, or why it could not be, in words
 * for the server's managers. Always ephemeral, since it concerns the operators, not the channel.
 * File names and reasons come from the folder, so they are escaped like any other untrusted text,
 * and a folder path never reaches Discord: it stays in the log.
 */
import path from 'node:path';
import { bold, subtext } from 'discord.js';
import type { ReloadReport } from '../answer/live-briefing.ts';
import { codePointLength, DISCORD_LIMITS, fitText, oneLine } from '../answer/render/discord.ts';
import { reloadLogContext } from '../answer/watch-briefing.ts';
import { BriefingLoadError } from '../corpus/index.ts';
import { type Reply, textReply } from './replies.ts';
import type { BotServices } from './services.ts';

export const RELOAD_REFUSED = 'Only members with the Manage Server permission can reload the briefing.';

export const RELOAD_UNAVAILABLE = 'This bot serves a fixed briefing: it cannot be reloaded while it runs.';

/** Room kept for the "and N more" line, so adding it can never push the message over the limit. */
const FOOTER_RESERVE = 100;
const MAX_NAME = 120;
const MAX_REASON = 300;

/** Reloads through `services.reload`, logs the outcome, and says what changed or why nothing did. */
export async function reloadReply(
  services: Pick<BotServices, 'reload' | 'briefing' | 'logger'>,
): Promise<Reply> {
  if (services.reload === undefined) return textReply(RELOAD_UNAVAILABLE, true);
  try {
    const report = await services.reload();
    services.logger.info('briefing reloaded', { trigger: 'command', ...reloadLogContext(report) });
    return textReply(renderReloadReport(report), true);
  } catch (error) {
    services.logger.error('briefing reload failed: still serving the previous briefing', {
      trigger: 'command',
      error,
    });
    return textReply(renderReloadFailure(error, services.briefing.articles.length), true);
  }
}

/** The report of a reload: counts first, then the articles by name, cut to fit one message. */
export function renderReloadReport(report: ReloadReport): string {
  const changes = report.added.length + report.changed.length + report.removed.length;
  const summary =
    changes === 0
      ? 'no article added, changed or removed'
      : `${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed`;
  const skipped =
    report.skipped.length === 0
      ? ''
      : ` ${report.skipped.length} ${report.skipped.length === 1 ? 'file was' : 'files were'} skipped.`;
  const head = `${bold('Briefing reloaded')} in ${report.ms} ms: ${plural(report.articles, 'article')} (${summary}).${skipped}`;

  const lines: { text: string; item: boolean }[] = [];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push({ text: bold(`${title} (${items.length})`), item: false });
    for (const item of items) lines.push({ text: `• ${item}`, item: true });
  };
  const name = (id: string) => fitText(oneLine(id), MAX_NAME);
  section('Added', report.added.map(name));
  section('Changed', report.changed.map(name));
  section('Removed', report.removed.map(name));
  section(
    'Skipped',
    report.skipped.map(
      (entry) => `${name(path.basename(entry.file))}: ${fitText(oneLine(entry.reason), MAX_REASON)}`,
    ),
  );

  let content = head;
  const limit = DISCORD_LIMITS.messageContent - FOOTER_RESERVE;
  let shown = 0;
  for (const line of lines) {
    if (codePointLength(content) + 1 + codePointLength(line.text) > limit) break;
    content += `\n${line.text}`;
    shown++;
  }
  const left = lines.slice(shown).filter((line) => line.item).length;
  if (left > 0) content += `\n${subtext(`and ${left} more (the log has the full list)`)}`;
  return content;
}

/**
 * Why a reload failed, and that the previous briefing is still answering. A `BriefingLoadError`
 * explains itself (no article file, every file skipped), once its folder path is cut to a name.
 */
export function renderReloadFailure(error: unknown, articles: number): string {
  const head = `${bold('Reload failed')}: still answering from the previous briefing (${plural(articles, 'article')}).`;
  if (!(error instanceof BriefingLoadError)) return `${head}\nThe log has the details.`;
  const reason = oneLine(error.message.replaceAll(error.dir, path.basename(error.dir)));
  const room = DISCORD_LIMITS.messageContent - codePointLength(head) - 1;
  return `${head}\n${fitText(reason, room)}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
