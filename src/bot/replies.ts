/**
 * A reply as plain data (`Reply`), and the only functions that turn it into discord.js options.
 * Every payload that leaves the bot is built here, so every one carries `allowedMentions: { parse: [] }`
 * and the ephemeral flag is set the one way Discord honours it (flag 64 on the first response).
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
  type MessageReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import { answerTurns } from './turns.ts';

export interface Reply {
  content: string;
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Seen only by the user who asked; honoured on the first response to an interaction. */
  ephemeral: boolean;
}

/** A reply of text alone. */
export function textReply(content: string, ephemeral = false): Reply {
  return { content, components: [], ephemeral };
}

/** Nothing in our content may ping: not users, roles, `@everyone`, nor the author we reply to. */
export const NO_MENTIONS = { parse: [] as [] };

export function interactionPayload(reply: Reply): InteractionReplyOptions & { withResponse?: false } {
  return {
    content: reply.content,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

export function editPayload(reply: Reply): InteractionEditReplyOptions {
  return { content: reply.content, components: reply.components, allowedMentions: NO_MENTIONS };
}

export function messagePayload(reply: Reply): MessageReplyOptions {
  return {
    content: reply.content,
    components: reply.components,
    allowedMentions: { ...NO_MENTIONS, repliedUser: false },
  };
}

/** Defers so slow work cannot miss Discord's 3 s deadline; private answers defer ephemerally. */
export async function defer(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  // The search after it waits its turn, so the acknowledgements of interactions already received go first.
  await answerTurns.next();
}

/**
 * Sends `reply` whatever state the interaction is in: the first response, the edit of a deferred one,
 * or a follow-up, since a second acknowledgement fails (40060).
 */
export async function respond(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    // An edit can be sent again safely (it sets the message, whatever happened to the first one).
    await retryOnSocketReset(() => interaction.editReply(editPayload(reply)));
  } else if (interaction.replied) {
    await interaction.followUp(interactionPayload(reply));
  } else {
    await firstResponse(interaction, interactionPayload(reply));
  }
}

/** Discord's refusal of a second acknowledgement of one interaction. */
const ALREADY_ACKNOWLEDGED = 40060;

/**
 * The first response, sent again when its connection was reset before Discord answered: if the first
 * did arrive, Discord refuses the second as a second acknowledgement (40060), and it counts as sent.
 */
async function firstResponse(
  interaction: RepliableInteraction,
  payload: ReturnType<typeof interactionPayload>,
): Promise<void> {
  let reset = false;
  await retryOnSocketReset(async () => {
    try {
      await interaction.reply(payload);
    } catch (error) {
      if (reset && (error as { code?: unknown }).code === ALREADY_ACKNOWLEDGED) return;
      reset ||= isSocketReset(error);
      throw error;
    }
  });
}

/** Attempts at a request whose connection was reset before Discord answered. */
const SOCKET_ATTEMPTS = 3;

/**
 * Runs an idempotent request again when its connection was reset or closed before an answer came
 * (undici's `UND_ERR_SOCKET`, "other side closed"), which @discordjs/rest passes on without a retry.
 * Only for requests that can be repeated: an edit, or a first response (which Discord takes once),
 * never a new message.
 */
export async function retryOnSocketReset<T>(send: () => Promise<T>, attempts = SOCKET_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= attempts || !isSocketReset(error)) throw error;
    }
  }
}

/** A connection cut under a request: undici's socket errors, also when wrapped as a `cause`. */
export function isSocketReset(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 3; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED' || code === 'ECONNRESET' || code === 'EPIPE')
      return true;
    current = current.cause;
  }
  return false;
}

/** The longest question the bot searches for; longer messages are refused rather than cut. */
export const MAX_QUESTION_LENGTH = 500;

export const EXPIRED_MESSAGE = 'This answer has expired, ask again.';

/** A press on the buttons of someone else's private answer (or DM): it opens nothing of theirs. */
export const NOT_YOURS_MESSAGE =
  'These buttons belong to the person who asked. Ask your own question with `/ask` to get yours.';

/** "Full paragraph" after the cited article was changed and reloaded: ¶N may now be another paragraph. */
export const ARTICLE_CHANGED_MESSAGE =
  'That article has changed since this answer was given, so its paragraph numbers may no longer match. Ask again to cite the current text.';

/** "More" when the briefing has nothing after this page (it was reloaded since, with fewer results). */
export const NOTHING_MORE_MESSAGE =
  'Nothing more in the briefing for that: ask again to see the current results.';

/** The reply to a question over the rate limit: when to try again, seen by the asker only. */
export function rateLimitedReply(retryAfterMs: number): Reply {
  return textReply(`You're asking quickly: try again in ${retryAfterSeconds(retryAfterMs)} s.`, true);
}

/**
 * The DM sent, once, to a user whose mention was over the rate limit, instead of a reply in the
 * channel; `link` is the mention's URL, so they know which message it is about.
 */
export function rateLimitedMentionMessage(refusal: string, link: string): string {
  return `${refusal} (About ${link}: I answer here rather than in the channel.)`;
}

export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}

export function tooLongMessage(length: number): string {
  return `That message is ${length} characters long; I can answer questions of up to ${MAX_QUESTION_LENGTH}. Could you ask it more briefly?`;
}
