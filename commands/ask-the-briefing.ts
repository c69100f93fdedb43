/** Message context menu "Ask the briefing": asks the selected message's text, answering privately. */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
} from 'discord.js';
import { defer, respond } from '../src/bot/replies.ts';
import { handleQuestion, isAnswered, outcomeReply } from '../src/bot/router.ts';
import { audienceOf, type MessageCommand } from './command.ts';

export const data = new ContextMenuCommandBuilder()
  .setName('Ask the briefing')
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

export const cost = 'question';

export const execute: MessageCommand['execute'] = async (interaction, services) => {
  await defer(interaction, true);
  // Already counted against the rate limit by the dispatcher: do not count it twice.
  const outcome = handleQuestion(interaction.targetMessage.content, interaction.user.id, {
    ...services,
    rateLimiter: null,
  });
  await respond(interaction, outcomeReply(outcome, services, true, audienceOf(interaction, true)));
  return outcome.kind === 'answer'
    ? { results: outcome.answer.results.length, answered: isAnswered(outcome.answer) }
    : { results: 0, answered: false };
};
