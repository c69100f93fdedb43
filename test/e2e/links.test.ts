/**
 * Citations that open the source at the passage, end to end: an article with a `url` in its front
 * matter, asked about through discord.js and the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveBriefing } from '../../src/answer/live-briefing.ts';
import { type TempFolder, tempFolder } from '../answer/articles.ts';
import { answerOf, useE2E } from './harness.ts';

const LINKED = `---
title: Harbour pilots warn of winter storms
url: https://news.example.org/harbour-pilots
---
LISBON — The harbour pilots of Lisbon warned on Tuesday that winter storms would close the port for days.

“We will not let a single ship enter blind — not one,” said Marta Sousa, the chief pilot.
`;

const UNLINKED = `---
title: Lighthouse keepers return to Sagres
---
SAGRES — Keepers returned to the old lighthouse at Sagres after the automated lamp failed in the gale.

“The lamp went dark twice in one night,” said Rui Costa, who leads the keepers.
`;

let folder: TempFolder;
let guildId: string;

// Registered first so that it runs last, once the bot has stopped (after-hooks run in reverse).
afterAll(async () => {
  await folder?.remove();
});

const e2e = useE2E(async () => {
  folder = await tempFolder({ 'harbour.md': LINKED, 'lighthouse.md': UNLINKED });
  return { briefing: await LiveBriefing.open(folder.dir, { warn: () => {} }) };
});

beforeAll(() => {
  guildId = e2e.fake.addGuild().id;
});

function command(name: string, options: Record<string, string>) {
  return answerOf(e2e.fake.sendInteraction({ kind: 'command', name, options, guildId }));
}

describe('links to the passage', () => {
  it('GIVEN an article with a url THEN /ask cites it with a text fragment of the excerpt’s opening words', async () => {
    const { content } = await command('ask', { question: 'What did Marta Sousa say about ships?' });
    // Its first eight words, from the first letter (after the opening quotation mark).
    expect(content).toContain(
      '(<https://news.example.org/harbour-pilots#:~:text=We%20will%20not%20let%20a%20single%20ship%20enter>)',
    );
  });

  it('GIVEN /quotes of the same speaker THEN the statement’s citation links to its passage too', async () => {
    const { content } = await command('quotes', { speaker: 'Marta Sousa' });
    expect(content).toMatch(/\(<https:\/\/news\.example\.org\/harbour-pilots#:~:text=[^>]+>\)/u);
  });

  it('GIVEN an article without a url THEN its citation is plain text, with no link', async () => {
    const { content } = await command('ask', { question: 'What did Rui Costa say about the lamp?' });
    expect(content).toContain('_Lighthouse keepers return to Sagres_ ¶');
    expect(content).not.toContain(':~:text=');
  });
});
