/**
 * `/reload` through the real dispatcher with a stand-in interaction and a fake `reload`: who may use
 * it, what the reply says, and that it stays within Discord's limits whatever the folder holds.
 */
import { MessageFlags, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as reload from '../../commands/reload.ts';
import type { ReloadReport } from '../../src/answer/live-briefing.ts';
import { codePointLength, DISCORD_LIMITS } from '../../src/answer/render/discord.ts';
import { createInteractionHandler } from '../../src/bot/interactions.ts';
import { RELOAD_REFUSED, RELOAD_UNAVAILABLE, renderReloadReport } from '../../src/bot/reload-reply.ts';
import { createServices } from '../../src/bot/services.ts';
import { BriefingLoadError } from '../../src/corpus/index.ts';
import { createLogger } from '../../src/log.ts';
import { fakeBriefing } from './fake-briefing.ts';

interface Call {
  method: 'reply' | 'deferReply' | 'editReply' | 'followUp';
  options: Record<string, unknown>;
}

/** A guild `/reload` from a member holding `permissions` (`null`: no member, as outside a server). */
function reloadInteraction(permissions: bigint | null) {
  const calls: Call[] = [];
  const interaction = {
    id: 'i1',
    commandName: 'reload',
    type: 2,
    user: { id: '100' },
    guildId: '500',
    deferred: false,
    replied: false,
    memberPermissions: permissions === null ? null : new PermissionsBitField(permissions),
    isAutocomplete: () => false,
    isRepliable: () => true,
    isChatInputCommand: () => true,
    isMessageContextMenuCommand: () => false,
    isCommand: () => true,
    isButton: () => false,
    async reply(o: Record<string, unknown>) {
      calls.push({ method: 'reply', options: o });
      interaction.replied = true;
    },
    async deferReply(o?: Record<string, unknown>) {
      calls.push({ method: 'deferReply', options: o ?? {} });
      interaction.deferred = true;
    },
    async editReply(o: Record<string, unknown>) {
      calls.push({ method: 'editReply', options: o });
      interaction.replied = true;
    },
    async followUp(o: Record<string, unknown>) {
      calls.push({ method: 'followUp', options: o });
    },
  };
  return { interaction, calls };
}

const REPORT: ReloadReport = {
  added: ['ferry'],
  removed: ['harbour'],
  changed: ['lighthouse'],
  skipped: [{ file: '/srv/briefing/seeds/broken.txt', reason: 'it looks like a binary file, not text' }],
  articles: 2,
  ms: 42,
};

function setup(reloadBriefing?: () => Promise<ReloadReport>) {
  const lines: string[] = [];
  let reloads = 0;
  const services = createServices({
    briefing: fakeBriefing(),
    logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    rateLimiter: null,
    recordFeedback: async () => {},
    ...(reloadBriefing
      ? {
          reload: () => {
            reloads++;
            return reloadBriefing();
          },
        }
      : {}),
  });
  const handle = createInteractionHandler([reload], services);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: a stand-in for discord.js's Interaction
    handle: (i: unknown) => handle(i as any),
    reloads: () => reloads,
    lines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('/reload', () => {
  it('GIVEN its payload THEN it is for servers only, and shown by default to members who can manage the server', () => {
    expect(reload.data.toJSON()).toMatchObject({
      name: 'reload',
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      contexts: [0],
      integration_types: [0],
    });
  });

  it.each([
    ['a member without Manage Server', PermissionFlagsBits.SendMessages | PermissionFlagsBits.ManageMessages],
    ['no member permissions at all', null],
  ])('GIVEN %s THEN a polite ephemeral refusal, and no reload', async (_, permissions) => {
    const { handle, reloads } = setup(async () => REPORT);
    const { interaction, calls } = reloadInteraction(permissions);
    await handle(interaction);
    expect(calls).toEqual([
      {
        method: 'reply',
        options: expect.objectContaining({ content: RELOAD_REFUSED, flags: MessageFlags.Ephemeral }),
      },
    ]);
    expect(reloads()).toBe(0);
  });

  it.each([
    ['Manage Server', PermissionFlagsBits.ManageGuild],
    ['Administrator', PermissionFlagsBits.Administrator],
  ])(
    'GIVEN a member with %s THEN it defers ephemerally and edits in what changed',
    async (_, permissions) => {
      const { handle, reloads, lines } = setup(async () => REPORT);
      const { interaction, calls } = reloadInteraction(permissions);
      await handle(interaction);
      expect(reloads()).toBe(1);
      expect(calls.map((call) => call.method)).toEqual(['deferReply', 'editReply']);
      expect(calls[0]?.options).toEqual({ flags: MessageFlags.Ephemeral });
      const content = String(calls[1]?.options.content);
      expect(content).toContain('42 ms');
      expect(content).toContain('2 articles (1 added, 1 changed, 1 removed)');
      expect(content).toContain('1 file was skipped');
      expect(content).toMatch(/Added \(1\)\*\*\n• ferry/);
      expect(content).toMatch(/Changed \(1\)\*\*\n• lighthouse/);
      expect(content).toMatch(/Removed \(1\)\*\*\n• harbour/);
      expect(content).toContain('• broken.txt: it looks like a binary file, not text');
      expect(content).not.toContain('/srv/briefing');
      expect(calls[1]?.options).toMatchObject({ allowedMentions: { parse: [] } });
      expect(lines().find((line) => line.msg === 'briefing reloaded')).toMatchObject({
        trigger: 'command',
        added: ['ferry'],
        skipped: ['broken.txt'],
        ms: 42,
      });
    },
  );

  it('GIVEN a reload that fails because the folder holds no article THEN it says so without the server path', async () => {
    const dir = '/srv/briefing/seeds';
    const { handle, lines } = setup(async () => {
      throw new BriefingLoadError(
        `Cannot load the briefing from ${dir}: the folder has no .txt or .md files`,
        dir,
      );
    });
    const { interaction, calls } = reloadInteraction(PermissionFlagsBits.ManageGuild);
    await handle(interaction);
    const content = String(calls.at(-1)?.options.content);
    expect(content).toMatch(/Reload failed.*still answering from the previous briefing \(1 article\)/);
    expect(content).toContain('Cannot load the briefing from seeds: the folder has no .txt or .md files');
    expect(content).not.toContain('/srv');
    expect(lines().find((line) => line.level === 'error')).toMatchObject({ trigger: 'command' });
  });

  it('GIVEN a reload that fails for another reason THEN a short line pointing to the log, the error logged', async () => {
    const { handle, lines } = setup(async () => {
      throw new Error('EMFILE: too many open files, /srv/secret');
    });
    const { interaction, calls } = reloadInteraction(PermissionFlagsBits.ManageGuild);
    await handle(interaction);
    const content = String(calls.at(-1)?.options.content);
    expect(content).toMatch(/Reload failed.*\nThe log has the details\./);
    expect(content).not.toContain('secret');
    expect(lines().find((line) => line.level === 'error')).toMatchObject({
      error: { message: 'EMFILE: too many open files, /srv/secret' },
    });
  });

  it('GIVEN a bot serving a briefing that cannot be reloaded THEN it says so', async () => {
    const { handle } = setup();
    const { interaction, calls } = reloadInteraction(PermissionFlagsBits.ManageGuild);
    await handle(interaction);
    expect(calls.at(-1)?.options).toMatchObject({ content: RELOAD_UNAVAILABLE });
  });
});

describe('renderReloadReport', () => {
  it('GIVEN nothing changed THEN one line says so', () => {
    const content = renderReloadReport({
      added: [],
      removed: [],
      changed: [],
      skipped: [],
      articles: 1,
      ms: 3,
    });
    expect(content).toBe('**Briefing reloaded** in 3 ms: 1 article (no article added, changed or removed).');
  });

  it('GIVEN a thousand articles and long, hostile file names THEN within 2,000 code points, escaped, with how many more', () => {
    const hostile = '@everyone **bold** <@123> `tick` ';
    const report: ReloadReport = {
      added: Array.from({ length: 1000 }, (_, i) => `${hostile.repeat(i % 7 === 0 ? 10 : 1)}${i}`),
      removed: [],
      changed: [],
      skipped: Array.from({ length: 50 }, (_, i) => ({
        file: `/srv/seeds/${hostile}${i}.txt`,
        reason: `it is 6.0 MB, over the 5.0 MB limit ${'_'.repeat(500)}`,
      })),
      articles: 1000,
      ms: 1234,
    };
    const content = renderReloadReport(report);
    expect(codePointLength(content)).toBeLessThanOrEqual(DISCORD_LIMITS.messageContent);
    expect(content).toContain('1000 articles (1000 added, 0 changed, 0 removed). 50 files were skipped.');
    expect(content).toMatch(/and \d+ more \(the log has the full list\)$/);
    const more = Number(/and (\d+) more/.exec(content)?.[1]);
    const shown = content.split('\n').filter((line) => line.startsWith('• ')).length;
    expect(shown + more).toBe(1050);
    expect(content).not.toMatch(/@everyone|<@123>/);
    expect(content).not.toContain('**bold**');
    expect(content).not.toContain('/srv');
  });
});

describe('createServices', () => {
  it('GIVEN a briefing that is not live THEN no reload is offered', () => {
    expect(createServices({ briefing: fakeBriefing() }).reload).toBeUndefined();
  });
});
