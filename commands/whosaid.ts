/** `/whosaid phrase private`: who said a phrase, where, in which article and paragraph. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerAtOnceOrDefer } from '../src/bot/at-once.ts';
import { whoSaidReply } from '../src/bot/router.ts';
import { audienceOf, type SlashCommand } from './command.ts';

export const data = new SlashCommandBuilder()
  .setName('whosaid')
  .setDescription('Find who said a phrase, where, and in which article, with the full quote.')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addStringOption((option) =>
    option.setName('phrase').setDescription('Words from the quote.').setRequired(true).setMaxLength(300),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer to you only.'));

export const cost = 'question';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  const phrase = interaction.options.getString('phrase', true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const audience = audienceOf(interaction, ephemeral);
  const { results, answered } = await answerAtOnceOrDefer(interaction, ephemeral, services.atOnce, () =>
    whoSaidReply(phrase, services, ephemeral, audience),
  );
  return { results, answered };
};
