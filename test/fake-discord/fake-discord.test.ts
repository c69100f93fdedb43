import { once } from 'node:events';
import {
  type AutocompleteInteraction,
  Client,
  type ClientOptions,
  DiscordAPIError,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  pingsOf,
  snowflakeOnShard,
  startFakeDiscord,
} from './fake-discord.ts';

/** The options the bot itself uses (see DISCORD.md), pointed at the fake. */
function clientOptions(
  fake: FakeDiscord,
  intents = defaultIntents,
  extra: Partial<ClientOptions> = {},
): ClientOptions {
  return {
    intents,
    partials: [Partials.Channel],
    rest: { api: fake.apiBase },
    allowedMentions: { parse: [] },
    ...extra,
  };
}

/** @discordjs/ws spaces IDENTIFYs 5 s apart; a test that re-identifies skips that wait. */
const noIdentifyThrottle: Partial<ClientOptions> = {
  ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
};
const defaultIntents = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.GuildMessages,
];

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  // A client destroyed in the middle of a reconnect (op 9, a dropped socket) can wait on the socket it
  // is opening: closing the fake's sockets ends that wait, so the destroy is bounded, then the fake closed.
  const destroyed = client?.destroy();
  await Promise.race([destroyed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  await fake?.close();
  await destroyed;
  client = undefined;
  fake = undefined;
});

/** A fake Discord and a logged-in bare client whose handlers are set before login. */
async function connect(
  handlers: { interaction?: (i: Interaction) => unknown; message?: (m: Message) => unknown } = {},
  options: FakeDiscordOptions = {},
  intents = defaultIntents,
  extra: Partial<ClientOptions> = {},
): Promise<{ fake: FakeDiscord; client: Client; errors: unknown[] }> {
  fake = await startFakeDiscord(options);
  client = new Client(clientOptions(fake, intents, extra));
  const errors: unknown[] = [];
  /** Handler errors are collected so a test can assert on Discord's rejection of a response. */
  const guard =
    <T>(handler: ((arg: T) => unknown) | undefined) =>
    async (arg: T) => {
      try {
        await handler?.(arg);
      } catch (cause) {
        errors.push(cause);
      }
    };
  client.on('interactionCreate', guard<Interaction>(handlers.interaction));
  client.on('messageCreate', guard<Message>(handlers.message));
  const ready = once(client, 'clientReady');
  await client.login(fake.token);
  await ready;
  return { fake, client, errors };
}

describe('fake Discord with a bare discord.js client', () => {
  it('GIVEN the right token THEN the client identifies with its intents and becomes ready', async () => {
    const { fake, client } = await connect();
    const identify = await fake.waitForIdentify();
    expect(identify.token).toBe(fake.token);
    expect(identify.intents).toBe(1 | (1 << 9) | (1 << 12));
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(fake.connected()).toBe(true);
    const gateway = fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gateway?.headers.authorization).toBe(`Bot ${fake.token}`);
  });

  it('GIVEN a short heartbeat interval THEN heartbeats are acknowledged and the session stays up', async () => {
    const { fake, client } = await connect({}, { heartbeatIntervalMs: 40 });
    await expect.poll(() => fake.gatewayPayloads.filter((p) => p.op === 1).length).toBeGreaterThanOrEqual(3);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(fake.gatewayPayloads.filter((p) => p.op === 6)).toHaveLength(0);
    expect(fake.connected()).toBe(true);
  });

  it('GIVEN a wrong token THEN login fails', async () => {
    fake = await startFakeDiscord();
    client = new Client(clientOptions(fake));
    await expect(client.login('not-the-token')).rejects.toThrow(/token/i);
    expect(fake.requests[0]?.status).toBe(401);
  });

  it('GIVEN a chat-input command in a guild THEN the reply is the callback body', async () => {
    const { fake } = await connect({
      interaction: async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.reply({
          content: `Q: ${i.options.getString('question', true)}`,
          flags: MessageFlags.Ephemeral,
        });
      },
    });
    const guild = fake.addGuild();
    const sent = fake.sendInteraction({
      kind: 'command',
      name: 'ask',
      options: { question: 'who?' },
      guildId: guild.id,
    });
    const callback = await sent.waitForCallback();
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: 'Q: who?', flags: 64, allowed_mentions: { parse: [] } }),
    });
    expect(sent.original()?.content).toBe('Q: who?');
  });

  it('GIVEN a deferred reply THEN editReply patches @original and followUp posts to the webhook', async () => {
    const { fake } = await connect({
      interaction: async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.deferReply();
        await i.editReply('the answer');
        await i.followUp({ content: 'more', flags: MessageFlags.Ephemeral });
      },
    });
    const sent = fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    expect((await sent.waitForCallback()).body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await sent.waitForEdit();
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${sent.token}/messages/@original`);
    expect(edit.body).toMatchObject({ content: 'the answer' });
    const followUp = await sent.waitForFollowUp();
    expect(followUp.query.wait).toBe('true');
    expect(followUp.body).toMatchObject({ content: 'more', flags: 64 });
    expect(sent.original()).toMatchObject({ content: 'the answer', flags: 0 });
    expect(sent.followUps().map((m) => m.content)).toEqual(['more']);
  });

  it('GIVEN a DM THEN messageCreate fires and message.reply posts to the DM channel', async () => {
    const { fake } = await connect({
      message: async (m) => {
        if (m.author.bot) return;
        await m.reply({ content: `echo ${m.content}`, allowedMentions: { repliedUser: false } });
      },
    });
    const sent = fake.sendMessage({ content: 'hello', dm: true });
    const reply = await sent.waitForReply();
    expect(reply.path).toBe(`/channels/${fake.dmChannel(fake.defaultUser).id}/messages`);
    // The call's allowedMentions replaces the client's whole default, so `parse` is gone; Discord
    // then parses no mentions at all, which is still safe.
    expect(reply.body).toMatchObject({
      content: 'echo hello',
      message_reference: { message_id: sent.message.id },
      allowed_mentions: { replied_user: false },
    });
    expect(pingsOf(reply.body)).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
  });

  it('GIVEN guild messages THEN only those mentioning the bot carry content without MessageContent', async () => {
    const seen: string[] = [];
    const { fake } = await connect({
      message: (m) => seen.push(`${m.mentions.has(fake.botUser.id)}:${m.content}`),
    });
    const guild = fake.addGuild({ channels: [{ name: 'news' }] });
    fake.sendMessage({ content: 'chatter', guildId: guild.id });
    const mention = fake.sendMessage({ content: `<@${fake.botUser.id}> who said it?`, guildId: guild.id });
    await expect.poll(() => seen.length).toBe(2);
    expect(seen).toEqual(['false:', `true:<@${fake.botUser.id}> who said it?`]);
    expect(mention.message.channel_id).toBe(guild.channels[0]?.id);
  });

  it('GIVEN a client without GuildMessages THEN guild messages are not delivered', async () => {
    const { fake } = await connect({}, {}, [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages]);
    const guild = fake.addGuild();
    expect(fake.sendMessage({ content: 'hi', guildId: guild.id }).delivered).toBe(false);
    expect(fake.sendMessage({ content: 'hi', dm: true }).delivered).toBe(true);
  });

  it('GIVEN an autocomplete interaction THEN respond sends the choices', async () => {
    const { fake } = await connect({
      interaction: async (i) => {
        if (!i.isAutocomplete()) return;
        const typed = (i as AutocompleteInteraction).options.getFocused();
        await i.respond([{ name: `${typed}ville`, value: `${typed}ville` }]);
      },
    });
    const sent = fake.sendInteraction({
      kind: 'autocomplete',
      name: 'ask',
      focused: 'place',
      options: { place: 'Spring' },
      dm: true,
    });
    expect((await sent.waitForCallback()).body).toMatchObject({
      type: 8,
      data: { choices: [{ name: 'Springville', value: 'Springville' }] },
    });
  });

  it('GIVEN a message context-menu command THEN the target message is resolved', async () => {
    const { fake } = await connect({
      interaction: async (i) => {
        if (!i.isMessageContextMenuCommand()) return;
        await i.reply(`about: ${i.targetMessage.content}`);
      },
    });
    const guild = fake.addGuild();
    const sent = fake.sendInteraction({
      kind: 'messageCommand',
      name: 'Explain',
      target: { content: 'a quoted line' },
      guildId: guild.id,
    });
    expect((await sent.waitForCallback()).body).toMatchObject({
      type: 4,
      data: { content: 'about: a quoted line' },
    });
  });

  it('GIVEN a button press THEN update edits the message it was on', async () => {
    const { fake } = await connect({
      interaction: async (i) => {
        if (!i.isButton()) return;
        await i.update({ content: `pressed ${i.customId}`, components: [] });
      },
    });
    const sent = fake.sendInteraction({
      kind: 'button',
      customId: 'more:1',
      message: { content: 'an answer' },
      dm: true,
    });
    expect((await sent.waitForCallback()).body).toMatchObject({
      type: 7,
      data: { content: 'pressed more:1' },
    });
    expect(sent.original()?.content).toBe('pressed more:1');
  });

  it('GIVEN a 429 on the callback THEN discord.js waits, retries and delivers', async () => {
    const { fake } = await connect({
      interaction: (i) => i.isChatInputCommand() && i.reply('late but there'),
    });
    fake.failNext({ method: 'POST', pathIncludes: '/callback', status: 429, retryAfter: 0.1 });
    const sent = fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    const callback = await sent.waitForCallback();
    const attempts = fake.requests.filter((r) => r.path.endsWith('/callback'));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(callback.at - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(100);
  });

  it('GIVEN a 500 on a channel message THEN discord.js retries it', async () => {
    const { fake } = await connect({
      message: (m) => !m.author.bot && m.channel.isSendable() && m.channel.send('ok'),
    });
    fake.failNext({ pathIncludes: '/messages', status: 500 });
    fake.sendMessage({ content: 'hi', dm: true });
    await fake.waitForRequest((r) => r.path.endsWith('/messages') && r.status === 200);
    expect(fake.requests.filter((r) => r.path.endsWith('/messages')).map((r) => r.status)).toEqual([
      500, 200,
    ]);
  });

  it('GIVEN a gateway close 4000 THEN the client resumes and answers what was sent meanwhile', async () => {
    const { fake } = await connect({ interaction: (i) => i.isChatInputCommand() && i.reply('still here') });
    const warmup = fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    await warmup.waitForCallback();
    fake.disconnect(4000);
    const sent = fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    const resume = await fake.waitForResume();
    expect(resume.token).toBe(fake.token);
    expect((await sent.waitForCallback()).body).toMatchObject({ data: { content: 'still here' } });
    expect(fake.gatewayPayloads.filter((p) => p.op === 2)).toHaveLength(1);
  });

  it('GIVEN a dropped TCP connection THEN the client resumes', async () => {
    const { fake } = await connect({ interaction: (i) => i.isChatInputCommand() && i.reply('back') });
    fake.dropConnection();
    const sent = fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    expect((await sent.waitForCallback()).body).toMatchObject({ data: { content: 'back' } });
    await fake.waitForResume();
  });

  it('GIVEN op 7 reconnect THEN the client resumes', async () => {
    const { fake } = await connect({ interaction: (i) => i.isChatInputCommand() && i.reply('resumed') });
    fake.sendReconnect();
    const sent = fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    await fake.waitForResume();
    expect((await sent.waitForCallback()).body).toMatchObject({ data: { content: 'resumed' } });
  });

  it('GIVEN a non-resumable op 9 THEN the client identifies again in a new session', async () => {
    const { fake } = await connect(
      { interaction: (i) => i.isChatInputCommand() && i.reply('new session') },
      {},
      defaultIntents,
      noIdentifyThrottle,
    );
    fake.invalidateSession(false);
    expect(() => fake.sendMessage({ content: 'lost', dm: true })).toThrow(/no gateway session/);
    await expect.poll(() => fake.gatewayPayloads.filter((p) => p.op === 2).length).toBe(2);
    await expect.poll(() => fake.connected()).toBe(true);
    // The fake counts a session from the READY it sends; an answer shows the client has read it too.
    // (A client destroyed while still waiting for that READY reconnects instead of stopping.)
    const sent = fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    expect((await sent.waitForCallback()).body).toMatchObject({ data: { content: 'new session' } });
  });

  it("GIVEN a client running 2 shards THEN each identifies its own session and a guild's events reach its shard", async () => {
    const guilds = [snowflakeOnShard(0, 2), snowflakeOnShard(1, 2)];
    const { fake } = await connect(
      {
        interaction: (i) => i.isChatInputCommand() && i.reply(`from shard ${i.guild?.shardId ?? 'dm'}`),
      },
      { shards: 2, guilds: guilds.map((id) => ({ id })) },
      defaultIntents,
      { ...noIdentifyThrottle, shards: [0, 1], shardCount: 2 },
    );
    const identified = fake.gatewayPayloads.filter((p) => p.op === 2).map((p) => record(p.d).shard);
    expect(identified.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([fake.connected(0), fake.connected(1), fake.connected()]).toEqual([true, true, true]);
    expect(fake.requests.find((r) => r.path === '/gateway/bot')?.status).toBe(200);
    for (const [shard, guildId] of guilds.entries()) {
      expect(fake.shardOf(guildId, 2)).toBe(shard);
      const sent = fake.sendInteraction({ kind: 'command', name: 'ask', guildId });
      expect(sent.shard).toBe(shard);
      expect((await sent.waitForCallback()).body).toMatchObject({ data: { content: `from shard ${shard}` } });
    }
    const dm = fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    expect(dm.shard).toBe(0);
    expect((await dm.waitForCallback()).body).toMatchObject({ data: { content: 'from shard dm' } });
  });

  it('GIVEN one of 2 shards is disconnected THEN only that shard resumes, and the other keeps its session', async () => {
    const guildId = snowflakeOnShard(1, 2);
    const { fake } = await connect(
      { interaction: (i) => i.isChatInputCommand() && i.reply('still here') },
      { shards: 2, guilds: [{ id: guildId }] },
      defaultIntents,
      { ...noIdentifyThrottle, shards: [0, 1], shardCount: 2 },
    );
    fake.disconnect(4000, 'test', 1);
    expect(fake.connected(1)).toBe(false);
    expect(fake.connected(0)).toBe(true);
    const sent = fake.sendInteraction({ kind: 'command', name: 'ask', guildId });
    const resume = await fake.waitForResume();
    expect((await sent.waitForCallback()).body).toMatchObject({ data: { content: 'still here' } });
    expect(fake.gatewayPayloads.find((p) => p.op === 6)?.shard).toBe(1);
    expect(resume.token).toBe(fake.token);
    expect(fake.gatewayPayloads.filter((p) => p.op === 2)).toHaveLength(2);
  });

  it('GIVEN an IDENTIFY with a shard id beyond its count THEN the gateway closes with 4010', async () => {
    fake = await startFakeDiscord();
    client = new Client(clientOptions(fake, defaultIntents, { shards: [2], shardCount: 2 }));
    const closed = new Promise<number>((resolve) =>
      client?.on('shardDisconnect', (event) => resolve(event.code)),
    );
    client.login(fake.token).catch(() => {});
    expect(await closed).toBe(4010);
  });

  it('GIVEN allowed_mentions absent THEN pingsOf reports every mention, @everyone included', () => {
    expect(pingsOf({ content: '@everyone <@123456> <@&654321>' })).toEqual({
      everyone: true,
      users: ['123456'],
      roles: ['654321'],
      repliedUser: false,
    });
    expect(pingsOf({ content: '@everyone <@123456>', allowed_mentions: { parse: [] } }).everyone).toBe(false);
  });

  it('GIVEN a second acknowledgement THEN Discord answers 40060', async () => {
    const { fake, errors } = await connect({
      interaction: async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.reply('one');
        i.replied = false;
        await i.reply('two');
      },
    });
    fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((errors[0] as DiscordAPIError).code).toBe(40060);
  });

  it('GIVEN an acknowledgement after the deadline THEN Discord answers 10062', async () => {
    const { fake, errors } = await connect(
      {
        interaction: async (i) => {
          await new Promise((resolve) => setTimeout(resolve, 80));
          if (i.isChatInputCommand()) await i.reply('too late');
        },
      },
      { ackDeadlineMs: 50 },
    );
    fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    await expect.poll(() => errors.length).toBe(1);
    expect((errors[0] as DiscordAPIError).code).toBe(10062);
  });

  it('GIVEN content over 2,000 characters THEN Discord rejects the reply as an invalid form body', async () => {
    const { fake, errors } = await connect({
      interaction: (i) => i.isChatInputCommand() && i.reply('x'.repeat(2001)),
    });
    fake.sendInteraction({ kind: 'command', name: 'ask', dm: true });
    await expect.poll(() => errors.length).toBe(1);
    expect((errors[0] as DiscordAPIError).code).toBe(50035);
  });

  it('GIVEN command registration THEN the commands come back with ids', async () => {
    const { client, fake } = await connect();
    const guild = fake.addGuild();
    const created = await client.application?.commands.set([{ name: 'ask', description: 'Ask' }], guild.id);
    expect(created?.first()?.id).toMatch(/^\d+$/);
    expect(fake.guildCommands.get(guild.id)?.map((c) => c.name)).toEqual(['ask']);
    await client.application?.commands.set([{ name: 'ask', description: 'Ask' }]);
    expect(fake.globalCommands).toHaveLength(1);
  });
});
