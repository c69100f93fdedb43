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
} from 'discord.js';
import type { BotServices } from '../src/bot/services.ts';

/** What a command reports for the log line: how many results the user got, when it searched. */
export interface CommandOutcome {
  results: number;
}

interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

interface CommandBase {
  data: CommandData;
  /** Counts against the per-user question rate limit (commands that search). */
  rateLimited?: boolean;
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
