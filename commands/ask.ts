/** `/ask question private`: up to three cited excerpts that answer a question. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { defer, respond } from '../src/bot/replies.ts';
import { askReply } from '../src/bot/router.ts';
import { audienceOf, type SlashCommand } from './command.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask the briefing a question: get cited excerpts saying who said what, and where.')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('Your question about the briefing.')
      .setRequired(true)
      .setMaxLength(300),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer to you only.'));

export const cost = 'question';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  const question = interaction.options.getString('question', true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  await defer(interaction, ephemeral);
  const { reply, results, answered } = askReply(
    question,
    services,
    ephemeral,
    audienceOf(interaction, ephemeral),
  );
  await respond(interaction, reply);
  return { results, answered };
};
