/**
 * The shape of a command module: what Discord registers (`data`) and what runs when it is used
 * (`execute`). Defined once; `commands/index.ts` lists the modules, and both the bot and the deploy
 * script read that list, so what is registered is exactly what is served.
 */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  ContextMenuCommandBuilder,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RepliableInteraction,
  type SlashCommandStringOption,
} from 'discord.js';
import type { FilterInput } from '../src/bot/filters.ts';
import type { Audience } from '../src/bot/router.ts';
import type { BotServices } from '../src/bot/services.ts';

/**
 * What a command reports: how many results the user got (for the log line), and whether it answered,
 * since only answered questions count against the question limit.
 */
export interface CommandOutcome {
  results: number;
  answered: boolean;
}

interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

interface CommandBase {
  data: CommandData;
  /**
   * Which per-user limit it counts against: `question` for commands that search or read the whole
   * briefing (refunded when they answer nothing), `action` for the rest.
   */
  cost: 'question' | 'action';
}

export interface SlashCommand extends CommandBase {
  execute(
    interaction: ChatInputCommandInteraction,
    services: BotServices,
  ): Promise<CommandOutcome | undefined>;
  autocomplete?(interaction: AutocompleteInteraction, services: BotServices): Promise<void>;
}

export interface MessageCommand extends CommandBase {
  data: ContextMenuCommandBuilder;
  execute(
    interaction: MessageContextMenuCommandInteraction,
    services: BotServices,
  ): Promise<CommandOutcome | undefined>;
}

export type Command = SlashCommand | MessageCommand;

export function isMessageCommand(command: Command): command is MessageCommand {
  return command.data instanceof ContextMenuCommandBuilder;
}

/**
 * Who a command's reply is for: the asker, and whether they alone see it (a private reply, or any
 * reply in a DM), in which case only they may use its buttons.
 */
export function audienceOf(interaction: RepliableInteraction, ephemeral: boolean): Audience {
  return { asker: interaction.user.id, private: ephemeral || !interaction.inGuild() };
}

/** The filter options of /ask and /quotes as typed (see `readFilter`). */
export function filterInput(interaction: ChatInputCommandInteraction): FilterInput {
  const text = (name: string) => interaction.options.getString(name);
  return { article: text('article'), speaker: text('speaker'), since: text('since'), until: text('until') };
}

/** The `article:` filter option, as /ask and /quotes declare it. */
export const articleOption = (option: SlashCommandStringOption) =>
  option.setName('article').setDescription('Only from this article.').setMaxLength(100).setAutocomplete(true);

/** The `since:` and `until:` filter options, as /ask and /quotes declare them. */
export const sinceOption = (option: SlashCommandStringOption) =>
  option
    .setName('since')
    .setDescription('Only articles dated on or after (2021-03-18, 2021-03 or 2021).')
    .setMaxLength(10);
export const untilOption = (option: SlashCommandStringOption) =>
  option
    .setName('until')
    .setDescription('Only articles dated on or before (2021-03-18, 2021-03 or 2021).')
    .setMaxLength(10);
