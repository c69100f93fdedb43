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

export interface DeployOptions {
  /** How long Discord may take to answer before the registration is given up (default 15 s). */
  timeoutMs?: number;
}

/** Discord answers a registration in well under a second; a silent one is not worth four waits. */
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Discord (or whatever `DISCORD_API_BASE` points at) never answered: said as such, rather than as
 * discord.js's "AbortError: This operation was aborted" after four timed-out attempts.
 */
export class DeployTimeoutError extends Error {
  override name = 'DeployTimeoutError';
  constructor(apiBase: string, timeoutMs: number) {
    super(
      `Discord did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`} at ${apiBase}: check the network (a firewall or proxy), or DISCORD_API_BASE, and run it again.`,
    );
  }
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
  options: DeployOptions = {},
): Promise<DeployResult> {
  const clientId = requireClientId(config);
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // One attempt: the PUT could be repeated safely, but whoever runs this is better served by a clear
  // message after one timeout than by four silent ones.
  const rest = new REST({ api: config.apiBase, timeout, retries: 0 }).setToken(requireToken(config));
  const route =
    config.guildId === null
      ? Routes.applicationCommands(clientId)
      : Routes.applicationGuildCommands(clientId, config.guildId);
  let registered: unknown[];
  try {
    registered = (await rest.put(route, { body: commandPayloads(commands) })) as unknown[];
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError')
      throw new DeployTimeoutError(config.apiBase, timeout);
    throw error;
  }
  return { scope: config.guildId === null ? 'global' : 'guild', route, count: registered.length };
}
