/**
 * `/briefing add|remove|list` end to end: the real bot over a `LiveBriefing` of a temporary folder,
 * through discord.js, against the fake Discord, which serves attachments on loopback as Discord's
 * file host does. What is stored is checked on disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIAttachment, APIUser } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { EDIT_REFUSED } from '../../src/bot/briefing-files.ts';
import { BINARY, HARBOUR, LIGHTHOUSE, type TempFolder, tempFolder } from '../answer/articles.ts';
import { answerOf, record, useE2E } from './harness.ts';

/** MANAGE_GUILD (0x20), as Discord sends it in `member.permissions`. */
const MANAGE_GUILD = '32';
/** View Channels, Send Messages, Read Message History: an ordinary member. */
const MEMBER = String((1n << 10n) | (1n << 11n) | (1n << 16n));
const EDITOR_ROLE = '1300000000000000042';

const FERRY_MD = `---
title: Ferry crossing to Barreiro suspended
date: 2024-02-07
---
BARREIRO — The river ferry to Barreiro was suspended on Wednesday after a mooring line snapped.

“Nobody boards until the pontoon is inspected,” said Inês Duarte, the ferry operator's spokeswoman.
`;

let folder: TempFolder;
let guildId: string;
let user: APIUser;

// Registered first so that it runs last, once the bot has stopped (after-hooks run in reverse).
afterAll(async () => {
  await folder?.remove();
});

const e2e = useE2E(async () => {
  folder = await tempFolder({ 'harbour.txt': HARBOUR, 'lighthouse.txt': LIGHTHOUSE });
  const briefing = await LiveBriefing.open(folder.dir, { warn: () => {} });
  return { briefing, env: { BRIEFING_EDITOR_ROLES: EDITOR_ROLE, ATTACHMENT_TIMEOUT_MS: '300' } };
});

beforeAll(() => {
  guildId = e2e.fake.addGuild({ roles: [{ id: EDITOR_ROLE, name: 'Briefing editors' }] }).id;
});

beforeEach(() => {
  user = e2e.fake.createUser();
});

function add(
  file: APIAttachment,
  who: { permissions?: string; roles?: string[] } = { permissions: MANAGE_GUILD },
) {
  return answerOf(
    e2e.fake.sendInteraction({
      kind: 'command',
      name: 'briefing',
      options: [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: file.id }] }],
      attachments: [file],
      guildId,
      user,
      ...who,
    }),
  );
}

function sub(name: 'list' | 'remove', options: { name: string; type: 3; value: string }[] = []) {
  return answerOf(
    e2e.fake.sendInteraction({
      kind: 'command',
      name: 'briefing',
      options: [{ name, type: 1, options }],
      guildId,
      user,
      permissions: MANAGE_GUILD,
    }),
  );
}

const files = () => readdir(folder.dir).then((names) => names.sort());

describe('/briefing add', () => {
  it('GIVEN a .md attachment THEN it is stored under a name from its title, answerable, and the reply counts what was found', async () => {
    const { content, ephemeral } = await add(e2e.fake.addAttachment('../../etc/ferry notes.md', FERRY_MD));
    expect(ephemeral).toBe(true);
    expect(content).toContain('Added');
    expect(content).toContain('Ferry crossing to Barreiro suspended');
    expect(content).toMatch(/2 paragraphs, 1 statement found/u);
    expect(await files()).toContain('ferry-crossing-to-barreiro-suspended.md');
    expect(await readFile(join(folder.dir, 'ferry-crossing-to-barreiro-suspended.md'), 'utf8')).toBe(
      FERRY_MD,
    );
    const answer = await answerOf(
      e2e.fake.sendInteraction({
        kind: 'command',
        name: 'ask',
        options: { question: 'What did Inês Duarte say about the pontoon?' },
        guildId,
      }),
    );
    expect(answer.content).toContain('Inês Duarte');
  });

  it('GIVEN the same file again THEN it is not stored twice', async () => {
    const before = await files();
    const { content } = await add(e2e.fake.addAttachment('ferry.md', FERRY_MD));
    expect(content).toContain('Already in the briefing');
    expect(await files()).toEqual(before);
  });

  it.each([
    ['a binary file', 'photo.txt', BINARY, /binary/u],
    ['a file that is not UTF-8', 'latin.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]), /UTF-8/u],
    ['an empty file', 'empty.md', '', /empty/u],
    [
      'broken front matter',
      'broken.md',
      '---\ntitle: Unclosed\nNo end of the front matter.\n',
      /front matter|title/iu,
    ],
    ['a file of another type', 'notes.pdf', 'Some text.', /only \.txt and \.md/u],
  ])(
    'GIVEN %s THEN it is refused with the reason and nothing is stored',
    async (_, name, content, reason) => {
      const before = await files();
      const reply = await add(e2e.fake.addAttachment(name, content));
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toContain('Not added');
      expect(reply.content).toMatch(reason);
      expect(await files()).toEqual(before);
    },
  );

  it('GIVEN an attachment over the size limit THEN it is refused before any download', async () => {
    const big = e2e.fake.addAttachment('big.txt', 'x', { size: 6 * 1024 * 1024 });
    const { content } = await add(big);
    expect(content).toMatch(/over the 5\.0 MB limit/u);
    expect(e2e.fake.requests.some((r) => r.path.includes(big.id))).toBe(false);
  });

  it('GIVEN an attachment URL that is not Discord’s THEN nothing is fetched and nothing stored', async () => {
    const foreign = { ...e2e.fake.addAttachment('x.md', FERRY_MD), url: 'http://127.0.0.2:9/x.md' };
    const { content } = await add(foreign);
    expect(content).toContain('not one of Discord’s attachments');
  });

  it('GIVEN a download that never arrives THEN the time-out refuses it', async () => {
    const before = await files();
    const { content } = await add(e2e.fake.addAttachment('slow.md', FERRY_MD, { stall: true }));
    expect(content).toMatch(/did not arrive within/u);
    expect(await files()).toEqual(before);
  });

  it('GIVEN an ordinary member THEN refused, privately; GIVEN an editor role THEN allowed', async () => {
    const refused = await add(e2e.fake.addAttachment('x.md', FERRY_MD), { permissions: MEMBER });
    expect(refused).toMatchObject({ content: EDIT_REFUSED, ephemeral: true });
    const editor = await add(e2e.fake.addAttachment('x.md', FERRY_MD), {
      permissions: MEMBER,
      roles: [EDITOR_ROLE],
    });
    expect(editor.content).toContain('Already in the briefing');
  });
});

describe('/briefing list and remove', () => {
  it('GIVEN /briefing list THEN each article with its id', async () => {
    const { content, ephemeral } = await sub('list');
    expect(ephemeral).toBe(true);
    expect(content).toContain('`harbour`');
    expect(content).toContain('Lighthouse keepers return to Sagres');
  });

  it('GIVEN autocomplete on article THEN matching articles, ids as values', async () => {
    const sent = e2e.fake.sendInteraction({
      kind: 'autocomplete',
      name: 'briefing',
      focused: 'article',
      options: [
        { name: 'remove', type: 1, options: [{ name: 'article', type: 3, value: 'light', focused: true }] },
      ],
      guildId,
      permissions: MANAGE_GUILD,
    });
    const callback = await sent.waitForCallback();
    expect(record(callback.body).data).toEqual({
      choices: [{ name: 'Lighthouse keepers return to Sagres (lighthouse)', value: 'lighthouse' }],
    });
  });

  it('GIVEN /briefing remove THEN the file is gone and the briefing no longer cites it', async () => {
    const { content } = await sub('remove', [{ name: 'article', type: 3, value: 'lighthouse' }]);
    expect(content).toContain('Removed');
    expect(await files()).not.toContain('lighthouse.txt');
    const list = await sub('list');
    expect(list.content).not.toContain('Lighthouse keepers');
  });

  it('GIVEN an unknown article THEN nothing is removed', async () => {
    const before = await files();
    const { content } = await sub('remove', [{ name: 'article', type: 3, value: '../harbour' }]);
    expect(content).toContain('No article');
    expect(await files()).toEqual(before);
  });
});
