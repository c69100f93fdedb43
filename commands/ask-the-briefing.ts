/** Message context menu "Ask the briefing": asks the selected message's text, answering privately. */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
} from 'discord.js';
import { answerAtOnceOrDefer } from '../src/bot/at-once.ts';
import { handleQuestion, isAnswered, outcomeReply } from '../src/bot/router.ts';
import { audienceOf, type MessageCommand } from './command.ts';

export const data = new ContextMenuCommandBuilder()
  .setName('Ask the briefing')
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export const cost = 'question';

export const execute: MessageCommand['execute'] = async (interaction, services) => {
  // Answered in the first response when the bot is idle enough, as /ask is (`at-once.ts`).
  const { outcome } = await answerAtOnceOrDefer(interaction, true, services.atOnce, () => {
    // Already counted against the rate limit by the dispatcher: do not count it twice.
    const outcome = handleQuestion(interaction.targetMessage.content, interaction.user.id, {
      ...services,
      rateLimiter: null,
    });
    return { outcome, reply: outcomeReply(outcome, services, true, audienceOf(interaction, true)) };
  });
  return outcome.kind === 'answer'
    ? { results: outcome.answer.results.length, answered: isAnswered(outcome.answer) }
    : { results: 0, answered: false };
};
