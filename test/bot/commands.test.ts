import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { speakerChoices } from '../../commands/quotes.ts';
import { commandPayloads, deployCommands } from '../../src/bot/deploy.ts';
import { loadConfig } from '../../src/config.ts';
import { fakeBriefing } from './fake-briefing.ts';

const run = promisify(execFile);
const payloads = commands.map((command) => command.data.toJSON());
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

interface OptionJson {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  choices?: unknown[];
  options?: OptionJson[];
}

describe('command payloads', () => {
  it('GIVEN the command list THEN it holds every command of the spec, once', () => {
    const names = payloads.map((p) => p.name).sort();
    expect(names).toEqual([
      'Ask the briefing',
      'ask',
      'briefing',
      'help',
      'quotes',
      'reload',
      'sources',
      'whosaid',
    ]);
  });

  it.each(payloads.map((p) => [p.name, p] as const))(
    'GIVEN %s THEN it passes Discord validation',
    (_, payload) => {
      const type = payload.type ?? ApplicationCommandType.ChatInput;
      if (type === ApplicationCommandType.ChatInput) {
        expect(payload.name).toMatch(NAME);
        expect(payload.name).toBe(payload.name.toLowerCase());
        const description = 'description' in payload ? (payload.description ?? '') : '';
        expect(description.length).toBeGreaterThanOrEqual(1);
        expect(description.length).toBeLessThanOrEqual(100);
      } else {
        expect(type).toBe(ApplicationCommandType.Message);
        expect(payload.name.length).toBeGreaterThanOrEqual(1);
        expect(payload.name.length).toBeLessThanOrEqual(32);
      }
      // Usable in servers and in the bot's DMs, installed to servers; /reload and /briefing, for a
      // server's managers, in servers only.
      expect(payload.contexts).toEqual(['reload', 'briefing'].includes(payload.name) ? [0] : [0, 1]);
      expect(payload.integration_types).toEqual([0]);

      const options = ('options' in payload ? (payload.options ?? []) : []) as OptionJson[];
      expect(options.length).toBeLessThanOrEqual(25);
      let seenOptional = false;
      for (const option of options) {
        expect(option.name).toMatch(NAME);
        expect(option.name).toBe(option.name.toLowerCase());
        expect(option.description.length).toBeGreaterThanOrEqual(1);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(option.choices?.length ?? 0).toBeLessThanOrEqual(25);
        if (option.required) expect(seenOptional, `${option.name}: required after optional`).toBe(false);
        else seenOptional = true;
      }
    },
  );

  it('GIVEN /ask THEN its question is required and at most 300 characters, private and thread are booleans, then the filters', () => {
    const ask = payloads.find((p) => p.name === 'ask');
    expect(ask && 'options' in ask ? ask.options : []).toEqual([
      expect.objectContaining({
        name: 'question',
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: 300,
      }),
      expect.objectContaining({
        name: 'private',
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      }),
      expect.objectContaining({
        name: 'thread',
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      }),
      expect.objectContaining({ name: 'article', autocomplete: true, required: false }),
      expect.objectContaining({ name: 'speaker', autocomplete: true, required: false }),
      expect.objectContaining({ name: 'since', type: ApplicationCommandOptionType.String, required: false }),
      expect.objectContaining({ name: 'until', type: ApplicationCommandOptionType.String, required: false }),
    ]);
  });

  it('GIVEN /quotes THEN speaker autocompletes', () => {
    const quotes = payloads.find((p) => p.name === 'quotes');
    const options = (quotes && 'options' in quotes ? quotes.options : []) as Array<
      OptionJson & { autocomplete?: boolean }
    >;
    expect(options[0]).toMatchObject({ name: 'speaker', required: true, autocomplete: true });
    expect(options.map((o) => o.name)).toEqual(['speaker', 'topic', 'private', 'article', 'since', 'until']);
    expect(options.find((o) => o.name === 'article')).toMatchObject({ autocomplete: true });
  });
});

describe('speaker autocomplete', () => {
  it('GIVEN an alias typed THEN the matching speaker is suggested by canonical name', () => {
    expect(speakerChoices('ms. sou', { briefing: fakeBriefing() })).toEqual([
      { name: 'Marta Sousa (chief pilot)', value: 'Marta Sousa' },
    ]);
  });

  it('GIVEN many speakers with long names THEN at most 25 choices of at most 100 characters', () => {
    const speakers = Array.from({ length: 60 }, (_, i) => ({
      name: `Speaker ${i} ${'with a very long name '.repeat(10)}`,
      kind: 'person' as const,
      aliases: [],
      roles: ['a role that is also rather long '.repeat(5)],
      statements: 1,
    }));
    const choices = speakerChoices('speaker', { briefing: fakeBriefing({ speakers }) });
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect([...choice.name].length).toBeLessThanOrEqual(100);
      expect([...choice.value].length).toBeLessThanOrEqual(100);
    }
  });
});

describe('deploy-commands', () => {
  it('GIVEN --dry-run without a token THEN it prints exactly the command payloads', async () => {
    const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' };
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/bot/deploy-commands.ts', '--dry-run'],
      {
        env,
      },
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(payloads)));
  });

  it('GIVEN a guild id and an API base THEN it PUTs the payloads to that guild at that base, with the token', async () => {
    const seen: Array<{ method?: string; url?: string; auth?: string; body: unknown }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        seen.push({
          method: req.method,
          url: req.url,
          auth: req.headers.authorization,
          body: JSON.parse(body),
        });
        res.setHeader('content-type', 'application/json');
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const config = loadConfig({
        DISCORD_TOKEN: 'test-token',
        DISCORD_CLIENT_ID: '111',
        DISCORD_GUILD_ID: '222',
        DISCORD_API_BASE: `http://127.0.0.1:${port}/api`,
      });
      const result = await deployCommands(config);
      expect(result).toMatchObject({ scope: 'guild', count: payloads.length });
      expect(seen).toEqual([
        {
          method: 'PUT',
          url: '/api/v10/applications/111/guilds/222/commands',
          auth: 'Bot test-token',
          body: JSON.parse(JSON.stringify(commandPayloads())),
        },
      ]);
    } finally {
      server.close();
    }
  });

  it('GIVEN no client id THEN deploying says which variable to set', async () => {
    await expect(deployCommands(loadConfig({ DISCORD_TOKEN: 'x' }))).rejects.toThrow(
      /DISCORD_CLIENT_ID is not set/,
    );
  });
});
