/** `/help`: what the bot can do, with examples. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { helpForDiscord } from '../src/bot/help.ts';
import { respond, textReply } from '../src/bot/replies.ts';
import type { SlashCommand } from './command.ts';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What this bot can do, with examples.')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export const cost = 'action';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  await respond(interaction, textReply(helpForDiscord(services.briefingScope), true));
  return undefined;
};
