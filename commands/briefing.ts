/**
 * `/briefing add file | remove article | list`: change the briefing from Discord, for members who
 * manage the server or hold a briefing editor role (`BRIEFING_EDITOR_ROLES`). Replies are private.
 */
import {
  ApplicationIntegrationType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import {
  addArticle,
  articleChoices,
  EDIT_REFUSED,
  listArticles,
  removeArticle,
} from '../src/bot/briefing-files.ts';
import { GAPS_REFUSED, gapsReply } from '../src/bot/gaps-reply.ts';
import { defer, respond, textReply } from '../src/bot/replies.ts';
import type { BotServices } from '../src/bot/services.ts';
import type { SlashCommand } from './command.ts';

export const data = new SlashCommandBuilder()
  .setName('briefing')
  .setDescription('Add, remove or list the briefing’s articles (Manage Server or a briefing editor role).')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addSubcommand((sub) =>
    sub
      .setName('add')
      .setDescription('Add an article: a .txt or .md file, checked like the briefing folder’s files.')
      .addAttachmentOption((option) =>
        option.setName('file').setDescription('The article, as a .txt or .md file.').setRequired(true),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('remove')
      .setDescription('Remove an article from the briefing.')
      .addStringOption((option) =>
        option
          .setName('article')
          .setDescription('The article to remove.')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(100),
      ),
  )
  .addSubcommand((sub) => sub.setName('list').setDescription('The articles, with their ids and sizes.'))
  .addSubcommand((sub) =>
    sub
      .setName('gaps')
      .setDescription('The questions most often refused or voted 👎 here lately (Manage Server only).'),
  );

/** Adding or removing rebuilds the index: limited like a question. */
export const cost = 'question';

export const execute: SlashCommand['execute'] = async (interaction, services) => {
  const sub = interaction.options.getSubcommand(true);
  // The default permission is only what Discord shows; a server can grant the command to anyone, so
  // the permission is checked again here. What was asked is for the server's managers alone.
  if (sub === 'gaps') {
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await respond(interaction, textReply(GAPS_REFUSED, true));
      return { results: 0, answered: false };
    }
    await defer(interaction, true);
    await respond(interaction, await gapsReply(services));
    return { results: 0, answered: true };
  }
  if (!mayEdit(interaction, services)) {
    await respond(interaction, textReply(EDIT_REFUSED, true));
    return { results: 0, answered: false };
  }
  await defer(interaction, true);
  if (sub === 'add') {
    const file = interaction.options.getAttachment('file', true);
    await respond(
      interaction,
      await addArticle({ name: file.name, url: file.url, size: file.size }, services),
    );
  } else if (sub === 'remove') {
    await respond(interaction, await removeArticle(interaction.options.getString('article', true), services));
  } else {
    await respond(interaction, listArticles(services));
  }
  return { results: services.briefing.articles.length, answered: true };
};

export const autocomplete: NonNullable<SlashCommand['autocomplete']> = async (interaction, services) => {
  // Article names are for editors only: others get no choices.
  const allowed = mayEdit(interaction, services);
  await interaction.respond(allowed ? articleChoices(interaction.options.getFocused(), services) : []);
};

/** Manage Server, or one of the editor roles. */
function mayEdit(
  interaction: Pick<ChatInputCommandInteraction, 'memberPermissions' | 'member'>,
  services: BotServices,
): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return memberRoles(interaction).some((role) => services.editorRoles.includes(role));
}

/** The member's role ids, whether discord.js built a member or passed Discord's payload on. */
function memberRoles(interaction: { member: ChatInputCommandInteraction['member'] }): string[] {
  const member = interaction.member;
  if (member === null) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}
