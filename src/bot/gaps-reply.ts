/**
 * `/briefing gaps`: the questions most often refused or voted 👎 in this server over the last 30 days,
 * for its managers, privately. Question text is the askers' own: escaped, cut, and never a ping.
 */
import { bold, subtext } from 'discord.js';
import { codePointLength, DISCORD_LIMITS, fitText, oneLine } from '../answer/render/discord.ts';
import { GAPS_WINDOW_DAYS } from './gaps.ts';
import { type Reply, textReply } from './replies.ts';
import type { BotServices } from './services.ts';

export const GAPS_REFUSED = 'Only members with the Manage Server permission can see what was asked here.';

export async function gapsReply(services: Pick<BotServices, 'gaps' | 'guildId'>): Promise<Reply> {
  if (services.gaps === null) return textReply('Unanswered questions are not recorded by this bot.', true);
  const top = await services.gaps.top(services.guildId);
  if (top.length === 0) {
    return textReply(`No question was refused or voted 👎 here in the last ${GAPS_WINDOW_DAYS} days.`, true);
  }
  let content = bold(`Most frequent unanswered questions here, last ${GAPS_WINDOW_DAYS} days`);
  const limit = DISCORD_LIMITS.messageContent - 60;
  for (const [i, gap] of top.entries()) {
    const why = [gap.refused > 0 ? `refused ${gap.refused}×` : null, gap.down > 0 ? `👎 ${gap.down}×` : null]
      .filter((part) => part !== null)
      .join(', ');
    const line = `${i + 1}\\. ${fitText(oneLine(gap.question), 200)} · ${why} · last ${gap.last.slice(0, 10)}`;
    if (codePointLength(content) + 1 + codePointLength(line) > limit) break;
    content += `\n${line}`;
  }
  content += `\n${subtext('Add articles that answer them with /briefing add.')}`;
  return textReply(content, true);
}
