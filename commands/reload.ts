/** `/reload`: reads the briefing folder again and says what changed; for members who manage the server. */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { RELOAD_REFUSED, reloadReply } from '../src/bot/reload-reply.ts';
import { defer, respond, textReply } from '../src/bot/replies.ts';
import type { SlashCommand } from './command.ts';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Read the briefing folder again and show what changed (Manage Server only).')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

/** A reload rebuilds the whole index: limited like a question. */
export const cost = 'question';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  // The default permission is only what Discord shows; a server can grant the command to anyone, so
  // the permission is checked again here.
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    await respond(interaction, textReply(RELOAD_REFUSED, true));
    return { results: 0, answered: false };
  }
  await defer(interaction, true);
  await respond(interaction, await reloadReply(services));
  return { results: services.briefing.articles.length, answered: true };
};
