/**
 * Messages to the bot: DMs and @mentions. Adapts a discord.js `Message` to the router's plain data,
 * replies without pinging anyone (the author included), and logs one line per question.
 */
import type { Message } from 'discord.js';
import { handleMessageError } from './error-handler.ts';
import { messagePayload } from './replies.ts';
import { routeMessage } from './router.ts';
import type { BotServices } from './services.ts';

export type MessageHandler = (message: Message) => Promise<void>;

export function createMessageHandler(services: BotServices): MessageHandler {
  return async (message) => {
    const botUser = message.client.user;
    if (message.author.bot || message.system || botUser === null) return;
    const started = services.now();
    const inGuild = message.inGuild();
    const context = {
      command: inGuild ? 'mention' : 'dm',
      user: message.author.id,
      where: message.guildId ?? 'dm',
      message: message.id,
    };
    try {
      const botRoleIds = inGuild
        ? message.mentions.roles.filter((role) => role.tags?.botId === botUser.id).map((role) => role.id)
        : [];
      const routed = routeMessage(
        {
          content: message.content,
          authorId: message.author.id,
          authorIsBot: message.author.bot,
          inGuild,
          botUserId: botUser.id,
          botRoleIds,
        },
        services,
      );
      if (routed === null) return;
      await message.reply(messagePayload(routed.reply));
      services.logger.info(routed.outcome === 'answer' ? 'question' : routed.outcome, {
        ...context,
        ...(routed.results === null ? {} : { results: routed.results }),
        ms: services.now() - started,
      });
    } catch (error) {
      await handleMessageError(message, error, services.logger, context);
    }
  };
}
