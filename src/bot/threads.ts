/**
 * `/ask … thread: true`: the question is posted in the channel and answered in a new thread started
 * from it, named after the question, where every later message is a follow-up (see `follow-up.ts`).
 * Where a thread cannot be opened (a DM, a thread already, no permission to create threads) the answer
 * is given in place and the asker is told why, privately.
 */
import {
  bold,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  subtext,
  ThreadAutoArchiveDuration,
} from 'discord.js';
import { fitText, oneLine } from '../answer/render/discord.ts';
import type { ResultFilter } from './filters.ts';
import {
  defer,
  editPayload,
  interactionPayload,
  NO_MENTIONS,
  retryOnSocketReset,
  textReply,
} from './replies.ts';
import { askReply, type CountedReply, conversationAfterAnswer } from './router.ts';
import type { BotServices } from './services.ts';

/** Discord's longest thread name, in code points. */
const THREAD_NAME_MAX = 100;

/** A thread's name: the question on one line, cut to Discord's 100 code points at a word boundary. */
export function threadName(question: string): string {
  const text = question.replace(/\s+/gu, ' ').trim();
  const points = [...text];
  if (points.length === 0) return 'Question';
  if (points.length <= THREAD_NAME_MAX) return text;
  const cut = points.slice(0, THREAD_NAME_MAX - 1).join('');
  const word = cut.replace(/\s+\S*$/u, '');
  return `${word.length > 0 ? word : cut}…`;
}

/** Said privately when a thread was asked for but could not be opened. */
export const NO_THREAD_HERE =
  'I could not open a thread here (threads need a server text channel, and permission for me to create public threads), so I answered in the channel.';

/** Answers `question` in a new thread from the reply; in place when that cannot be done. */
export async function askInThread(
  interaction: ChatInputCommandInteraction,
  question: string,
  services: BotServices,
  filter: ResultFilter | null = null,
): Promise<CountedReply> {
  await defer(interaction, false);
  const audience = { asker: interaction.user.id, private: false };
  const { reply, results, answered, answer } = askReply(question, services, false, audience, filter);
  const channel = interaction.channel;
  const canHold = interaction.inGuild() && channel !== null && !channel.isThread() && 'threads' in channel;
  if (!canHold) return answerInPlace(interaction, reply, results, answered);

  const head = textReply(
    `${bold('Question:')} ${fitText(oneLine(question), 500)}\n${subtext('Answered in the thread below: follow-ups there need no /ask.')}`,
  );
  const message = await interaction.editReply(editPayload(head));
  let thread: Awaited<ReturnType<typeof message.startThread>>;
  try {
    thread = await message.startThread({
      name: threadName(question),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
  } catch (error) {
    if (!(error instanceof DiscordAPIError) || error.status !== 403) throw error;
    services.logger.info('could not open a thread: answering in place', { error });
    return answerInPlace(interaction, reply, results, answered);
  }
  await thread.send({ content: reply.content, components: reply.components, allowedMentions: NO_MENTIONS });
  if (answered) services.conversations.set(thread.id, conversationAfterAnswer(question, answer));
  return { reply, results, answered };
}

async function answerInPlace(
  interaction: ChatInputCommandInteraction,
  reply: CountedReply['reply'],
  results: number,
  answered: boolean,
): Promise<CountedReply> {
  // Deferred, and perhaps already edited into the pointer to a thread: the edit sets the answer.
  await retryOnSocketReset(() => interaction.editReply(editPayload(reply)));
  await interaction.followUp(interactionPayload(textReply(NO_THREAD_HERE, true)));
  return { reply, results, answered };
}
