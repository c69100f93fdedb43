/**
 * The dispatcher and the error handler, driven with minimal stand-ins for discord.js interactions
 * (only what they call); the real client against a fake Discord is the end-to-end suite's job.
 */
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import * as ask from '../../commands/ask.ts';
import type { Command, SlashCommand } from '../../commands/command.ts';
import { createInteractionHandler } from '../../src/bot/interactions.ts';
import { UserLimits } from '../../src/bot/rate-limiter.ts';
import { createServices } from '../../src/bot/services.ts';
import { UserError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { fakeBriefing } from './fake-briefing.ts';

interface Call {
  method: 'reply' | 'deferReply' | 'deleteReply' | 'editReply' | 'followUp';
  options: Record<string, unknown>;
}

function fakeCommandInteraction(name: string, options: Record<string, unknown> = {}) {
  const calls: Call[] = [];
  const interaction = {
    id: 'i1',
    commandName: name,
    type: 2,
    user: { id: '100' },
    guildId: '500',
    inGuild: () => true,
    deferred: false,
    replied: false,
    ephemeral: false as boolean | null,
    isAutocomplete: () => false,
    isRepliable: () => true,
    isChatInputCommand: () => true,
    isMessageContextMenuCommand: () => false,
    isCommand: () => true,
    isButton: () => false,
    options: {
      getString: (key: string) => (options[key] as string | undefined) ?? null,
      getBoolean: (key: string) => (options[key] as boolean | undefined) ?? null,
    },
    async reply(o: Record<string, unknown>) {
      calls.push({ method: 'reply', options: o });
      interaction.replied = true;
    },
    async deferReply(o?: Record<string, unknown>) {
      calls.push({ method: 'deferReply', options: o ?? {} });
      interaction.deferred = true;
      interaction.ephemeral = o?.flags === MessageFlags.Ephemeral;
    },
    async deleteReply() {
      calls.push({ method: 'deleteReply', options: {} });
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

/** `atOnce: null`: a bot that always defers first, as a busy one does (`at-once.ts`). */
function setup(commands: readonly Command[], max = 6, atOnce?: null) {
  const lines: string[] = [];
  const services = createServices({
    briefing: fakeBriefing(),
    logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    rateLimiter: new UserLimits({ questions: max, actions: 60, windowMs: 60_000 }),
    recordFeedback: async () => {},
    ...(atOnce === null ? { atOnce } : {}),
  });
  const handle = createInteractionHandler(commands, services);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: a stand-in for discord.js's Interaction
    handle: (i: unknown) => handle(i as any),
    lines: () => lines.map((l) => JSON.parse(l)),
    services,
  };
}

const failing = (error: Error, deferFirst: boolean): SlashCommand => ({
  cost: 'question',
  data: { name: 'boom', toJSON: () => ({ name: 'boom', description: 'x' }) },
  execute: async (interaction) => {
    if (deferFirst) await interaction.deferReply();
    throw error;
  },
});

describe('interaction dispatch', () => {
  it('GIVEN /ask private:true to a bot that is not busy THEN the answer is its first response, ephemeral, and one question line is logged', async () => {
    const { handle, lines } = setup([ask]);
    const { interaction, calls } = fakeCommandInteraction('ask', {
      question: 'What did Sousa say?',
      private: true,
    });
    await handle(interaction);
    expect(calls.map((c) => c.method)).toEqual(['reply']);
    expect(calls[0]?.options).toMatchObject({
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
      content: expect.stringContaining('Marta Sousa'),
    });
    expect(lines().filter((l) => l.msg === 'question')).toEqual([
      expect.objectContaining({ command: 'ask', user: '100', results: 3 }),
    ]);
  });

  it('GIVEN /ask private:true to a bot that defers first THEN it defers ephemerally, edits in the answer, and logs one question line', async () => {
    const { handle, lines } = setup([ask], 6, null);
    const { interaction, calls } = fakeCommandInteraction('ask', {
      question: 'What did Sousa say?',
      private: true,
    });
    await handle(interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(calls[0]?.options).toEqual({ flags: MessageFlags.Ephemeral });
    expect(calls[1]?.options).toMatchObject({ allowedMentions: { parse: [] } });
    expect(String(calls[1]?.options.content)).toContain('Marta Sousa');
    const question = lines().filter((l) => l.msg === 'question');
    expect(question).toEqual([
      expect.objectContaining({
        command: 'ask',
        user: '100',
        where: '500',
        results: 3,
        ms: expect.any(Number),
      }),
    ]);
  });

  it.each([
    ['not busy', 'its first response', undefined, ['reply']],
    ['busy (deferring first)', 'the edit after a private defer', null, ['deferReply', 'editReply']],
  ] as const)(
    'GIVEN More pressed on a bot that is %s THEN the next page comes as %s',
    async (_, _how, atOnce, methods) => {
      const { handle } = setup([ask], 6, atOnce);
      const asked = fakeCommandInteraction('ask', { question: 'What did Sousa say?', private: true });
      await handle(asked.interaction);
      const answered = asked.calls.at(-1)?.options ?? {};
      const more = JSON.stringify(answered.components).match(/"custom_id":"([^"]*:more:[^"]*)"/u)?.[1];
      expect(more).toBeDefined();
      const pressed = fakeCommandInteraction('button');
      Object.assign(pressed.interaction, {
        customId: more,
        isChatInputCommand: () => false,
        isCommand: () => false,
        isButton: () => true,
      });
      await handle(pressed.interaction);
      expect(pressed.calls.map((c) => c.method)).toEqual(methods);
      expect(pressed.calls[0]?.options).toMatchObject({ flags: MessageFlags.Ephemeral });
      expect(String(pressed.calls.at(-1)?.options.content)).toMatch(/Results from \d+ on|No more/u);
    },
  );

  it('GIVEN a user over the rate limit THEN an ephemeral "try again" reply and no search', async () => {
    const { handle } = setup([ask], 1);
    await handle(fakeCommandInteraction('ask', { question: 'one' }).interaction);
    const { interaction, calls } = fakeCommandInteraction('ask', { question: 'two' });
    await handle(interaction);
    expect(calls).toEqual([
      {
        method: 'reply',
        options: expect.objectContaining({
          content: expect.stringMatching(/try again in \d+ s/),
          flags: MessageFlags.Ephemeral,
          allowedMentions: { parse: [] },
        }),
      },
    ]);
  });

  it('GIVEN a handler that throws before answering THEN an ephemeral generic line, and the error logged', async () => {
    const { handle, lines } = setup([failing(new Error('secret path /etc/x'), false)]);
    const { interaction, calls } = fakeCommandInteraction('boom');
    await expect(handle(interaction)).resolves.toBeUndefined();
    expect(calls).toEqual([
      {
        method: 'reply',
        options: expect.objectContaining({
          flags: MessageFlags.Ephemeral,
          content: expect.not.stringContaining('secret'),
        }),
      },
    ]);
    expect(lines().find((l) => l.level === 'error')).toMatchObject({
      command: 'boom',
      user: '100',
      error: { message: 'secret path /etc/x' },
    });
  });

  it('GIVEN a handler that throws a UserError after a public defer THEN "thinking…" is removed and the asker alone sees the message', async () => {
    const { handle } = setup([failing(new UserError('That article is gone.'), true)]);
    const { interaction, calls } = fakeCommandInteraction('boom');
    await handle(interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(calls[2]?.options).toMatchObject({
      content: 'That article is gone.',
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
  });

  it('GIVEN the error reply itself fails THEN nothing is thrown', async () => {
    const { handle, lines } = setup([failing(new Error('first'), false)]);
    const { interaction } = fakeCommandInteraction('boom');
    interaction.reply = async () => {
      throw new Error('Unknown interaction');
    };
    await expect(handle(interaction)).resolves.toBeUndefined();
    expect(lines().filter((l) => l.level === 'error')).toHaveLength(2);
  });

  it('GIVEN questions the briefing does not cover THEN they do not use up the question limit', async () => {
    const { handle } = setup([ask], 1);
    for (let i = 0; i < 3; i++) {
      const { interaction, calls } = fakeCommandInteraction('ask', { question: 'weather on mars?' });
      await handle(interaction);
      expect(String(calls.at(-1)?.options.content)).toContain('does not cover');
    }
    const { interaction, calls } = fakeCommandInteraction('ask', { question: 'What did Sousa say?' });
    await handle(interaction);
    expect(String(calls.at(-1)?.options.content)).toContain('Marta Sousa');
  });

  it('GIVEN a question whose handler throws THEN it does not count against the question limit', async () => {
    const { handle, services } = setup([failing(new Error('boom'), true)], 1);
    await handle(fakeCommandInteraction('boom').interaction);
    expect(services.rateLimiter?.questions.size).toBe(0);
  });

  it('GIVEN the edit of a deferred answer cut by a reset socket THEN it is sent again, and the answer arrives', async () => {
    const { handle, lines } = setup([ask], 6, null);
    const { interaction, calls } = fakeCommandInteraction('ask', { question: 'What did Sousa say?' });
    const edit = interaction.editReply;
    let resets = 1;
    interaction.editReply = async (o: Record<string, unknown>) => {
      if (resets-- > 0) {
        calls.push({ method: 'editReply', options: { reset: true } });
        throw Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' });
      }
      await edit(o);
    };
    await handle(interaction);
    expect(calls.map((c) => c.method)).toEqual(['deferReply', 'editReply', 'editReply']);
    expect(String(calls[2]?.options.content)).toContain('Marta Sousa');
    expect(lines().filter((l) => l.level === 'error')).toEqual([]);
  });

  it('GIVEN an answer sent as the first response cut by a reset socket THEN it is sent again, and the answer arrives', async () => {
    const { handle, lines } = setup([ask]);
    const { interaction, calls } = fakeCommandInteraction('ask', { question: 'What did Sousa say?' });
    const reply = interaction.reply;
    let resets = 1;
    interaction.reply = async (o: Record<string, unknown>) => {
      if (resets-- > 0) {
        calls.push({ method: 'reply', options: { reset: true } });
        throw Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' });
      }
      await reply(o);
    };
    await handle(interaction);
    expect(calls.map((c) => c.method)).toEqual(['reply', 'reply']);
    expect(String(calls[1]?.options.content)).toContain('Marta Sousa');
    expect(lines().filter((l) => l.level === 'error')).toEqual([]);
  });

  it('GIVEN a first response cut by a reset socket that Discord had received (40060 on the retry) THEN it counts as sent, no error', async () => {
    const { handle, lines } = setup([ask]);
    const { interaction, calls } = fakeCommandInteraction('ask', { question: 'What did Sousa say?' });
    const failures = [
      Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      Object.assign(new Error('Interaction has already been acknowledged.'), { code: 40060 }),
    ];
    interaction.reply = async (o: Record<string, unknown>) => {
      calls.push({ method: 'reply', options: o });
      const failure = failures.shift();
      if (failure) throw failure;
    };
    await handle(interaction);
    expect(calls.map((c) => c.method)).toEqual(['reply', 'reply']);
    expect(lines().filter((l) => l.level === 'error')).toEqual([]);
  });

  it('GIVEN a first response refused with 40060 without a reset before it THEN it is an error, not taken as sent', async () => {
    const { handle, lines } = setup([ask]);
    const { interaction, calls } = fakeCommandInteraction('ask', { question: 'What did Sousa say?' });
    interaction.reply = async (o: Record<string, unknown>) => {
      calls.push({ method: 'reply', options: o });
      throw Object.assign(new Error('Interaction has already been acknowledged.'), { code: 40060 });
    };
    await handle(interaction);
    expect(calls[0]?.method).toBe('reply');
    expect(lines().filter((l) => l.level === 'error').length).toBeGreaterThan(0);
  });
});
