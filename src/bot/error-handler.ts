/**
 * The one place errors from handlers end: logged with their context, and answered with a short line
 * (a `UserError`'s own message, else a generic one) so the user never meets silence, and the bot
 * never crashes because one handler threw.
 */
import type { Message, RepliableInteraction } from 'discord.js';
import { publicMessage } from '../errors.ts';
import type { LogContext, Logger } from '../log.ts';
import { interactionPayload, messagePayload, respond, textReply } from './replies.ts';

export async function handleInteractionError(
  interaction: RepliableInteraction,
  error: unknown,
  logger: Logger,
  context: LogContext,
): Promise<void> {
  logger.error('handler failed', { ...context, error });
  try {
    const line = textReply(publicMessage(error), true);
    if (interaction.deferred && !interaction.replied && !interaction.ephemeral) {
      // A public "thinking…" edited into the error would show it to the whole channel: remove it and
      // tell the asker alone.
      await interaction
        .deleteReply()
        .catch((deleteError: unknown) =>
          logger.warn('could not delete the deferred reply', { ...context, error: deleteError }),
        );
      await interaction.followUp(interactionPayload(line));
    } else {
      // Otherwise the first response, the edit of a private defer, or a follow-up: all ephemeral.
      await respond(interaction, line);
    }
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
