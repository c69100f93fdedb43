/** `/sources`: the articles of the briefing. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerAtOnceOrDefer } from '../src/bot/at-once.ts';
import { sourcesReply } from '../src/bot/router.ts';
import type { SlashCommand } from './command.ts';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the articles of the briefing: title, date, author, size.')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

/** It reads every article of the briefing: limited like a question, and deferred when the bot is busy. */
export const cost = 'question';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  await answerAtOnceOrDefer(interaction, false, services.atOnce, () => ({ reply: sourcesReply(services) }));
  return { results: services.briefing.articles.length, answered: true };
};
