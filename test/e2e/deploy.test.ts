/**
 * Registering the commands against the fake Discord: in-process through `deployCommands`, and by
 * `npm run deploy-commands` as an operator runs it, globally and in one guild.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { DeployTimeoutError, deployCommands } from '../../src/bot/deploy.ts';
import { loadConfig } from '../../src/config.ts';
import { type FakeDiscord, startFakeDiscord } from '../fake-discord/fake-discord.ts';

const run = promisify(execFile);

/** What Discord must receive: exactly the commands the bot serves, as JSON. */
const expected = () => JSON.parse(JSON.stringify(commands.map((command) => command.data.toJSON())));

let fake: FakeDiscord;
const GUILD_ID = '1300000000000000001';

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterAll(async () => {
  await fake?.close();
});

beforeEach(() => {
  fake.requests.length = 0;
});

const env = (guildId?: string) => ({
  DISCORD_TOKEN: fake.token,
  DISCORD_CLIENT_ID: fake.applicationId,
  DISCORD_API_BASE: fake.apiBase,
  ...(guildId ? { DISCORD_GUILD_ID: guildId } : {}),
});

function puts() {
  return fake.requests.filter((request) => request.method === 'PUT');
}

describe('deployCommands against the fake Discord', () => {
  it('GIVEN no guild id THEN one PUT of every command to the global route, with the token', async () => {
    const result = await deployCommands(loadConfig(env()));
    expect(result).toMatchObject({ scope: 'global', count: commands.length });
    const [put, ...others] = puts();
    expect(others).toEqual([]);
    expect(put?.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(put?.body).toEqual(expected());
    expect(fake.globalCommands.map((command) => command.name)).toEqual(commands.map((c) => c.data.name));
  });

  it('GIVEN a guild id THEN one PUT of every command to that guild’s route', async () => {
    const result = await deployCommands(loadConfig(env(GUILD_ID)));
    expect(result).toMatchObject({ scope: 'guild', count: commands.length });
    expect(puts().map((put) => put.path)).toEqual([
      `/applications/${fake.applicationId}/guilds/${GUILD_ID}/commands`,
    ]);
    expect(puts()[0]?.body).toEqual(expected());
  });
});

describe('deployCommands when Discord does not answer', () => {
  it('GIVEN a server that accepts the request and never answers THEN one attempt, then a message saying Discord did not answer, naming where', async () => {
    const received: IncomingMessage[] = [];
    const silent = createServer((request) => received.push(request));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const apiBase = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api`;
    try {
      const config = loadConfig({ ...env(), DISCORD_API_BASE: apiBase });
      const error = await deployCommands(config, commands, { timeoutMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeployTimeoutError);
      expect((error as Error).message).toBe(
        `Discord did not answer within 300 ms at ${apiBase}: check the network (a firewall or proxy), or DISCORD_API_BASE, and run it again.`,
      );
      expect(received).toHaveLength(1);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('npm run deploy-commands against the fake Discord', () => {
  const deploy = (guildId?: string) =>
    run('npm', ['run', '--silent', 'deploy-commands'], {
      env: { ...process.env, DISCORD_GUILD_ID: '', ...env(guildId) },
    });

  it('GIVEN the environment with and without DISCORD_GUILD_ID THEN a PUT to the guild route, then to the global one', async () => {
    const guild = await deploy(GUILD_ID);
    expect(guild.stderr).toMatch(new RegExp(`Registered ${commands.length} commands in server ${GUILD_ID}`));
    const global = await deploy();
    expect(global.stderr).toMatch(new RegExp(`Registered ${commands.length} commands globally`));
    expect(puts().map((put) => put.path)).toEqual([
      `/applications/${fake.applicationId}/guilds/${GUILD_ID}/commands`,
      `/applications/${fake.applicationId}/commands`,
    ]);
    for (const put of puts()) expect(put.body).toEqual(expected());
  });
});
