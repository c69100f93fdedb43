/**
 * Filters on /ask and /quotes end to end (article, speaker, since, until, with autocomplete): three
 * invented articles about one storm, two dated and one not, through discord.js and the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { type TempFolder, tempFolder } from '../answer/articles.ts';
import { answerOf, record, useE2E } from './harness.ts';

const PORT = `---
title: Storm closes the port of Lisbon
date: 2023-11-02
---
LISBON — The port of Lisbon closed on Thursday as the storm reached the coast.

“The storm will keep every ship at anchor until Sunday,” said Marta Sousa, the chief pilot.
`;

const FERRY = `---
title: Storm breaks the Barreiro ferry pontoon
date: 2024-01-15
---
BARREIRO — The storm broke the pontoon of the river ferry on Monday night.

“The storm tore the pontoon from its moorings in an hour,” said Inês Duarte, the ferry operator's spokeswoman.
`;

const LAMP = `Storm puts out the Sagres lamp

SAGRES — The lamp of the Sagres lighthouse went dark during the storm.

“The storm cut the power to the lamp twice,” said Rui Costa, who leads the keepers.
`;

let folder: TempFolder;
let guildId: string;

// Registered first so that it runs last, once the bot has stopped (after-hooks run in reverse).
afterAll(async () => {
  await folder?.remove();
});

const e2e = useE2E(async () => {
  folder = await tempFolder({ 'port.md': PORT, 'ferry.md': FERRY, 'lamp.txt': LAMP });
  return { briefing: await LiveBriefing.open(folder.dir, { warn: () => {} }) };
});

beforeAll(() => {
  guildId = e2e.fake.addGuild().id;
});

function command(name: string, options: Record<string, string>) {
  return answerOf(e2e.fake.sendInteraction({ kind: 'command', name, options, guildId }));
}

const QUESTION = 'What was said about the storm?';
const SPEAKERS = ['Marta Sousa', 'Inês Duarte', 'Rui Costa'];
const said = (content: string) => SPEAKERS.filter((name) => content.includes(`**${name}**`));

describe('/ask filters', () => {
  it('GIVEN no filter THEN every speaker on the storm is cited', async () => {
    const { content } = await command('ask', { question: QUESTION });
    expect(said(content).sort()).toEqual([...SPEAKERS].sort());
  });

  it('GIVEN speaker THEN only that speaker, and the reply says so', async () => {
    const { content } = await command('ask', { question: QUESTION, speaker: 'Duarte' });
    expect(said(content)).toEqual(['Inês Duarte']);
    expect(content).toContain('Only speaker Inês Duarte.');
  });

  it('GIVEN article THEN only that article', async () => {
    const { content } = await command('ask', { question: QUESTION, article: 'lamp' });
    expect(said(content)).toEqual(['Rui Costa']);
  });

  it('GIVEN since THEN only articles dated on or after it, and how many undated results were left out', async () => {
    const { content } = await command('ask', { question: QUESTION, since: '2024' });
    expect(said(content)).toEqual(['Inês Duarte']);
    // The undated lamp article has passages on the storm: each is counted as left out.
    expect(content).toMatch(
      /Only since 2024-01-01; [1-9]\d* results? from articles without a date left out\./u,
    );
  });

  it('GIVEN until THEN only articles dated on or before its last day', async () => {
    const { content } = await command('ask', { question: QUESTION, until: '2023-11' });
    expect(said(content)).toEqual(['Marta Sousa']);
  });

  it('GIVEN filters nothing passes THEN the briefing does not cover it, and why', async () => {
    const { content } = await command('ask', { question: QUESTION, speaker: 'Rui Costa', since: '2020' });
    expect(content).toMatch(/does not cover/u);
    expect(content).toContain('passes the filters');
  });

  it.each([
    [{ since: 'last week' }, /`since` must be a date/u],
    [{ since: '2024-02-30' }, /`since` must be a date/u],
    [{ since: '2024', until: '2023' }, /`since` is after `until`/u],
    [{ article: 'no such article' }, /No article of the briefing/u],
    [{ speaker: 'Zzyzx Qwv' }, /No one of that name/u],
  ])('GIVEN %j THEN a private reply says what is wrong', async (options, message) => {
    const { content, ephemeral } = await command('ask', { question: QUESTION, ...options });
    expect(ephemeral).toBe(true);
    expect(content).toMatch(message);
  });

  it('GIVEN autocomplete of article and speaker on /ask THEN titles (ids as values) and speakers', async () => {
    const choices = async (focused: string, typed: string) => {
      const sent = e2e.fake.sendInteraction({
        kind: 'autocomplete',
        name: 'ask',
        focused,
        options: { question: QUESTION, [focused]: typed },
        guildId,
      });
      return record(record((await sent.waitForCallback()).body).data).choices;
    };
    expect(await choices('article', 'ferry')).toEqual([
      { name: 'Storm breaks the Barreiro ferry pontoon (ferry)', value: 'ferry' },
    ]);
    expect(await choices('speaker', 'Sousa')).toEqual([expect.objectContaining({ value: 'Marta Sousa' })]);
  });
});

describe('/quotes filters', () => {
  it('GIVEN article and dates on /quotes THEN only statements from articles that pass', async () => {
    const inside = await command('quotes', { speaker: 'Marta Sousa', until: '2023-12-31' });
    expect(inside.content).toContain('keep every ship at anchor');
    const outside = await command('quotes', { speaker: 'Marta Sousa', since: '2024-01-01' });
    expect(outside.content).not.toContain('keep every ship at anchor');
    expect(outside.content).toContain('Only since 2024-01-01.');
  });
});
