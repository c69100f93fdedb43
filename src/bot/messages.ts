/**
 * Messages to the bot: DMs and @mentions. Adapts a discord.js `Message` to the router's plain data,
 * replies without pinging anyone (the author included), and logs one line per question.
 *
 * A mention over the rate limit is never answered in the channel, where twenty "you're asking
 * quickly" would bury the conversation: the author is told once in a DM, or, if their DMs are closed,
 * by a ⏳ reaction on their message. Further mentions until the limit frees get nothing.
 */
import type { Message } from 'discord.js';
import type { LogContext } from '../log.ts';
import { handleMessageError } from './error-handler.ts';
import { messagePayload, NO_MENTIONS, rateLimitedMentionMessage, textReply } from './replies.ts';
import { type IncomingMessage, isForBot, type Routed, routeMessage } from './router.ts';
import { type BotServices, servicesFor } from './services.ts';
import { answerTurns } from './turns.ts';

export type MessageHandler = (message: Message) => Promise<void>;

/**
 * Said once in a thread the bot opened when a message there arrives without its text: Discord withholds
 * the text of messages that neither mention the bot nor are DMs unless the bot has the privileged
 * Message Content intent.
 */
export const MENTION_IN_THREAD_HINT =
  'I cannot read messages here unless they mention me: start a follow-up with my @mention (or reply to my answer with the mention on), and I will read it against my last answer in this thread.';

/** The reaction left on a rate-limited mention when its author cannot be sent a DM. */
export const RATE_LIMITED_REACTION = '⏳';

/**
 * `messageContentIntent`: the client asked for the Message Content intent, so a thread message without
 * text really has none (an image, a sticker) and is not met with the hint about mentions.
 */
export function createMessageHandler(shared: BotServices, messageContentIntent = false): MessageHandler {
  return async (message) => {
    let services = shared;
    const botUser = message.client.user;
    if (message.author.bot || message.system || botUser === null) return;
    const started = services.now();
    const inGuild = message.inGuild();
    const context = {
      command: inGuild ? (message.channel.isThread() ? 'thread' : 'mention') : 'dm',
      user: message.author.id,
      where: message.guildId ?? 'dm',
      message: message.id,
    };
    try {
      const botRoleIds = inGuild
        ? message.mentions.roles.filter((role) => role.tags?.botId === botUser.id).map((role) => role.id)
        : [];
      // Only threads the bot opened are conversations: elsewhere in a server a message must mention the bot.
      const { channel } = message;
      const conversation = inGuild && channel.isThread() && channel.ownerId === botUser.id;
      const incoming: IncomingMessage = {
        content: message.content,
        authorId: message.author.id,
        authorIsBot: message.author.bot,
        inGuild,
        botUserId: botUser.id,
        botRoleIds,
        channelId: message.channelId,
        conversation,
      };
      if (conversation && message.content.trim() === '') {
        if (messageContentIntent) return;
        // Not a blank question: the text was withheld (no Message Content intent). Say how, once.
        if (services.conversations.firstHint(message.channelId)) {
          await message.reply(messagePayload(textReply(MENTION_IN_THREAD_HINT)));
          services.logger.info('thread message without text: hinted', context);
        }
        return;
      }
      if (!isForBot(incoming)) return;
      // The server's own briefing when it has one (opened on its first question), else the shared one.
      services = await servicesFor(shared, message.guildId);
      // Searching waits its turn, so that interactions arriving meanwhile are acknowledged in time.
      await answerTurns.next();
      const routed = routeMessage(incoming, services);
      if (routed === null) return;
      if (routed.outcome === 'rate-limited') {
        await tellRateLimited(message, routed, services, context);
        return;
      }
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

/**
 * A rate-limited message: a DM is answered in the DM, once; a mention is answered privately, once,
 * in a DM or else with a reaction, never in the channel.
 */
async function tellRateLimited(
  message: Message,
  routed: Routed,
  services: BotServices,
  context: LogContext,
): Promise<void> {
  const log = (how: string) => services.logger.info('rate limited', { ...context, told: how });
  if (routed.repeated) return log('no (already told)');
  if (!message.inGuild()) {
    await message.reply(messagePayload(routed.reply));
    return log('reply');
  }
  try {
    await message.author.send({
      content: rateLimitedMentionMessage(routed.reply.content, message.url),
      allowedMentions: NO_MENTIONS,
    });
    return log('dm');
  } catch (error) {
    services.logger.info('could not DM a rate-limited user: reacting instead', { ...context, error });
  }
  try {
    await message.react(RATE_LIMITED_REACTION);
    log('reaction');
  } catch (error) {
    // Never the channel: the user is simply not told (no DMs, no Add Reactions permission).
    services.logger.warn('could not tell a rate-limited user', { ...context, error });
  }
}
