/**
 * Every command the bot serves and the deploy script registers: a static list, so a command that
 * fails to load fails loudly here instead of being skipped by a loader.
 */

import * as ask from './ask.ts';
import * as askTheBriefing from './ask-the-briefing.ts';
import * as briefing from './briefing.ts';
import type { Command } from './command.ts';
import * as help from './help.ts';
import * as quotes from './quotes.ts';
import * as reload from './reload.ts';
import * as sources from './sources.ts';
import * as whosaid from './whosaid.ts';

export type { Command } from './command.ts';

export const commands: readonly Command[] = [
  ask,
  quotes,
  whosaid,
  sources,
  help,
  askTheBriefing,
  reload,
  briefing,
];
