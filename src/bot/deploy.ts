/**
 * Registers the commands of `commands/index.ts` with Discord: in one server when `DISCORD_GUILD_ID`
 * is set (instant, for development), else globally. Run by hand, never at start-up.
 */
import { REST, type RESTPostAPIApplicationCommandsJSONBody, Routes } from 'discord.js';
import { commands as allCommands, type Command } from '../../commands/index.ts';
import { type Config, requireClientId, requireToken } from '../config.ts';

/** The JSON bodies Discord receives: exactly what the bot serves. */
export function commandPayloads(
  commands: readonly Command[] = allCommands,
): RESTPostAPIApplicationCommandsJSONBody[] {
  return commands.map((command) => command.data.toJSON());
}

export interface DeployResult {
  scope: 'guild' | 'global';
  route: string;
  count: number;
}

/** Replaces the application's commands (guild or global) with ours, via `PUT`. */
export async function deployCommands(
  config: Config,
  commands: readonly Command[] = allCommands,
): Promise<DeployResult> {
  const clientId = requireClientId(config);
  const rest = new REST({ api: config.apiBase }).setToken(requireToken(config));
  const route =
    config.guildId === null
      ? Routes.applicationCommands(clientId)
      : Routes.applicationGuildCommands(clientId, config.guildId);
  const registered = (await rest.put(route, { body: commandPayloads(commands) })) as unknown[];
  return { scope: config.guildId === null ? 'global' : 'guild', route, count: registered.length };
}
