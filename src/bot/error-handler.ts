/**
 * The one place errors from handlers end: logged with their context, and answered with a short line
 * (a `UserError`'s own message, else a generic one) so the user never meets silence, and the bot
 * never crashes because one handler threw.
 */
import type { Message, RepliableInteraction } from 'discord.js';
import { publicMessage } from '../errors.ts';
import type { LogContext, Logger } from '../log.ts';
import { messagePayload, respond, textReply } from './replies.ts';

export async function handleInteractionError(
  interaction: RepliableInteraction,
  error: unknown,
  logger: Logger,
  context: LogContext,
): Promise<void> {
  logger.error('handler failed', { ...context, error });
  try {
    // After a defer, editing replaces "thinking…" (and keeps its visibility); otherwise reply or follow up.
    await respond(interaction, textReply(publicMessage(error), true));
  } catch (replyError) {
    logger.error('could not tell the user about an error', { ...context, error: replyError });
  }
}

export async function handleMessageError(
  message: Message,
  error: unknown,
  logger: Logger,
  context: LogContext,
): Promise<void> {
  logger.error('handler failed', { ...context, error });
  try {
    await message.reply(messagePayload(textReply(publicMessage(error))));
  } catch (replyError) {
    logger.error('could not tell the user about an error', { ...context, error: replyError });
  }
}
