/**
 * Small articles written to a temporary folder, for the tests that change a briefing on disk: each
 * has a sentence only it contains, so a question shows which version of the folder is being served.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HARBOUR = `Harbour pilots warn of winter storms

LISBON — The harbour pilots of Lisbon warned on Tuesday that winter storms would close the port for days.

“We will not let a single ship enter blind,” said Marta Sousa, the chief pilot.
`;

export const LIGHTHOUSE = `Lighthouse keepers return to Sagres

SAGRES — Keepers returned to the old lighthouse at Sagres after the automated lamp failed in the gale.

“The lamp went dark twice in one night,” said Rui Costa, who leads the keepers.
`;

/** The lighthouse article after an edit: Rui Costa now speaks of the radar, no longer of the lamp. */
export const LIGHTHOUSE_EDITED = `Lighthouse keepers return to Sagres

SAGRES — Keepers returned to the old lighthouse at Sagres after the new radar failed in the gale.

“The radar lost every trawler in the bay,” said Rui Costa, who leads the keepers.
`;

export const FERRY = `---
title: Ferry crossing to Barreiro suspended
---
BARREIRO — The river ferry to Barreiro was suspended on Wednesday after a mooring line snapped.

“Nobody boards until the pontoon is inspected,” said Inês Duarte, the ferry operator's spokeswoman.
`;

/** Bytes the corpus takes for a binary file (a NUL byte), under an article's extension. */
export const BINARY = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01]);

export interface TempFolder {
  dir: string;
  write(name: string, content: string | Buffer): Promise<void>;
  remove(): Promise<void>;
}

/** A fresh folder holding `files`; `remove` deletes it. */
export async function tempFolder(files: Record<string, string | Buffer>): Promise<TempFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'briefing-live-'));
  const write = (name: string, content: string | Buffer) => writeFile(join(dir, name), content);
  for (const [name, content] of Object.entries(files)) await write(name, content);
  return { dir, write, remove: () => rm(dir, { recursive: true, force: true }) };
}
