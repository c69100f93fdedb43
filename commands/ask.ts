/** `/ask question private thread article speaker since until`: up to three cited excerpts that answer a question. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerAtOnceOrDefer } from '../src/bot/at-once.ts';
import { articleChoices } from '../src/bot/briefing-files.ts';
import { readFilter } from '../src/bot/filters.ts';
import { askReply, conversationAfterAnswer } from '../src/bot/router.ts';
import { askInThread } from '../src/bot/threads.ts';
import {
  articleOption,
  audienceOf,
  filterInput,
  type SlashCommand,
  sinceOption,
  untilOption,
} from './command.ts';
import { speakerChoices } from './quotes.ts';

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
  )
  .addStringOption(articleOption)
  .addStringOption((option) =>
    option
      .setName('speaker')
      .setDescription('Only what this person said.')
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption(sinceOption)
  .addStringOption(untilOption);

export const cost = 'question';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  const question = interaction.options.getString('question', true);
  // Read first: a wrong date or name is a private reply, before anything is posted.
  const filter = readFilter(filterInput(interaction), services.briefing);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const thread =
    interaction.options.getBoolean('thread') ??
    (interaction.guildId !== null && services.threadByDefault(interaction.guildId));
  // A thread is public: a private answer stays private, in place.
  if (thread && !ephemeral) {
    const { results, answered } = await askInThread(interaction, question, services, filter);
    return { results, answered };
  }
  const { results, answered, answer } = await answerAtOnceOrDefer(
    interaction,
    ephemeral,
    services.atOnce,
    () => askReply(question, services, ephemeral, audienceOf(interaction, ephemeral), filter),
  );
  // In a DM, the next plain message there is read as a follow-up of this answer.
  if (!interaction.inGuild() && answered) {
    services.conversations.set(interaction.channelId, conversationAfterAnswer(question, answer));
  }
  return { results, answered };
};

export const autocomplete: NonNullable<SlashCommand['autocomplete']> = async (interaction, services) => {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(
    focused.name === 'article'
      ? articleChoices(focused.value, services)
      : focused.name === 'speaker'
        ? speakerChoices(focused.value, services)
        : [],
  );
};
