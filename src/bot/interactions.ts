/**
 * Routes every interaction Discord sends: slash and context-menu commands by name, autocomplete, and
 * our buttons. Applies the user's limit (a question or an action, as the command costs) before a
 * command defers and takes back a question that got no answer, times each handled question for the
 * log, and sends every failure to the one error handler.
 */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type Interaction,
  inlineCode,
} from 'discord.js';
import {
  type Command,
  isMessageCommand,
  type MessageCommand,
  type SlashCommand,
} from '../../commands/command.ts';
import { beforeSearchOrDefer } from './at-once.ts';
import { handleInteractionError } from './error-handler.ts';
import { ALLOWED } from './rate-limiter.ts';
import { rateLimitedReply, respond, textReply } from './replies.ts';
import { buttonReply } from './router.ts';
import { type BotServices, servicesFor } from './services.ts';

const UNKNOWN_COMMAND_MESSAGE = `I no longer know that command. Try ${inlineCode('/help')} to see what I can do.`;

export type InteractionHandler = (interaction: Interaction) => Promise<void>;

export function createInteractionHandler(
  commands: readonly Command[],
  shared: BotServices,
): InteractionHandler {
  const slash = new Map<string, SlashCommand>();
  const message = new Map<string, MessageCommand>();
  for (const command of commands) {
    if (isMessageCommand(command)) message.set(command.data.name, command);
    else slash.set(command.data.name, command);
  }

  return async (interaction) => {
    const started = shared.now();
    const context = {
      user: interaction.user.id,
      where: interaction.guildId ?? 'dm',
      interaction: interaction.id,
    };
    // The server's own briefing when it has one (opened on its first question), else the shared one.
    let services: BotServices;
    try {
      services = await servicesFor(shared, interaction.guildId);
    } catch (error) {
      shared.logger.error('could not open the server briefing', { ...context, error });
      services = shared;
    }
    if (interaction.isAutocomplete()) {
      await autocomplete(interaction, slash.get(interaction.commandName), services, context);
      return;
    }
    if (!interaction.isRepliable()) return;
    const command = interaction.isChatInputCommand()
      ? slash.get(interaction.commandName)
      : interaction.isMessageContextMenuCommand()
        ? message.get(interaction.commandName)
        : undefined;
    const name = interaction.isCommand()
      ? interaction.commandName
      : interaction.isButton()
        ? 'button'
        : 'other';
    /** A question counted against the limit and not settled yet: refunded if the command throws. */
    let counted = false;
    try {
      if (interaction.isButton()) {
        await button(interaction, services, { ...context, command: name, started });
        return;
      }
      if (command === undefined) {
        // A command registered once and since removed: say so rather than leave the user waiting.
        services.logger.warn('unknown interaction', { ...context, command: name, type: interaction.type });
        await respond(interaction, textReply(UNKNOWN_COMMAND_MESSAGE, true));
        return;
      }
      const limits = services.rateLimiter;
      const verdict =
        (command.cost === 'question'
          ? limits?.question(interaction.user.id)
          : limits?.action(interaction.user.id)) ?? ALLOWED;
      if (!verdict.allowed) {
        await respond(interaction, rateLimitedReply(verdict.retryAfterMs));
        services.logger.info('rate limited', { ...context, command: name });
        return;
      }
      counted = command.cost === 'question';
      const outcome =
        interaction.isChatInputCommand() && !isMessageCommand(command)
          ? await command.execute(interaction, services)
          : interaction.isMessageContextMenuCommand() && isMessageCommand(command)
            ? await command.execute(interaction, services)
            : undefined;
      // Only answered questions count against the question limit.
      if (counted && !outcome?.answered) limits?.unanswered(interaction.user.id);
      counted = false;
      services.logger.info(command.cost === 'question' ? 'question' : 'command', {
        ...context,
        command: name,
        ...(outcome ? { results: outcome.results } : {}),
        ms: services.now() - started,
      });
    } catch (error) {
      if (counted) services.rateLimiter?.unanswered(interaction.user.id);
      await handleInteractionError(interaction, error, services.logger, { ...context, command: name });
    }
  };
}

async function button(
  interaction: ButtonInteraction,
  services: BotServices,
  context: Record<string, unknown> & { started: number },
): Promise<void> {
  const { started, ...rest } = context;
  // A search (More) may take a while under load: unless the bot is idle enough to answer at once,
  // the press is acknowledged first, privately.
  const { beforeSearch, settle } = beforeSearchOrDefer(interaction, services.atOnce);
  let routed: Awaited<ReturnType<typeof buttonReply>>;
  try {
    routed = await buttonReply(interaction.customId, interaction.user.id, services, beforeSearch);
  } finally {
    settle();
  }
  if (routed === null) {
    services.logger.warn('unknown button', { ...rest, customId: interaction.customId });
    return;
  }
  await respond(interaction, routed.reply);
  services.logger.info(routed.results === null ? 'button' : 'question', {
    ...rest,
    button: interaction.customId.split(':')[1],
    outcome: routed.outcome,
    ...(routed.results === null ? {} : { results: routed.results }),
    ms: services.now() - started,
  });
}

async function autocomplete(
  interaction: AutocompleteInteraction,
  command: SlashCommand | undefined,
  services: BotServices,
  context: Record<string, unknown>,
): Promise<void> {
  try {
    if (command?.autocomplete) await command.autocomplete(interaction, services);
    else await interaction.respond([]);
  } catch (error) {
    services.logger.error('autocomplete failed', { ...context, command: interaction.commandName, error });
    if (!interaction.responded) await interaction.respond([]).catch(() => {});
  }
}
