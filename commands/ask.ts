/** `/ask question private thread`: up to three cited excerpts that answer a question. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { defer, respond } from '../src/bot/replies.ts';
import { askReply } from '../src/bot/router.ts';
import { askInThread } from '../src/bot/threads.ts';
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
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer to you only.'))
  .addBooleanOption((option) =>
    option
      .setName('thread')
      .setDescription('Answer in a new thread named after the question; follow up there without /ask.'),
  );

export const cost = 'question';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  const question = interaction.options.getString('question', true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const thread =
    interaction.options.getBoolean('thread') ??
    (interaction.guildId !== null && services.threadByDefault(interaction.guildId));
  // A thread is public: a private answer stays private, in place.
  if (thread && !ephemeral) {
    const { results, answered } = await askInThread(interaction, question, services);
    return { results, answered };
  }
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
