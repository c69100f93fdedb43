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
}

/**
 * Sends `reply` whatever state the interaction is in: the first response, the edit of a deferred one,
 * or a follow-up, since a second acknowledgement fails (40060).
 */
export async function respond(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(editPayload(reply));
  } else if (interaction.replied) {
    await interaction.followUp(interactionPayload(reply));
  } else {
    await interaction.reply(interactionPayload(reply));
  }
}

/** The longest question the bot searches for; longer messages are refused rather than cut. */
export const MAX_QUESTION_LENGTH = 500;

export const EXPIRED_MESSAGE = 'This answer has expired, ask again.';

/** The reply to a question over the rate limit: when to try again, seen by the asker only. */
export function rateLimitedReply(retryAfterMs: number): Reply {
  return textReply(`You're asking quickly: try again in ${retryAfterSeconds(retryAfterMs)} s.`, true);
}

export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}

export function tooLongMessage(length: number): string {
  return `That message is ${length} characters long; I can answer questions of up to ${MAX_QUESTION_LENGTH}. Could you ask it more briefly?`;
}
