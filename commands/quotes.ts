/** `/quotes speaker topic private`: what one person said, with places and citations. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { clipPlain, DISCORD_LIMITS } from '../src/answer/render/discord.ts';
import { answerAtOnceOrDefer } from '../src/bot/at-once.ts';
import { articleChoices } from '../src/bot/briefing-files.ts';
import { readFilter } from '../src/bot/filters.ts';
import { quotesReply } from '../src/bot/router.ts';
import type { BotServices } from '../src/bot/services.ts';
import {
  articleOption,
  audienceOf,
  filterInput,
  type SlashCommand,
  sinceOption,
  untilOption,
} from './command.ts';

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription('What one person said in the briefing, quoted or reported, with places and citations.')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addStringOption((option) =>
    option
      .setName('speaker')
      .setDescription('Who: a name, surname or role.')
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option.setName('topic').setDescription('Only statements about this (optional).').setMaxLength(200),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer to you only.'))
  .addStringOption(articleOption)
  .addStringOption(sinceOption)
  .addStringOption(untilOption);

export const cost = 'question';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  const speaker = interaction.options.getString('speaker', true);
  const topic = interaction.options.getString('topic');
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  // The speaker is the command's own option: the filter adds article and dates.
  const filter = readFilter({ ...filterInput(interaction), speaker: null }, services.briefing);
  const audience = audienceOf(interaction, ephemeral);
  const { results, answered } = await answerAtOnceOrDefer(interaction, ephemeral, services.atOnce, () =>
    quotesReply(speaker, topic, services, ephemeral, audience, 0, filter),
  );
  return { results, answered };
};

/** Suggests the briefing's speakers matching what is typed, aliases included. */
export const autocomplete: NonNullable<SlashCommand['autocomplete']> = async (interaction, services) => {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(
    focused.name === 'article'
      ? articleChoices(focused.value, services)
      : speakerChoices(focused.value, services),
  );
};

/** Choices within Discord's limits: at most 25, name and value at most 100 characters each. */
export function speakerChoices(typed: string, services: Pick<BotServices, 'briefing'>) {
  return services.briefing
    .findSpeakers(typed.trim(), DISCORD_LIMITS.autocompleteChoices)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((speaker) => {
      const role = speaker.roles[0];
      const name = role ? `${speaker.name} (${role})` : speaker.name;
      return {
        name: clipPlain(name, DISCORD_LIMITS.choiceName),
        value: clipPlain(speaker.name, DISCORD_LIMITS.choiceValue),
      };
    });
}
