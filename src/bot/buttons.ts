/**
 * The buttons under an answer (More, Full paragraph, 👍, 👎) and their custom ids; what a press does
 * is the router's `buttonReply`.
 * A custom id holds only a short answer id from the `AnswerStore` (the question would not fit in 100
 * characters), so every id here is short by construction, and checked.
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { clipPlain, DISCORD_LIMITS } from '../answer/render/discord.ts';
import type { Stored } from './answer-store.ts';

/** Every custom id of ours starts with this, so other components can never be mistaken for ours. */
const PREFIX = 'answer';

export type ButtonAction = 'more' | 'para' | 'up' | 'down';

export interface ParsedCustomId {
  action: ButtonAction;
  answerId: string;
  /** For `para`: which shown result. */
  index: number;
}

export function customId(action: ButtonAction, answerId: string, index?: number): string {
  const id = [PREFIX, action, answerId, ...(index === undefined ? [] : [String(index)])].join(':');
  if (id.length > DISCORD_LIMITS.customId)
    throw new Error(`custom id over ${DISCORD_LIMITS.customId} chars: ${id}`);
  return id;
}

export function parseCustomId(id: string): ParsedCustomId | null {
  const match = /^answer:(more|para|up|down):([\w-]{1,40})(?::(\d{1,2}))?$/.exec(id);
  if (!match?.[1] || !match[2]) return null;
  return { action: match[1] as ButtonAction, answerId: match[2], index: Number(match[3] ?? 0) };
}

/**
 * The rows under an answer: [More?, 👍, 👎], then one "Full paragraph" per excerpt shown. Under a
 * list of statements (/quotes): More alone, when there are more.
 */
export function answerButtons(
  answerId: string,
  stored: Stored,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const first: APIComponentInMessageActionRow[] = [];
  const shown = stored.kind === 'answer' ? stored.results.length : stored.shown;
  if (stored.total > stored.offset + shown) {
    first.push(button(customId('more', answerId), 'More', ButtonStyle.Primary));
  }
  if (stored.kind === 'quotes') {
    return first.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: first }];
  }
  first.push(button(customId('up', answerId), null, ButtonStyle.Secondary, '👍'));
  first.push(button(customId('down', answerId), null, ButtonStyle.Secondary, '👎'));
  // A result from the front matter (paragraph 0: an author given there) has no paragraph to show.
  const paragraphs = stored.results.slice(0, DISCORD_LIMITS.buttonsPerRow).flatMap((result, i) => {
    if (result.paragraph < 1) return [];
    const label =
      stored.results.length === 1 ? 'Full paragraph' : `Full paragraph ${i + 1} (¶${result.paragraph})`;
    return [button(customId('para', answerId, i), label, ButtonStyle.Secondary)];
  });
  const rows = [first, paragraphs].filter((row) => row.length > 0);
  return rows.map((components) => ({ type: ComponentType.ActionRow, components }));
}

function button(
  custom_id: string,
  label: string | null,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  emoji?: string,
): APIComponentInMessageActionRow {
  return {
    type: ComponentType.Button,
    custom_id,
    style,
    ...(label === null ? {} : { label: clipPlain(label, DISCORD_LIMITS.buttonLabel) }),
    ...(emoji === undefined ? {} : { emoji: { name: emoji } }),
  };
}
